/// Agreements and source records of ``DatasetMerge`` (the rules are the type's documentation).
extension DatasetMerge.Builder {
    /// How close A's agreement `x` is to B's `y` (same kind, then same date, then same
    /// direction and order), for choosing among compatible ones.
    private func closeness(_ x: Agreement, _ y: Agreement, yFrom: String, yTo: String) -> Int {
        var score = 0
        if x.kind == y.kind { score += 4 }
        if x.date == y.date { score += 2 }
        if x.directed == y.directed && (!x.directed || (x.from == yFrom && x.to == yTo)) { score += 1 }
        return score
    }

    mutating func joinAgreements() {
        // The same agreement is looked for among A's between the same two actors, either order
        // (the key `diff`'s pairing uses for its last step).
        var byPair: [AgreementPairing.UnorderedEnds: [Int]] = [:]
        for (i, agreement) in a.agreements.enumerated() {
            byPair[AgreementPairing.unorderedEnds(agreement), default: []].append(i)
        }
        var taken = [Bool](repeating: false, count: a.agreements.count)
        var ids = Set(a.agreements.map(\.id))
        var added = 0
        for (j, original) in b.agreements.enumerated() {
            var other = original
            other.from = actorOfB[original.from] ?? original.from
            other.to = actorOfB[original.to] ?? original.to
            let candidates = (byPair[AgreementPairing.unorderedEnds(other)] ?? []).filter { !taken[$0] && DatasetMerge.compatible(a.agreements[$0], other) }
            var best: (index: Int, closeness: Int)?
            for k in candidates {
                let c = closeness(a.agreements[k], other, yFrom: other.from, yTo: other.to)
                if best == nil || c > best!.closeness { best = (k, c) }
            }
            if let best {
                taken[best.index] = true
                join(agreement: best.index, with: other, originalID: original.id)
            } else {
                let id = unique(other.id, in: ids)
                if id != other.id { counts.renamed += 1 }
                ids.insert(id)
                other.id = id
                other.provenance.source = other.provenance.source.map { sourceOfB[$0] ?? $0 }
                other.attributes["sources"] = .string(names.b)
                other.attributes["source_ids"] = .string("\(names.b):\(original.id)")
                merged.agreements.append(other)
                if let origin = b.origin(ofAgreement: j), merged.agreementOrigins.count == merged.agreements.count - 1 {
                    merged.agreementOrigins.append(origin)
                }
                added += 1
            }
        }
        if merged.agreementOrigins.count != merged.agreements.count { merged.agreementOrigins = [] }
        counts.agreementsOnlyInB = added
        counts.agreementsInBoth = taken.lazy.filter { $0 }.count
        counts.agreementsOnlyInA = a.agreements.count - counts.agreementsInBoth
    }

    /// Joins B's agreement `other` (ends already merged ids) into A's agreement `i`.
    private mutating func join(agreement i: Int, with other: Agreement, originalID: String) {
        var agreement = merged.agreements[i]
        func conflict(_ field: String, _ x: String, _ y: String) {
            conflicts.append(DatasetMerge.Conflict(record: .agreement, id: agreement.id, field: field, aValue: x, bValue: y,
                                                   aID: a.agreements[i].id, bID: originalID))
            agreement.attributes["conflict_\(field)"] = note(field, x, y)
        }
        /// Theirs where mine is missing; mine, and a conflict, where both differ.
        func fill<T: Equatable>(_ field: String, _ mine: T?, _ theirs: T?, _ text: (T) -> String) -> T? {
            guard let mine else { return theirs }
            if let theirs, theirs != mine { conflict(field, text(mine), text(theirs)) }
            return mine
        }
        let kind = fill("kind", agreement.kind, other.kind) { $0.rawValue }
        let date = fill("date", agreement.date, other.date) { $0.description }
        let endDate = fill("end_date", agreement.endDate, other.endDate) { $0.description }
        let status = fill("status", agreement.status, other.status) { $0.rawValue }
        let weight = fill("weight", agreement.weightValue, other.weightValue) { $0.description }
        (agreement.kind, agreement.date, agreement.endDate, agreement.status, agreement.weightValue) = (kind, date, endDate, status, weight)
        if agreement.directed != other.directed || (agreement.directed && agreement.from != other.from) {
            func direction(_ x: Agreement) -> String { x.directed ? "\(x.from) → \(x.to)" : "undirected" }
            conflict("direction", direction(agreement), direction(other))
        }
        for (key, mine, theirs) in DatasetMerge.Builder.unite(&agreement.attributes, other.attributes, skipping: []) {
            conflict(key, mine.description, theirs.description)
        }
        var theirs = other.provenance
        theirs.source = theirs.source.map { sourceOfB[$0] ?? $0 }
        if !theirs.isEmpty && theirs != agreement.provenance {
            if agreement.provenance.isEmpty {
                agreement.provenance = theirs
            } else {
                for (field, value) in [("source", theirs.source), ("locator", theirs.locator), ("quote", theirs.quote), ("url", theirs.url)] {
                    if let value { agreement.attributes["\(field)_\(names.b)"] = .string(value) }
                }
            }
        }
        agreement.attributes["sources"] = .string("\(names.a);\(names.b)")
        agreement.attributes["source_ids"] = .string("\(names.a):\(a.agreements[i].id); \(names.b):\(originalID)")
        merged.agreements[i] = agreement
    }

    /// Source records of both: B's joined by id when equal, renamed when A has the id for
    /// another record. Run before agreements are joined (they map B's source ids).
    mutating func uniteSources() {
        var byID: [String: SourceRecord] = [:]
        for record in a.sources where byID[record.id] == nil { byID[record.id] = record }
        var ids = Set(byID.keys)
        for record in b.sources {
            if let mine = byID[record.id] {
                if mine == record { sourceOfB[record.id] = record.id; continue }
                var renamed = record
                renamed.id = unique(record.id, in: ids)
                counts.renamed += 1
                ids.insert(renamed.id)
                sourceOfB[record.id] = renamed.id
                merged.sources.append(renamed)
            } else {
                ids.insert(record.id)
                sourceOfB[record.id] = record.id
                merged.sources.append(record)
                byID[record.id] = record
            }
        }
        if merged.sourceOrigins.count != merged.sources.count { merged.sourceOrigins = [] }
    }
}

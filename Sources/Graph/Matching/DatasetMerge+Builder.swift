/// The steps of ``DatasetMerge``: actors, then agreements, then source records (the rules are
/// the type's documentation).
extension DatasetMerge {
    struct Builder {
        let a: Dataset, b: Dataset
        let names: (a: String, b: String)
        var merged: Dataset
        var conflicts: [Conflict] = []
        var counts = Counts()
        /// The merged id of each actor of B, by B's id.
        var actorOfB: [String: String] = [:]
        /// The merged index of each actor of A (A's actors come first, in order).
        let aIndex: [String: Int]
        /// The merged ids of B's source records, by B's id.
        var sourceOfB: [String: String] = [:]

        init(a: Dataset, b: Dataset, names: (a: String, b: String)) {
            (self.a, self.b, self.names) = (a, b, names)
            merged = a
            merged.readingFindings = []
            aIndex = a.nodeIndex()
            for i in merged.nodes.indices {
                merged.nodes[i].attributes["sources"] = .string(names.a)
                merged.nodes[i].attributes["source_ids"] = .string("\(names.a):\(merged.nodes[i].id)")
            }
            for i in merged.agreements.indices {
                merged.agreements[i].attributes["sources"] = .string(names.a)
                merged.agreements[i].attributes["source_ids"] = .string("\(names.a):\(merged.agreements[i].id)")
            }
            var metadata = merged.metadata
            metadata["merged_from"] = .string("\(names.a); \(names.b)")
            merged.metadata = metadata
        }

        /// The merge's own provenance keys, which B may carry from an earlier merge: rewritten, never conflicts.
        static let provenanceKeys: Set<String> = ["sources", "source_ids"]

        /// B's attributes `theirs` into A's `mine`, by key in order: taken where A has none;
        /// where both have one and they differ (`FieldChange.sameValue`), A's kept and the pair
        /// returned as a conflict. Keys in `skipping` and the provenance keys are left alone.
        static func unite(_ mine: inout Attributes, _ theirs: Attributes, skipping: Set<String>)
            -> [(key: String, mine: AttributeValue, theirs: AttributeValue)] {
            var conflicts: [(key: String, mine: AttributeValue, theirs: AttributeValue)] = []
            for key in theirs.keys.sorted() where !skipping.contains(key) && !provenanceKeys.contains(key) {
                let value = theirs[key]!
                if let kept = mine[key] {
                    if !FieldChange.sameValue(kept, value) { conflicts.append((key, kept, value)) }
                } else {
                    mine[key] = value
                }
            }
            return conflicts
        }

        /// `id`, or `id@NAME_B` (then `id@NAME_B-2`, …) when `taken` has it.
        func unique(_ id: String, in taken: Set<String>) -> String {
            guard taken.contains(id) else { return id }
            var candidate = "\(id)@\(names.b)", n = 2
            while taken.contains(candidate) { candidate = "\(id)@\(names.b)-\(n)"; n += 1 }
            return candidate
        }

        func note(_ field: String, _ x: String, _ y: String) -> AttributeValue {
            .string("\(names.a): \(x); \(names.b): \(y)")
        }

        // MARK: Actors

        mutating func joinActors(_ crosswalk: Crosswalk) throws {
            let bIndex = b.nodeIndex()
            var joined: [String: String] = [:]   // B id → A id
            for row in crosswalk.rows where row.decision == .match {
                guard let bID = row.bID else { continue }
                let at = row.origin ?? SourceLocation(file: "crosswalk")
                guard aIndex[row.aID] != nil else {
                    throw MergeError(location: SourceLocation(file: at.file, line: at.line, element: "column 'a_id'"),
                                     message: "'\(row.aID.abbreviated())' is no actor of \(names.a); expected an id of its nodes")
                }
                guard bIndex[bID] != nil else {
                    throw MergeError(location: SourceLocation(file: at.file, line: at.line, element: "column 'b_id'"),
                                     message: "'\(bID.abbreviated())' is no actor of \(names.b); expected an id of its nodes")
                }
                joined[bID] = row.aID
            }
            var taken = Set(merged.nodes.map(\.id))
            var added: [Int] = []
            for (j, node) in b.nodes.enumerated() where actorOfB[node.id] == nil {
                if let aID = joined[node.id] {
                    actorOfB[node.id] = aID
                } else {
                    let id = unique(node.id, in: taken)
                    if id != node.id { counts.renamed += 1 }
                    taken.insert(id)
                    actorOfB[node.id] = id
                    added.append(j)
                }
            }
            counts.actorsInBoth = Set(joined.values).count
            counts.actorsOnlyInA = a.nodes.count - counts.actorsInBoth
            counts.actorsOnlyInB = added.count
            for (bID, aID) in joined.sorted(by: { aIndex[$0.value]! < aIndex[$1.value]! }) {
                join(actor: aIndex[aID]!, with: b.nodes[bIndex[bID]!])
            }
            for j in added {
                var node = b.nodes[j]
                let original = node.id
                node.id = actorOfB[original]!
                node.within = node.within.map { actorOfB[$0] ?? $0 }
                node.attributes["sources"] = .string(names.b)
                node.attributes["source_ids"] = .string("\(names.b):\(original)")
                merged.nodes.append(node)
                if let origin = b.origin(ofNode: j), merged.nodeOrigins.count == merged.nodes.count - 1 {
                    merged.nodeOrigins.append(origin)
                }
            }
            if merged.nodeOrigins.count != merged.nodes.count { merged.nodeOrigins = [] }
        }

        /// Joins B's `other` into merged actor `i` (A's).
        mutating func join(actor i: Int, with other: Node) {
            var node = merged.nodes[i]
            let aID = a.nodes[i].id
            func conflict(_ field: String, _ x: String, _ y: String) {
                conflicts.append(Conflict(record: .actor, id: node.id, field: field, aValue: x, bValue: y, aID: aID, bID: other.id))
                node.attributes["conflict_\(field)"] = note(field, x, y)
            }
            for alias in [other.label] + other.aliases where alias != node.label && !node.aliases.contains(alias) {
                node.aliases.append(alias)
            }
            switch (node.type, other.type) {
            case (nil, let t?): node.type = t
            case (let s?, let t?) where s != t: conflict("type", s.rawValue, t.rawValue)
            default: break
            }
            switch (node.country, other.country) {
            case (nil, let c?): node.country = c
            case (let s?, let c?) where s.lowercased() != c.lowercased(): conflict("country", s, c)
            default: break
            }
            let within = other.within.map { actorOfB[$0] ?? $0 }
            switch (node.within, within) {
            case (nil, let w?): node.within = w
            case (let s?, let w?) where s != w: conflict("within", s, w)
            default: break
            }
            let placeKeys: Set<String> = [GeoFields.latitude, GeoFields.longitude]
            if let p = node.location, let q = other.location {
                let km = p.centralAngle(to: q) * GeoPoint.meanEarthRadius
                if km > DatasetMerge.placeTolerance { conflict("place", p.description, q.description + " (\(Int(km.rounded())) km apart)") }
            } else if node.location == nil, let q = other.location {
                node.location = q
            }
            for (key, mine, theirs) in Builder.unite(&node.attributes, other.attributes, skipping: placeKeys) {
                conflict(key, mine.description, theirs.description)
            }
            node.attributes["sources"] = .string("\(names.a);\(names.b)")
            node.attributes["source_ids"] = .string("\(names.a):\(aID); \(names.b):\(other.id)")
            merged.nodes[i] = node
        }
    }
}

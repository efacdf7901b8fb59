/// Checks a dataset and reports every problem with its place: duplicate ids, references
/// (`from`, `to`, `within`, provenance `source`) that name no record, cycles in `within`,
/// unknown types, kinds and statuses, self-loops, an alias shared by two nodes, and the
/// value problems met while reading (bad dates and numbers).
///
/// Errors make the dataset unusable as it is (an edge to nowhere); warnings are kept data
/// that deserves a look (an unknown kind is kept as it is).
///
/// ```swift
/// let findings = Validation.findings(for: try DatasetIO.read("graphs/belarus-asia"))
/// for finding in findings { print(finding) }     // file:line[:col]: error|warning: …
/// if Validation.hasErrors(findings) { exit(1) }
/// ```
public enum Validation {
    /// Every problem of `dataset`, the reading findings first, each with its place.
    public static func findings(for dataset: Dataset) -> [Finding] {
        var findings = dataset.readingFindings
        let nodeIDs = checkNodeIDs(dataset, &findings)
        checkAgreements(dataset, nodeIDs, &findings)
        checkWithin(dataset, nodeIDs, &findings)
        checkAliases(dataset, &findings)
        checkSources(dataset, &findings)
        checkPlaces(dataset, &findings)
        return findings
    }

    /// True when some finding is an error (warnings alone leave the dataset usable).
    public static func hasErrors(_ findings: [Finding]) -> Bool {
        findings.contains { $0.severity == .error }
    }

    private static func place(_ origin: SourceLocation?, _ fallback: String) -> SourceLocation {
        origin ?? SourceLocation(file: "<dataset>", element: fallback)
    }

    private static func checkNodeIDs(_ dataset: Dataset, _ findings: inout [Finding]) -> [String: Int] {
        var first: [String: Int] = [:]
        first.reserveCapacity(dataset.nodes.count)
        for (i, node) in dataset.nodes.enumerated() {
            // The place is worded only when there is something to say (a million-node file).
            func at() -> SourceLocation { place(dataset.origin(ofNode: i), "node '\(node.id)'") }
            if let earlier = first[node.id] {
                let where_ = dataset.origin(ofNode: earlier).map { " (first at \($0))" } ?? ""
                findings.append(Finding(.error, at(), "expected unique node ids, found '\(node.id.abbreviated())' again\(where_)"))
                continue
            }
            first[node.id] = i
            if isBlank(node.id) {
                findings.append(Finding(.error, at(), "expected a node id, found an empty one"))
            }
            if let type = node.type, !type.isKnown {
                findings.append(Finding(.warning, at(), "unknown node type '\(type.rawValue.abbreviated())' kept as it is; known types: \(NodeType.knownList)"))
            }
        }
        return first
    }

    /// True when `id` is empty or white space only (the common case, a plain id, is decided
    /// from its first character without Foundation's trimming).
    private static func isBlank(_ id: String) -> Bool {
        guard let firstCharacter = id.first else { return true }
        return firstCharacter.isWhitespace && id.trimmingWhitespace().isEmpty
    }

    private static func checkAgreements(_ dataset: Dataset, _ nodeIDs: [String: Int], _ findings: inout [Finding]) {
        var seen = Set<String>()
        seen.reserveCapacity(dataset.agreements.count)
        for i in dataset.agreements.indices {
            let a = dataset.agreements[i]
            func at() -> SourceLocation { place(dataset.origin(ofAgreement: i), "agreement '\(a.id)'") }
            if !seen.insert(a.id).inserted {
                findings.append(Finding(.error, at(), "expected unique agreement ids, found '\(a.id.abbreviated())' again"))
            }
            if nodeIDs[a.from] == nil {
                findings.append(Finding(.error, at(), "agreement '\(a.id.abbreviated())': 'from' names no node: '\(a.from.abbreviated())'"))
            }
            if nodeIDs[a.to] == nil {
                findings.append(Finding(.error, at(), "agreement '\(a.id.abbreviated())': 'to' names no node: '\(a.to.abbreviated())'"))
            }
            if a.isSelfLoop {
                findings.append(Finding(.warning, at(), "agreement '\(a.id.abbreviated())' joins '\(a.from.abbreviated())' to itself (self-loop)"))
            }
            if let kind = a.kind, !kind.isKnown {
                findings.append(Finding(.warning, at(), "unknown agreement kind '\(kind.rawValue.abbreviated())' kept as it is; known kinds: \(AgreementKind.knownList)"))
            }
            if let status = a.status, !status.isKnown {
                findings.append(Finding(.warning, at(), "unknown status '\(status.rawValue.abbreviated())' kept as it is; known: \(AgreementStatus.knownList)"))
            }
        }
    }

    /// `within` must name a node, and following it must never come back (no cycles).
    private static func checkWithin(_ dataset: Dataset, _ nodeIDs: [String: Int], _ findings: inout [Finding]) {
        var parent = [Int](repeating: -1, count: dataset.nodes.count)
        for (i, node) in dataset.nodes.enumerated() {
            guard let within = node.within, nodeIDs[node.id] == i else { continue }
            if let p = nodeIDs[within] {
                parent[i] = p
            } else {
                findings.append(Finding(.error, place(dataset.origin(ofNode: i), "node '\(node.id)'"),
                                        "node '\(node.id.abbreviated())': 'within' names no node: '\(within.abbreviated())'"))
            }
        }
        // Colour walk: 0 unvisited, 1 on the current path, 2 done.
        var state = [UInt8](repeating: 0, count: parent.count)
        for start in parent.indices where state[start] == 0 {
            var path: [Int] = []
            var v = start
            while v >= 0 && state[v] == 0 { state[v] = 1; path.append(v); v = parent[v] }
            if v >= 0 && state[v] == 1 {
                let cycle = path[path.firstIndex(of: v)!...].map { dataset.nodes[$0].id }
                findings.append(Finding(.error, place(dataset.origin(ofNode: v), "node '\(dataset.nodes[v].id)'"),
                                        "'within' forms a cycle: \((cycle + [cycle[0]]).map { $0.abbreviated(to: 30) }.joined(separator: " → "))"))
            }
            for p in path { state[p] = 2 }
        }
    }

    /// An alias (compared without case) that names two nodes makes names ambiguous.
    private static func checkAliases(_ dataset: Dataset, _ findings: inout [Finding]) {
        var owner: [String: Int] = [:]
        for (i, node) in dataset.nodes.enumerated() {
            for alias in Set(node.aliases.map { $0.lowercased() }) {
                if let other = owner[alias], dataset.nodes[other].id != node.id {
                    findings.append(Finding(.warning, place(dataset.origin(ofNode: i), "node '\(node.id)'"),
                                            "alias '\(alias.abbreviated())' of '\(node.id.abbreviated())' is also an alias of '\(dataset.nodes[other].id.abbreviated())'"))
                } else {
                    owner[alias] = i
                }
            }
        }
    }

    private static func checkSources(_ dataset: Dataset, _ findings: inout [Finding]) {
        var ids = Set<String>()
        for (i, source) in dataset.sources.enumerated() where !ids.insert(source.id).inserted {
            findings.append(Finding(.error, place(dataset.origin(ofSource: i), "source '\(source.id)'"),
                                    "expected unique source ids, found '\(source.id.abbreviated())' again"))
        }
        guard !dataset.sources.isEmpty else { return }
        for (i, a) in dataset.agreements.enumerated() {
            if let source = a.provenance.source, !ids.contains(source) {
                findings.append(Finding(.error, place(dataset.origin(ofAgreement: i), "agreement '\(a.id)'"),
                                        "agreement '\(a.id.abbreviated())': 'source' names no source record: '\(source.abbreviated())'"))
            }
        }
    }

    /// A place is `lat` and `lon` together, each a number in range (latitude −90…90,
    /// longitude −180…180, WGS84 degrees).
    private static func checkPlaces(_ dataset: Dataset, _ findings: inout [Finding]) {
        for (i, node) in dataset.nodes.enumerated() {
            let lat = node.attributes[GeoFields.latitude], lon = node.attributes[GeoFields.longitude]
            guard lat != nil || lon != nil else { continue }
            let at = place(dataset.origin(ofNode: i), "node '\(node.id)'")
            let name = node.id.abbreviated()
            guard let lat, let lon else {
                let missing = lat == nil ? GeoFields.latitude : GeoFields.longitude
                findings.append(Finding(.error, at, "node '\(name)' has \(lat == nil ? GeoFields.longitude : GeoFields.latitude) without \(missing); expected both or neither"))
                continue
            }
            for (field, value, limit) in [(GeoFields.latitude, lat, GeoPoint.latitudeLimit), (GeoFields.longitude, lon, GeoPoint.longitudeLimit)] {
                guard let number = value.numericValue, GeoPoint.isInRange(number, limit: limit) else {
                    findings.append(Finding(.error, at.field(field), "node '\(name)': expected \(field) as a number of degrees from \(-Int(limit)) to \(Int(limit)) (WGS84), found '\(value.description.abbreviated())'"))
                    continue
                }
            }
        }
    }
}

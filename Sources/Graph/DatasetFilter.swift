/// The filters every command that reads a graph shares.
///
/// Node filters (`types`, `countries`) keep the matching nodes and the agreements between
/// them (the induced subgraph). Agreement filters (`kinds`, `statuses`, `since`, `until`)
/// keep the matching agreements and every node. A partial date passes `since`/`until` when
/// it may fall inside the range (2015 passes `--since 2015-06`); an undated agreement is
/// dropped by any date filter.
public struct DatasetFilter: Sendable, Equatable {
    public var types: Set<NodeType> = []
    public var countries: Set<String> = []
    public var kinds: Set<AgreementKind> = []
    public var statuses: Set<AgreementStatus> = []
    public var since: PartialDate?
    public var until: PartialDate?

    public init(types: Set<NodeType> = [], countries: Set<String> = [], kinds: Set<AgreementKind> = [],
                statuses: Set<AgreementStatus> = [], since: PartialDate? = nil, until: PartialDate? = nil) {
        self.types = types
        self.countries = countries
        self.kinds = kinds
        self.statuses = statuses
        self.since = since
        self.until = until
    }

    public var isEmpty: Bool { self == DatasetFilter() }

    public func keeps(_ node: Node) -> Bool {
        if !types.isEmpty, !(node.type.map(types.contains) ?? false) { return false }
        if !countries.isEmpty, !(node.country.map { countries.contains($0.lowercased()) } ?? false) { return false }
        return true
    }

    public func keeps(_ agreement: Agreement) -> Bool {
        if !kinds.isEmpty, !(agreement.kind.map(kinds.contains) ?? false) { return false }
        if !statuses.isEmpty, !(agreement.status.map(statuses.contains) ?? false) { return false }
        if since != nil || until != nil {
            guard let date = agreement.date else { return false }
            if let since, date.isEntirelyBefore(since) { return false }
            if let until, until.isEntirelyBefore(date) { return false }
        }
        return true
    }

    /// The filtered dataset; record origins follow their records.
    public func apply(to dataset: Dataset) -> Dataset {
        guard !isEmpty else { return dataset }
        var result = dataset
        result.nodes = []; result.nodeOrigins = []
        result.agreements = []; result.agreementOrigins = []
        var kept = Set<String>()
        for (i, node) in dataset.nodes.enumerated() where keeps(node) {
            result.nodes.append(node)
            if let origin = dataset.origin(ofNode: i) { result.nodeOrigins.append(origin) }
            kept.insert(node.id)
        }
        let nodeFiltered = !types.isEmpty || !countries.isEmpty
        for (i, a) in dataset.agreements.enumerated() where keeps(a) {
            if nodeFiltered && !(kept.contains(a.from) && kept.contains(a.to)) { continue }
            result.agreements.append(a)
            if let origin = dataset.origin(ofAgreement: i) { result.agreementOrigins.append(origin) }
        }
        return result
    }
}

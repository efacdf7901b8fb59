/// What each graph format carries, and which fields of a given dataset it would drop.
///
/// A *field* here is a kind of information a dataset may hold: the node list itself (actors
/// without agreements), each named node and agreement field, free attributes, their types,
/// provenance, source records, metadata, per-agreement direction, parallel agreements and
/// positions (`x`, `y`, `z`: the layout's node attributes). A format *carries* a field when
/// whatever Twinning writes in it reads back into Twinning equal to the original.
///
/// Conventions:
/// - Free attributes whose values are not text need `attributeTypes`; a format without it
///   (DOT) carries the values as text.
/// - A field counts as *used* only when a dataset holds it: `direction` when some agreement
///   is directed, `parallelAgreements` when two agreements join the same pair of actors,
///   `isolatedNodes` when some actor is no agreement's endpoint, `nodeLabel` when some label
///   differs from its id.
/// - `droppedFields(of:in:)` names the fields a dataset uses that a format cannot carry, in
///   the order of `Field.allCases`; commands print them as a warning ("nothing silent").
///
/// This table states what the formats carry by design; the format-matrix test holds every
/// writer to it with expectations of its own (Tests/GraphTests/FormatMatrixTests.swift).
public struct FormatCapabilities: Sendable, Equatable {
    /// A kind of information; the raw value names it in warnings.
    public enum Field: String, CaseIterable, Sendable {
        case isolatedNodes = "nodes without agreements"
        case nodeLabel = "node label"
        case nodeType = "node type"
        case nodeCountry = "node country"
        case nodeWithin = "node within"
        case nodeAliases = "node aliases"
        case nodeAttributes = "node attributes"
        case positions = "node positions"
        case agreementID = "agreement id"
        case kind = "agreement kind"
        case date = "agreement date"
        case endDate = "agreement end_date"
        case status = "agreement status"
        case weight = "agreement weight"
        case direction = "agreement direction"
        case parallelAgreements = "parallel agreements"
        case provenance = "agreement provenance"
        case agreementAttributes = "agreement attributes"
        case attributeTypes = "attribute types"
        /// Integer weights beside decimal ones: CSV and TSV type a column as a whole (as pandas
        /// and R do), so there they come back as doubles.
        case wholeNumbersAmongDecimals = "whole-number weights among decimal ones"
        /// An attribute holding whole numbers in some records and decimals in others: formats
        /// that type a column or key as a whole (dataset folder, GEXF, SQLite, CSV/TSV, Gephi)
        /// write it as decimals, so `1` comes back `1.0`; GraphML (two keys, as networkx),
        /// JSON, GML and networkx edge lists keep each value's type.
        case wholeNumbersAmongDecimalAttributes = "whole-number attribute values among decimal ones"
        case sources = "source records"
        case metadata = "metadata"
    }

    /// Node attributes that hold a position rather than a free fact.
    public static let positionKeys: Set<String> = ["x", "y", "z"]

    public let carried: Set<Field>

    public init(carried: Set<Field>) { self.carried = carried }

    public func carries(_ field: Field) -> Bool { carried.contains(field) }

    /// Everything: the format round-trips any dataset.
    public static let lossless = FormatCapabilities(carried: Set(Field.allCases))

    /// One agreement per row or line, every agreement field with it, no node list: the
    /// CSV/TSV edge tables (header row, typed `name:type` columns, Gephi's names accepted)
    /// and networkx's `.edgelist` (`a b {'kind': 'twinning', 'weight': 2}`). Node labels
    /// come from a separate file given with `--names`.
    public static let agreementTable = FormatCapabilities(carried: [
        .agreementID, .kind, .date, .endDate, .status, .weight, .direction, .parallelAgreements,
        .provenance, .agreementAttributes, .attributeTypes, .wholeNumbersAmongDecimals,
        .wholeNumbersAmongDecimalAttributes,
    ])

    /// Everything but whole numbers among decimals in one attribute: formats typing each
    /// column or key as a whole.
    public static let typedAsWholeColumns = FormatCapabilities(carried: Set(Field.allCases).subtracting([.wholeNumbersAmongDecimalAttributes]))

    /// What `format` carries.
    public static func of(_ format: GraphFormat) -> FormatCapabilities {
        switch format {
        case .graphml, .json:
            return .lossless
        case .native:
            return typedAsWholeColumns
        case .gexf:
            // viz:* as positions, spells with start and end, graph attributes as metadata,
            // sources in `twinning:` elements; each key has one type.
            return typedAsWholeColumns
        case .edgelist:
            return .agreementTable
        case .csv, .tsv:
            return FormatCapabilities(carried: agreementTable.carried.subtracting([.wholeNumbersAmongDecimals, .wholeNumbersAmongDecimalAttributes]))
        case .gephi:
            // An edges table and a nodes table: everything but the source records and metadata;
            // columns are typed as a whole, as in CSV.
            return FormatCapabilities(carried: Set(Field.allCases).subtracting([.sources, .metadata, .wholeNumbersAmongDecimals,
                                                                               .wholeNumbersAmongDecimalAttributes]))
        case .dot:
            // DOT values are untyped; the sources have no place in it.
            return FormatCapabilities(carried: Set(Field.allCases).subtracting([.attributeTypes, .sources, .wholeNumbersAmongDecimalAttributes]))
        case .gml:
            // Booleans, integers beyond 32 bits and renamed keys are noted in a graph-level `twinning` list, sources
            // as a JSON string: Twinning → GML → Twinning is field for field.
            return .lossless
        case .sqlite:
            // Tables for actors, agreements, sources and metadata; `twinning_columns` keeps
            // each column's type.
            return typedAsWholeColumns
        case .neo4j:
            // Write only: actors, agreements, WITHIN and sources as nodes and relationships;
            // a graph database has no home for dataset-level values.
            return FormatCapabilities(carried: Set(Field.allCases).subtracting([.metadata]))
        case .pajek:
            // Vertices (the Twinning id as the quoted label, positions), arcs and edges with
            // one weight; nothing else has a place in a .net file.
            return FormatCapabilities(carried: [.isolatedNodes, .positions, .weight, .wholeNumbersAmongDecimals, .direction, .parallelAgreements])
        }
    }

    /// The fields `dataset` holds, in the order of `Field.allCases`.
    public static func fieldsUsed(by dataset: Dataset) -> [Field] {
        Field.allCases.filter { uses(dataset, $0) }
    }

    /// The fields `dataset` uses that `format` cannot carry, named for a warning.
    public static func droppedFields(of dataset: Dataset, in format: GraphFormat) -> [String] {
        let capabilities = of(format)
        var dropped = Set(fieldsUsed(by: dataset).filter { !capabilities.carries($0) })
        if format == .pajek { pajekDetails(dataset, &dropped) }
        return Field.allCases.filter(dropped.contains).map(\.rawValue)
    }

    /// Pajek's finer rules: a vertex shape is carried (with coordinates), a coordinate without
    /// its partner is not, and agreements read back as `e0`, `e1`, ... in the order written
    /// (arcs, then edges). The values it carries (coordinates, shapes) keep their types.
    private static func pajekDetails(_ dataset: Dataset, _ dropped: inout Set<Field>) {
        dropped.remove(.attributeTypes)
        let nodes = dataset.nodes
        let keys = Set(nodes.flatMap(\.attributes.keys))
        if keys.subtracting(positionKeys).allSatisfy({ Pajek.carried($0, nodes: nodes) }) { dropped.remove(.nodeAttributes) }
        if !keys.intersection(positionKeys).allSatisfy({ Pajek.carried($0, nodes: nodes) }) { dropped.insert(.positions) }
        let written = dataset.agreements.filter(\.directed) + dataset.agreements.filter { !$0.directed }
        if written.enumerated().contains(where: { $0.element.id != Agreement.defaultID($0.offset) }) { dropped.insert(.agreementID) } else {
            dropped.remove(.agreementID)
        }
    }

    private static func uses(_ dataset: Dataset, _ field: Field) -> Bool {
        let nodes = dataset.nodes, agreements = dataset.agreements
        switch field {
        case .isolatedNodes:
            var endpoints = Set<String>()
            for a in agreements { endpoints.insert(a.from); endpoints.insert(a.to) }
            return nodes.contains { !endpoints.contains($0.id) }
        case .nodeLabel: return nodes.contains { $0.label != $0.id }
        case .nodeType: return nodes.contains { $0.type != nil }
        case .nodeCountry: return nodes.contains { $0.country != nil }
        case .nodeWithin: return nodes.contains { $0.within != nil }
        case .nodeAliases: return nodes.contains { !$0.aliases.isEmpty }
        case .nodeAttributes: return nodes.contains { $0.attributes.keys.contains { !positionKeys.contains($0) } }
        case .positions: return nodes.contains { $0.attributes.keys.contains { positionKeys.contains($0) } }
        case .agreementID: return dataset.hasOwnAgreementIDs
        case .kind: return agreements.contains { $0.kind != nil }
        case .date: return agreements.contains { $0.date != nil }
        case .endDate: return agreements.contains { $0.endDate != nil }
        case .status: return agreements.contains { $0.status != nil }
        case .weight: return agreements.contains { $0.weightValue != nil }
        case .direction: return dataset.hasDirectedAgreements
        case .parallelAgreements: return dataset.hasParallelAgreements(ordered: false)
        case .provenance: return agreements.contains { !$0.provenance.isEmpty }
        case .agreementAttributes: return agreements.contains { !$0.attributes.isEmpty }
        case .attributeTypes: return hasTypedValues(dataset)
        case .wholeNumbersAmongDecimals: return agreements.lazy.compactMap(\.weightValue).mixesIntegersAndDoubles
        case .wholeNumbersAmongDecimalAttributes:
            return mixesNumbers(nodes.lazy.map(\.attributes)) || mixesNumbers(agreements.lazy.map(\.attributes))
                || mixesNumbers(dataset.sources.lazy.map(\.attributes))
        case .sources: return !dataset.sources.isEmpty
        case .metadata: return !dataset.metadata.isEmpty
        }
    }

    /// True when some attribute holds whole numbers in some records and decimals in others.
    private static func mixesNumbers<S: Sequence>(_ records: S) -> Bool where S.Element == Attributes {
        var seen: [String: AttributeType] = [:]
        for attributes in records {
            for (key, value) in attributes where value.type == .integer || value.type == .double {
                if let first = seen[key], first != value.type { return true }
                seen[key] = value.type
            }
        }
        return false
    }

    /// True when some free attribute or metadata value is not text.
    private static func hasTypedValues(_ dataset: Dataset) -> Bool {
        func typed(_ attributes: Attributes) -> Bool { attributes.values.contains { $0.type != .string } }
        return typed(dataset.metadata) || dataset.nodes.contains { typed($0.attributes) }
            || dataset.agreements.contains { typed($0.attributes) } || dataset.sources.contains { typed($0.attributes) }
    }
}

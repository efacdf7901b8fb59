import Graph

/// Measures written into a dataset as typed node attributes, so that they travel with the
/// graph to networkx, igraph or Gephi (`twinning convert --annotate`).
///
/// Every measure `twinning centrality` prints (`CentralityMeasure`, networkx's conventions,
/// unweighted) and every one `twinning clustering` prints (`ClusteringMeasures.names`), and
/// `community` (the partition `CommunitySearch` finds), each computed by the same code as
/// the command, so the attribute equals the printed value. Attribute names are the measure
/// names. Types: integers for degree, triangles, core and community; doubles for the rest.
/// An actor whose value is undefined (a measure that did not converge: NaN) gets no
/// attribute, and the measure is listed in `Result.undefined`. An existing attribute of the
/// same name is replaced and listed in `Result.replaced`.
public struct NodeAnnotation: Sendable {
    /// The names `measures` may hold, in the order of the commands' columns.
    public static var knownMeasures: [String] {
        CentralityMeasure.allCases.map(\.rawValue) + ClusteringMeasures.names + ["community"]
    }

    /// The measures to write, each once, in the order asked; `measure` canonicalises a name
    /// (case, `-` for `_`).
    public let measures: [String]
    /// How `community` is found.
    public let communities: CommunitySearch

    /// Throws `AnnotationError.unknownMeasure` for a name not in `knownMeasures`.
    public init(measures names: [String], communities: CommunitySearch = CommunitySearch()) throws {
        var measures: [String] = []
        for name in names {
            let canonical = CentralityMeasure.canonicalName(name)
            guard NodeAnnotation.knownMeasures.contains(canonical) else {
                throw AnnotationError.unknownMeasure(name, known: NodeAnnotation.knownMeasures)
            }
            if !measures.contains(canonical) { measures.append(canonical) }
        }
        self.measures = measures
        self.communities = communities
    }

    public struct Result: Sendable {
        public var dataset: Dataset
        /// Measures that replaced an attribute of the same name on at least one actor.
        public var replaced: [String]
        /// Measures left out for some actors, with the reason.
        public var undefined: [(measure: String, reason: String)]
        /// Whether core numbers were computed without self-loops (as networkx refuses them).
        public var coresIgnoreSelfLoops: Bool
    }

    /// The values of every measure, indexed like `dataset.nodes` (nil: undefined).
    public func values(for dataset: Dataset) -> (values: [(String, [AttributeValue?])], undefined: [(measure: String, reason: String)], coresIgnoreSelfLoops: Bool) {
        let centralityNames = measures.compactMap(CentralityMeasure.init(rawValue:))
        let centrality = centralityNames.isEmpty ? nil : CentralityMeasures(dataset, measures: centralityNames)
        let clustering = measures.contains(where: ClusteringMeasures.names.contains) ? ClusteringMeasures(dataset) : nil
        var undefined: [(measure: String, reason: String)] = []
        let values: [(String, [AttributeValue?])] = measures.map { name in
            if let measure = CentralityMeasure(rawValue: name), let centrality {
                if let reason = centrality.failures[measure] { undefined.append((name, reason)) }
                return (name, centrality.values[measure]!.map { value in
                    value.isNaN ? nil : measure == .degree ? .integer(Int(value)) : .double(value)
                })
            }
            if let clustering, let column = clustering.attributeValues(name) { return (name, column) }
            return (name, communities.communities(of: dataset).membership.map { .integer($0) })
        }
        return (values, undefined, clustering?.coresIgnoreSelfLoops ?? false)
    }

    /// `dataset` with every measure written into its nodes' attributes.
    public func annotate(_ dataset: Dataset) -> Result {
        let (values, undefined, coresIgnoreSelfLoops) = self.values(for: dataset)
        var annotated = dataset
        var replaced: [String] = []
        for (name, column) in values {
            if annotated.nodes.contains(where: { $0.attributes[name] != nil }) { replaced.append(name) }
            for v in annotated.nodes.indices { annotated.nodes[v].attributes[name] = column[v] }
        }
        return Result(dataset: annotated, replaced: replaced, undefined: undefined, coresIgnoreSelfLoops: coresIgnoreSelfLoops)
    }
}

/// A measure `NodeAnnotation` does not know.
public enum AnnotationError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownMeasure(String, known: [String])

    public var description: String {
        switch self {
        case .unknownMeasure(let name, let known):
            return "unknown measure '\(name)'; expected one of \(known.joined(separator: ", "))"
        }
    }
}

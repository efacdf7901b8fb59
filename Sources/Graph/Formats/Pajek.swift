/// Pajek's `.net` format, as Pajek, UCINET, igraph (`Read_Pajek`/`write_pajek`) and networkx
/// (`read_pajek`/`write_pajek`) use it:
///
///     *Vertices 3
///     1 "minsk" 0.1 0.2 ellipse
///     2 "harbin"
///     3 "mogilev"
///     *Arcs
///     1 2 3
///     *Edges
///     2 3 0.5
///
/// A vertex line is a number (1...n), a label, optional coordinates `x y [z]`, an optional
/// shape and `key value` parameters; an arc or edge line is two vertex numbers, an optional
/// weight and `key value` parameters. Labels are written in double quotes (`\"` and `\\`
/// inside; a line break, which a Pajek line cannot hold, becomes a space); `%` starts a
/// comment line; section names are case-insensitive.
///
/// **What Pajek carries**: node ids (as labels, so that networkx and igraph name the nodes
/// by them), node positions `x`, `y`, `z`, direction per agreement (`*Arcs` for directed
/// agreements, `*Edges` for undirected ones; mixed graphs are natural here) and weights
/// (integers stay integers). Everything else — human labels, node types, countries,
/// hierarchy, aliases, agreement ids, kinds, dates, statuses, provenance, free attributes,
/// metadata, sources — is dropped: `FormatCapabilities.droppedFields(of:in: .pajek)` names
/// what a dataset loses.
///
/// Arcs are written before edges, and a mixed graph ends with an empty `*Arcs` section:
/// networkx's `read_pajek` takes the graph's kind from the first section (and reads the
/// lines of later sections into it), igraph's from the last, so both read a mixed graph as
/// a directed one in which every directed agreement keeps its endpoints (each undirected
/// one becomes one arc, in the order written). Pajek reads the empty section as nothing. Coordinates are followed by the shape `ellipse`,
/// without which networkx ignores them. Agreements read back get the ids `e0`, `e1`, ... in
/// file order (arcs first).
///
/// **Reading** also accepts `*Arcslist`/`*Edgeslist` (`1 2 3 4`: arcs from 1 to 2, 3 and 4),
/// `*Matrix` (an n × n adjacency matrix of arcs, weights the entries), `*Network name` (the
/// metadata `name`), two-mode `*Vertices n n1`, relation suffixes (`*Arcs :2 "likes"`),
/// vertices that the vertex list omits, and `NaN` coordinates and weights and `""` shapes
/// (igraph's missing values, read as absent; NaN weights with one warning saying how many:
/// the positional weight column cannot leave a value out). Any other weight that is not a
/// finite number (`inf`, or `nan` as a `weight` parameter) is a located error, as everywhere.
/// Node ids are the labels when every vertex has one and all differ, else the vertex
/// numbers (the labels then being human labels). A shape other than `ellipse` (Pajek's
/// default, which networkx writes for every vertex) is the attribute `shape`; parameters are
/// string attributes, except that reserved names (`kind`, `date`...) fill their fields.
/// Other sections (`*Partition`, `*Vector`...) are skipped with a warning.
public enum Pajek {
    public static func read(_ bytes: [UInt8], file: String) throws -> Dataset {
        let start = try InputFile.checkUTF8(bytes, file: file)
        var reader = PajekReader(file: file, size: bytes.count)
        try reader.read(String(decoding: bytes[start...], as: UTF8.self))
        return reader.dataset
    }

    /// Refuses a node id with a line break, which a Pajek line cannot hold (no escape for it).
    public static func check(_ dataset: Dataset, file: String) throws {
        if let node = dataset.nodes.first(where: { $0.id.unicodeScalars.contains { $0 == "\n" || $0 == "\r" } }) {
            throw OutputError(SourceLocation(file: file, element: "node '\(node.id.abbreviated().replacingNewlines())'"),
                              "expected a node id without a line break, which a Pajek line cannot hold, found one; choose another format")
        }
    }

    public static func write(_ dataset: Dataset) -> String {
        var text = "*Vertices \(dataset.nodes.count)\n"
        var number: [String: Int] = [:]
        for (index, node) in dataset.nodes.enumerated() {
            if number[node.id] == nil { number[node.id] = index + 1 }
            text += "\(index + 1) \(quoted(node.id))\(coordinates(node))\n"
        }
        let mixed = dataset.mixesDirections
        for directed in [true, false] {
            let agreements = dataset.agreements.filter { $0.directed == directed }
            guard !agreements.isEmpty else { continue }
            text += directed ? "*Arcs\n" : "*Edges\n"
            for agreement in agreements {
                text += "\(number[agreement.from] ?? 0) \(number[agreement.to] ?? 0)"
                if let weight = agreement.weightValue { text += " \(weight)" }
                text += "\n"
            }
        }
        // igraph takes the graph's kind from the last section, networkx from the first.
        if mixed { text += "*Arcs\n" }
        return text
    }

    /// True when every value of node attribute `key` is written: numeric coordinates of
    /// nodes that have x and y (and, for z, x, y and z), a string shape.
    static func carried(_ key: String, nodes: [Node]) -> Bool {
        switch key {
        case "x", "y", "z":
            return nodes.allSatisfy { node in
                node.attributes[key] == nil || coordinateValues(node).count > (key == "z" ? 2 : 0)
            }
        case "shape": return nodes.allSatisfy { node in node.attributes["shape"].map { $0.type == .string } ?? true }
        default: return false
        }
    }

    /// x, y and, when present, z; empty unless x and y are numbers.
    static func coordinateValues(_ node: Node) -> [AttributeValue] {
        let values = ["x", "y", "z"].map { node.attributes[$0] }
        guard let x = values[0], let y = values[1], x.numericValue != nil, y.numericValue != nil else { return [] }
        if let z = values[2], z.numericValue != nil { return [x, y, z] }
        return [x, y]
    }

    static func coordinates(_ node: Node) -> String {
        let values = coordinateValues(node)
        guard !values.isEmpty else { return "" }
        var shape = "ellipse"
        if case .string(let s)? = node.attributes["shape"], !s.isEmpty { shape = quoted(s) }
        return " " + values.map(\.description).joined(separator: " ") + " " + shape
    }

    /// A label in double quotes, with `"` and `\` escaped by a backslash.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out + "\""
    }
}

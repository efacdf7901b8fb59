/// Writing a dataset as GML (the conventions are in `GML.swift`).
struct GMLWriter {
    let dataset: Dataset
    var text = ""

    init(dataset: Dataset) {
        self.dataset = dataset
        text.reserveCapacity(128 * (dataset.nodes.count + dataset.agreements.count) + 256)
    }

    /// The GML key of each attribute name, by record kind; renamed where the name is not a
    /// valid GML key or is one of GML's own.
    struct KeyPlan {
        var keys: [String: String] = [:]
        var booleans: Set<String> = []
        /// Integer keys with a value beyond 32 bits (which networkx rewrites as text).
        var wideIntegers: Set<String> = []

        init<S: Sequence>(kind: String, types: [(key: String, type: AttributeType)], values: S) where S.Element == Attributes {
            var taken = GMLFormat.structuralKeys[kind] ?? []
            for attributes in values {
                for (name, value) in attributes {
                    if case .integer(let i) = value, Int32(exactly: i) == nil { wideIntegers.insert(name) }
                }
            }
            for (name, type) in types {
                if type == .boolean { booleans.insert(name) }
                if type != .integer { wideIntegers.remove(name) }
                var key = name
                if !GMLFormat.isValidKey(name) || taken.contains(name) {
                    let base = GMLWriter.keyBase(name)
                    key = base
                    var suffix = 2
                    while taken.contains(key) || types.contains(where: { $0.key == key && $0.key != name }) {
                        key = "\(base)_\(suffix)"
                        suffix += 1
                    }
                }
                taken.insert(key)
                keys[name] = key
            }
        }

        /// `attribute [ ... ]` notes for renamed, boolean and wide integer keys.
        func notes(kind: String) -> [[(String, GMLValue)]] {
            keys.sorted { $0.key < $1.key }.compactMap { name, key in
                guard key != name || booleans.contains(name) || wideIntegers.contains(name) else { return nil }
                var fields: [(String, GMLValue)] = [("for", .string(kind)), ("key", .string(key))]
                if key != name { fields.append(("name", .string(name))) }
                if booleans.contains(name) { fields.append(("type", .string("boolean"))) }
                if wideIntegers.contains(name) { fields.append(("type", .string("integer"))) }
                return fields
            }
        }
    }

    /// A valid GML key from any name: ASCII letters, digits and `_`, starting with a letter.
    static func keyBase(_ name: String) -> String {
        var key = String(String.UnicodeScalarView(name.unicodeScalars.map { scalar -> Unicode.Scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? scalar : "_"
        }))
        if !GMLFormat.isValidKey(key) { key = "a" + key }
        return key
    }

    static let nodeGraphics = ["x", "y", "z", "size", "color"]
    static let edgeGraphics = ["thickness", "color"]

    mutating func write() -> String {
        let anyDirected = dataset.hasDirectedAgreements
        let multigraph = dataset.isMultigraph(ordered: anyDirected)
        let graphPlan = KeyPlan(kind: "graph", types: Dataset.unifiedTypes([dataset.metadata]), values: [dataset.metadata])
        let nodePlan = KeyPlan(kind: "node", types: dataset.nodeAttributeTypes, values: dataset.nodes.lazy.map(\.attributes))
        let edgePlan = KeyPlan(kind: "edge", types: dataset.agreementAttributeTypes.filter { $0.key != "key" || !multigraph },
                               values: dataset.agreements.lazy.map(\.attributes))
        text += "graph [\n"
        if anyDirected { text += "  directed 1\n" }
        if multigraph { text += "  multigraph 1\n" }
        for (name, value) in dataset.metadata.sorted(by: { $0.key < $1.key }) {
            line(graphPlan.keys[name] ?? name, value, boolean: graphPlan.booleans.contains(name), indent: "  ")
        }
        if !dataset.sources.isEmpty { line("sources", .string(SourceRecordsJSON.encode(dataset.sources)), indent: "  ") }
        let notes = graphPlan.notes(kind: "graph") + nodePlan.notes(kind: "node") + edgePlan.notes(kind: "edge")
        if !notes.isEmpty {
            text += "  twinning [\n"
            for note in notes {
                text += "    attribute [ " + note.map { "\($0.0) \(Self.literal($0.1))" }.joined(separator: " ") + " ]\n"
            }
            text += "  ]\n"
        }
        var position: [String: Int] = [:]
        for (index, node) in dataset.nodes.enumerated() where position[node.id] == nil {
            position[node.id] = index
            writeNode(node, index: index, plan: nodePlan)
        }
        for agreement in dataset.agreements {
            writeEdge(agreement, position: position, mixed: anyDirected, multigraph: multigraph, plan: edgePlan)
        }
        text += "]\n"
        return text
    }

    mutating func writeNode(_ node: Node, index: Int, plan: KeyPlan) {
        text += "  node [\n    id \(index)\n"
        line("label", .string(node.id), indent: "    ")
        if node.label != node.id { line("name", .string(node.label), indent: "    ") }
        if let type = node.type { line("type", .string(type.rawValue), indent: "    ") }
        if let country = node.country { line("country", .string(country), indent: "    ") }
        if let within = node.within { line("within", .string(within), indent: "    ") }
        if !node.aliases.isEmpty { line("aliases", .string(node.aliases.joined(separator: ";")), indent: "    ") }
        writeAttributes(node.attributes, graphics: Self.nodeGraphics, plan: plan)
        text += "  ]\n"
    }

    mutating func writeEdge(_ agreement: Agreement, position: [String: Int], mixed: Bool, multigraph: Bool, plan: KeyPlan) {
        text += "  edge [\n    source \(position[agreement.from] ?? -1)\n    target \(position[agreement.to] ?? -1)\n"
        let key = multigraph ? agreement.attributes["key"] ?? .string(agreement.id) : nil
        if let key { line("key", key, indent: "    ") }
        if key?.description != agreement.id { line("id", .string(agreement.id), indent: "    ") }
        if mixed && !agreement.directed { text += "    directed 0\n" }
        if let kind = agreement.kind { line("kind", .string(kind.rawValue), indent: "    ") }
        if let date = agreement.date { line("date", .string(date.description), indent: "    ") }
        if let end = agreement.endDate { line("end_date", .string(end.description), indent: "    ") }
        if let status = agreement.status { line("status", .string(status.rawValue), indent: "    ") }
        if let weight = agreement.weightValue { line("weight", weight, indent: "    ") }
        let provenance = agreement.provenance
        for (key, value) in [("source_id", provenance.source), ("locator", provenance.locator),
                             ("quote", provenance.quote), ("url", provenance.url)] {
            if let value { line(key, .string(value), indent: "    ") }
        }
        var attributes = agreement.attributes
        if multigraph { attributes["key"] = nil }
        writeAttributes(attributes, graphics: Self.edgeGraphics, plan: plan)
        text += "  ]\n"
    }

    /// Free attributes, then the layout ones (and `graphics_*`) in one `graphics` list.
    mutating func writeAttributes(_ attributes: Attributes, graphics names: [String], plan: KeyPlan) {
        var graphics: [(String, AttributeValue)] = []
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            if let key = graphicsKey(name, value, names: names) {
                graphics.append((key, value))
                if name == "size" { graphics.append(("h", value)) }
            } else {
                line(plan.keys[name] ?? name, value, boolean: plan.booleans.contains(name), indent: "    ")
            }
        }
        guard !graphics.isEmpty else { return }
        text += "    graphics [\n"
        for (key, value) in graphics { line(key, value, indent: "      ") }
        text += "    ]\n"
    }

    /// The key inside `graphics` for a layout attribute, or nil when it is written as a plain
    /// attribute (a non-numeric position, say).
    func graphicsKey(_ name: String, _ value: AttributeValue, names: [String]) -> String? {
        // graphics_<key> (what the reader makes of graphics keys it has no name for) goes back
        // into graphics, unless the reader would take that key for a layout attribute.
        if name.hasPrefix("graphics_"), case let key = String(name.dropFirst(9)), GMLFormat.isValidKey(key),
           value.type != .boolean, !(names.count > 2 ? ["x", "y", "z", "w", "h", "fill"] : ["width", "fill"]).contains(key) {
            return key
        }
        guard names.contains(name) else { return nil }
        switch (name, value) {
        case ("color", .string): return "fill"
        case ("color", _): return nil
        case (_, .integer), (_, .double): return name == "size" ? "w" : name == "thickness" ? "width" : name
        default: return nil
        }
    }

    /// `key value`; a boolean is 1/0 where its key is noted as boolean, else its text.
    mutating func line(_ key: String, _ value: AttributeValue, boolean: Bool = false, indent: String) {
        let gml: GMLValue
        switch value {
        case .integer(let i): gml = .integer(i)
        case .double(let d): gml = .real(d)
        case .string(let s): gml = .string(s)
        case .boolean(let b): gml = boolean ? .integer(b ? 1 : 0) : .string(b ? "true" : "false")
        }
        text += indent + key + " " + Self.literal(gml) + "\n"
    }

    /// A value as GML text: reals always with a decimal point (`1.0e-07`), infinities as
    /// `+INF`/`-INF`, NaN as `NAN`, strings escaped (networkx's conventions).
    static func literal(_ value: GMLValue) -> String {
        switch value {
        case .integer(let i): return String(i)
        case .string(let s): return "\"" + GMLText.escape(s) + "\""
        case .list: return "[ ]"
        case .real(let d):
            if d.isNaN { return "NAN" }
            if d.isInfinite { return d < 0 ? "-INF" : "+INF" }
            var text = "\(d)"
            if !text.contains(".") {
                if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                    text.insert(contentsOf: ".0", at: e)
                } else {
                    text += ".0"
                }
            }
            return text
        }
    }
}

/// Reading GML nodes and edges into Twinning records (the conventions are in `GML.swift`).
extension GMLReader {
    /// A node as read, before the id rule (which needs every node) is applied.
    struct PendingNode {
        var entry: GMLEntry
        var gmlID: String
        var label: String?
        var name: String?
        var values = FieldValues()
    }

    /// Reads the nodes; returns the Twinning id of each GML id.
    mutating func readNodes(_ entries: [GMLEntry]) throws -> [String: String] {
        var pending: [PendingNode] = []
        var seen: [String: Int] = [:]
        for entry in entries {
            let node = try readNode(entry)
            if let first = seen[node.gmlID] {
                throw InputError(location(entry), "node id \(node.gmlID.abbreviated()) is duplicated (first at line \(first)): expected unique node ids")
            }
            seen[node.gmlID] = entry.line
            pending.append(node)
        }
        let idKey = Self.idKey(pending)
        var ids: [String: String] = [:]
        for node in pending {
            var values = node.values
            let id: String
            switch idKey {
            case "label": id = node.label!; values["label"] = (node.name ?? node.label).map(AttributeValue.string)
            case "name": id = node.name!; values["label"] = (node.label ?? node.name).map(AttributeValue.string)
            default:
                id = node.gmlID
                values["label"] = (node.label ?? node.name).map(AttributeValue.string)
                if node.label != nil, let name = node.name, values["name"] == nil { values["name"] = .string(name) }
            }
            ids[node.gmlID] = id
            dataset.nodes.append(RecordFields.node(id: id, values: values))
            dataset.nodeOrigins.append(location(node.entry))
        }
        return ids
    }

    /// `label` when every node has one and all differ (networkx's rule), else `name` on the
    /// same condition (igraph's vertex names), else `id`.
    static func idKey(_ nodes: [PendingNode]) -> String {
        func unique(_ texts: [String?]) -> Bool {
            var seen = Set<String>()
            return texts.allSatisfy { $0 != nil && seen.insert($0!).inserted }
        }
        if unique(nodes.map(\.label)) { return "label" }
        if unique(nodes.map(\.name)) { return "name" }
        return "id"
    }

    mutating func readNode(_ entry: GMLEntry) throws -> PendingNode {
        guard case .list(let fields) = entry.value else {
            throw InputError(location(entry), "expected 'node' to be a list 'node [ id ... ]', found \(describe(entry.value))")
        }
        var node = PendingNode(entry: entry, gmlID: "")
        var gmlID: String?
        for field in fields {
            switch field.key {
            case "id":
                guard let id = text(field.value) else { throw InputError(location(field), "expected the node id as an integer or a string, found a list") }
                gmlID = id
            case "label": node.label = text(field.value)
            case "name": node.name = text(field.value)
            case "graphics": readGraphics(field, kind: "node", into: &node.values)
            default: set(field, kind: "node", into: &node.values)
            }
        }
        guard let id = gmlID else {
            throw InputError(location(entry), "node has no 'id': expected node [ id 0 ... ]")
        }
        node.gmlID = id
        return node
    }

    /// Adds a simple entry under its (un-renamed) name, warning when the name repeats.
    mutating func set(_ field: GMLEntry, kind: String, into values: inout FieldValues, as forcedName: String? = nil) {
        let name = forcedName ?? (kind == "edge" ? GMLFormat.edgeFieldAliases[field.key] : nil) ?? name(of: field.key, kind: kind)
        guard values[name] == nil else {
            dataset.readingFindings.append(warn(field, "\(kind) key '\(field.key)' is repeated; Twinning keeps the first value"))
            return
        }
        values[name] = attributeValue(field, kind: kind)
    }

    /// `graphics [ x y z w h fill width ... ]` into the layout attributes.
    mutating func readGraphics(_ entry: GMLEntry, kind: String, into values: inout FieldValues) {
        guard case .list(let fields) = entry.value else {
            dataset.readingFindings.append(warn(entry, "\(kind) 'graphics' is not a list; dropped"))
            return
        }
        let width = fields.first { $0.key == "w" }?.value
        for field in fields {
            let name: String
            switch (kind, field.key) {
            case ("node", "x"), ("node", "y"), ("node", "z"): name = field.key
            case ("node", "w"): name = "size"
            case ("node", "h") where width == nil || width == field.value: if width != nil { continue }; name = "size"
            case (_, "fill"): name = "color"
            case ("edge", "width"): name = "thickness"
            default: name = "graphics_" + field.key
            }
            if case .list = field.value {
                dataset.readingFindings.append(warn(field, "nested graphics '\(field.key)' is not kept; dropped"))
                continue
            }
            set(field, kind: kind, into: &values, as: name)
        }
    }

    mutating func readEdges(_ entries: [GMLEntry], gmlIDs: [String: String], directed: Bool) throws {
        var keyed: [(index: Int, key: AttributeValue)] = []
        for entry in entries {
            guard case .list(let fields) = entry.value else {
                throw InputError(location(entry), "expected 'edge' to be a list 'edge [ source ... target ... ]', found \(describe(entry.value))")
            }
            var endpoints: [String: String] = [:]
            var id: String?, key: AttributeValue?
            var values = FieldValues()
            for field in fields {
                switch field.key {
                case "source", "target":
                    guard let gmlID = text(field.value) else { throw InputError(location(field), "expected a node id, found a list") }
                    guard let node = gmlIDs[gmlID] else {
                        throw InputError(location(field), "edge \(field.key) \(gmlID.abbreviated()) names no node: expected the id of a node [ id ... ]")
                    }
                    endpoints[field.key] = node
                case "id": id = text(field.value)
                case "key": key = attributeValue(field, kind: "edge")
                case "graphics": readGraphics(field, kind: "edge", into: &values)
                default: set(field, kind: "edge", into: &values)
                }
            }
            guard let from = endpoints["source"], let to = endpoints["target"] else {
                let missing = endpoints["source"] == nil ? "source" : "target"
                throw InputError(location(entry), "edge has no '\(missing)': expected edge [ source ID target ID ... ]")
            }
            if let key, let id, key.description != id { values["key"] = key }
            if let key, id == nil { keyed.append((dataset.agreements.count, key)) }
            let agreementID = id ?? key?.description ?? Agreement.defaultID(dataset.agreements.count)
            dataset.agreements.append(RecordFields.agreement(
                id: agreementID, from: from, to: to, directed: directed, values: values,
                at: location(entry), findings: &dataset.readingFindings))
            dataset.agreementOrigins.append(location(entry))
        }
        disambiguateKeys(keyed)
    }

    /// networkx numbers the parallel edges of each pair 0, 1, ...: when keys repeat, each
    /// keyed agreement's id becomes `from-to-key`; the key is kept, typed, as `key` then and
    /// whenever it is not a string (so that it is written back as the same key).
    mutating func disambiguateKeys(_ keyed: [(index: Int, key: AttributeValue)]) {
        var seen = Set<String>()
        guard keyed.contains(where: { !seen.insert($0.key.description).inserted }) else {
            for (index, key) in keyed where key.type != .string { dataset.agreements[index].attributes["key"] = key }
            return
        }
        for (index, key) in keyed {
            let agreement = dataset.agreements[index]
            dataset.agreements[index].id = "\(agreement.from)-\(agreement.to)-\(key.description)"
            dataset.agreements[index].attributes["key"] = key
        }
    }
}

/// Reads GEXF 1.1, 1.2draft and 1.3 (see `GEXFFormat` for the mapping).
struct GEXFReader: XMLElementHandler {
    /// A declared `<attribute>` of the node or edge class.
    struct Column {
        var name: String
        var type: AttributeType
        var typeName: String
        var defaultValue: AttributeValue?
    }

    /// A node or edge being read, with what GEXF says besides its values.
    struct Pending {
        var record: PendingRecord
        var start: PartialDate?
        var end: PartialDate?
        /// The `<spells>` (or GEXF 1.1 `<slices>`), when there are any.
        var spells: [GEXFSpell]?
        /// `pid`, or the node this one is nested in.
        var parent: String?
        /// Phylogenics: the `<parent for="...">` ids.
        var parents: [String] = []
    }

    var dataset = Dataset()
    var columns: [String: [String: Column]] = ["node": [:], "edge": [:]]
    var pending: [Pending] = []
    var directedByDefault = false
    /// True when times are calendar dates (`timeformat` date, dateTime, or unsaid).
    var datedSpells = true
    /// False when the file does not say its timeformat: a start that is not a date is then
    /// taken for a number (GEXF's default timeformat is double), not refused.
    var timeFormatDeclared = false
    /// What has been warned about, so that each kind of loss is reported once per file.
    var warned: Set<String> = []

    static let structural: Set<String> = ["gexf", "nodes", "edges", "attvalues", "parents", "default", "options"]

    mutating func start(_ name: String, at offset: Int, _ xml: inout XMLReader) throws {
        if xml.openElements.count == 1 && name != "gexf" {
            throw xml.error(at: offset, "expected a <gexf> root element, found <\(name)>")
        }
        switch name {
        case "meta": try readMeta(at: offset, &xml)
        case "graph": try startGraph(at: offset, &xml)
        case "attributes": try readAttributes(at: offset, &xml)
        case "node": try startNode(at: offset, &xml)
        case "edge": try startEdge(at: offset, &xml)
        case "attvalue": try readAttvalue(at: offset, &xml)
        case "spells", "slices": if !pending.isEmpty, pending[pending.count - 1].spells == nil { pending[pending.count - 1].spells = [] }
        case "spell", "slice": try readSpell(at: offset, &xml)
        case "parent":
            if let id = xml.attribute("for"), !pending.isEmpty { pending[pending.count - 1].parents.append(id) }
        case "position", "size", "color", "thickness", "shape": readVisual(name, at: offset, &xml)
        default:
            if !GEXFReader.structural.contains(name) {
                warn("element:" + name, at: offset, &xml, "<\(name.abbreviated())> is not part of GEXF as read here: its content is not kept")
            }
        }
    }

    /// A warning finding at `offset`, once per `key` and file.
    mutating func warn(_ key: String, at offset: Int, _ xml: inout XMLReader, _ message: String) {
        guard warned.insert(key).inserted else { return }
        dataset.readingFindings.append(Finding(.warning, xml.location(at: offset), message))
    }

    // MARK: Document level

    mutating func readMeta(at offset: Int, _ xml: inout XMLReader) throws {
        if let modified = xml.attribute("lastmodifieddate") { dataset.metadata["lastmodifieddate"] = .string(modified) }
        let depth = xml.openElements.count
        while xml.openElements.count >= depth {
            guard case .start(let name, let childOffset) = try xml.next() else { continue }
            let key = name.xmlLocalName
            let (metadataKey, typeName) = (xml.attribute("key"), xml.attribute("type") ?? "string")
            let text = try xml.readElementText()
            switch key {
            case _ where GEXFFormat.metaKeys.contains(key): dataset.metadata[key] = .string(text)
            case "metadata":
                guard let metadataKey, let type = GEXFFormat.type(named: typeName),
                      let value = RecordFields.parse(text, as: type) else {
                    throw xml.error(at: childOffset, "expected <twinning:metadata key=\"...\" type=\"long|double|boolean|string\"> holding a value of its type, found type \"\(typeName.abbreviated())\" and value \"\(text.abbreviated())\"", inChild: name)
                }
                dataset.metadata[metadataKey] = value
            case "sources":
                do {
                    let sources = try SourceRecordsJSON.decode(text)
                    let origin = xml.location(at: childOffset)
                    dataset.sources += sources
                    dataset.sourceOrigins += Array(repeating: origin, count: sources.count)
                } catch let failure as SourceRecordsJSON.Failure {
                    throw xml.error(at: childOffset, "sources: \(failure.text)", inChild: name)
                }
            default:
                warn("meta:" + key, at: childOffset, &xml, "<meta> child <\(key.abbreviated())> is not kept")
            }
        }
    }

    mutating func startGraph(at offset: Int, _ xml: inout XMLReader) throws {
        let edgeType = xml.attribute("defaultedgetype") ?? "undirected"
        guard ["directed", "undirected", "mutual"].contains(edgeType) else {
            throw xml.error(at: offset, "defaultedgetype is \"\(edgeType.abbreviated())\": expected directed, undirected or mutual")
        }
        directedByDefault = edgeType == "directed"
        let format = xml.attribute("timeformat") ?? xml.attribute("timetype")
        timeFormatDeclared = format != nil
        datedSpells = ["date", "datetime"].contains((format ?? "date").lowercased())
    }

    mutating func readAttributes(at offset: Int, _ xml: inout XMLReader) throws {
        let domain = xml.attribute("class") ?? "node"
        guard domain == "node" || domain == "edge" else {
            warn("class:" + domain, at: offset, &xml, "<attributes class=\"\(domain.abbreviated())\"> is not a GEXF class (node or edge): its attributes are not kept")
            try xml.skipElement()
            return
        }
        if xml.attribute("mode") == "dynamic" {
            warn("dynamic", at: offset, &xml, "dynamic attributes keep their first value only")
        }
        let depth = xml.openElements.count
        while xml.openElements.count >= depth {
            guard case .start(let name, let childOffset) = try xml.next() else { continue }
            guard name.xmlLocalName == "attribute" else { try xml.skipElement(); continue }
            guard let id = xml.attribute("id") else {
                throw xml.error(at: childOffset, "<attribute> has no id: expected <attribute id=\"...\" title=\"...\" type=\"...\">")
            }
            let typeName = xml.attribute("type") ?? "string"
            guard let type = GEXFFormat.type(named: typeName) else {
                throw xml.error(at: childOffset, "attribute \(id) has type \"\(typeName.abbreviated())\": expected one of integer, long, float, double, boolean, string, liststring, anyURI")
            }
            var column = Column(name: xml.attribute("title") ?? id, type: type, typeName: typeName)
            column.defaultValue = try readDefault(of: column, &xml)
            columns[domain, default: [:]][id] = column
        }
    }

    /// The `<default>` inside the `<attribute>` just started, consuming it through its end.
    func readDefault(of column: Column, _ xml: inout XMLReader) throws -> AttributeValue? {
        let depth = xml.openElements.count
        var value: AttributeValue?
        while xml.openElements.count >= depth {
            guard case .start(let name, let offset) = try xml.next() else { continue }
            guard name.xmlLocalName == "default" else { try xml.skipElement(); continue }
            let text = try xml.readElementText()
            guard let parsed = RecordFields.parse(text, as: column.type) else {
                throw xml.error(at: offset, "default \"\(text.abbreviated())\" of attribute \(column.name) is not a valid \(column.typeName)")
            }
            value = parsed
        }
        return value
    }

    // MARK: Nodes and edges

    mutating func startNode(at offset: Int, _ xml: inout XMLReader) throws {
        guard let id = xml.attribute("id") else {
            throw xml.error(at: offset, "<node> has no id attribute: expected <node id=\"...\">")
        }
        // A node nested in another belongs to it, as `pid` says for flat files.
        let enclosing = pending.last { $0.record.kind == .node }.map { dataset.nodes[$0.record.index].id }
        dataset.nodes.append(Node(id: id))
        dataset.nodeOrigins.append(xml.location(at: offset))
        var item = Pending(record: PendingRecord(kind: .node, index: dataset.nodes.count - 1))
        if let label = xml.attribute("label") { item.record.values["label"] = .string(label) }
        item.parent = xml.attribute("pid") ?? enclosing
        try readTimes(of: &item, at: offset, &xml)
        pending.append(item)
    }

    mutating func startEdge(at offset: Int, _ xml: inout XMLReader) throws {
        guard let from = xml.attribute("source"), let to = xml.attribute("target") else {
            let missing = xml.attribute("source") == nil ? "source" : "target"
            throw xml.error(at: offset, "<edge> has no \(missing) attribute: expected <edge source=\"...\" target=\"...\">")
        }
        var directed = directedByDefault
        // Gephi reads attributes by local name, so a prefixed `twinning:type` counts too.
        if let type = xml.attributes.first(where: { $0.name == "type" || $0.name.xmlLocalName == "type" })?.value {
            guard ["directed", "undirected", "mutual"].contains(type) else {
                throw xml.error(at: offset, "edge type is \"\(type.abbreviated())\": expected directed, undirected or mutual")
            }
            directed = type == "directed"
        }
        var item = Pending(record: PendingRecord(kind: .edge, directed: directed))
        // An XML attribute of <edge>: not a finite number is a located error, as a weight is in
        // every reader (RecordFields.weightValue is the one rule), and, being structural, stops reading.
        if let text = xml.attribute("weight") {
            guard let weight = RecordFields.weightValue(.string(text)) else {
                throw xml.error(at: offset, "expected weight as a finite number, found '\(text.abbreviated())'")
            }
            item.record.values["weight"] = weight
        }
        if let kind = xml.attribute("kind") { item.record.fallbackKind = kind }
        if let label = xml.attribute("label") { item.record.values["label"] = .string(label) }
        try readTimes(of: &item, at: offset, &xml)
        let id = xml.attribute("id") ?? Agreement.defaultID(dataset.agreements.count)
        dataset.agreements.append(Agreement(id: id, from: from, to: to, directed: directed))
        dataset.agreementOrigins.append(xml.location(at: offset))
        item.record.index = dataset.agreements.count - 1
        pending.append(item)
    }

    /// The `start`/`end` (or `timestamp`) XML attributes of a node or edge.
    mutating func readTimes(of item: inout Pending, at offset: Int, _ xml: inout XMLReader) throws {
        if let start = xml.attribute("start") ?? xml.attribute("timestamp") { item.start = try time(start, "start", at: offset, &xml) }
        if let end = xml.attribute("end") ?? xml.attribute("timestamp") { item.end = try time(end, "end", at: offset, &xml) }
        if xml.attribute("intervals") != nil || xml.attribute("timestamps") != nil {
            warn("intervals", at: offset, &xml, "intervals and timestamps lists are not kept (use <spells>)")
        }
    }

    mutating func readSpell(at offset: Int, _ xml: inout XMLReader) throws {
        guard !pending.isEmpty else { return }
        let start = xml.attribute("start") ?? xml.attribute("timestamp")
        let end = xml.attribute("end") ?? xml.attribute("timestamp")
        let startDate = try start.flatMap { try time($0, "start", at: offset, &xml) }
        let endDate = try end.flatMap { try time($0, "end", at: offset, &xml) }
        guard startDate != nil || endDate != nil else { return }
        let spell = GEXFSpell(start: startDate.map { _ in start!.trimmingWhitespace() },
                              end: endDate.map { _ in end!.trimmingWhitespace() })
        pending[pending.count - 1].spells = (pending[pending.count - 1].spells ?? []) + [spell]
    }

    /// A time when times are dates: `YYYY` keeps year precision, `YYYY-MM` month, a full date
    /// or date-time day precision. Numbers are not kept (a warning says so).
    mutating func time(_ text: String, _ what: String, at offset: Int, _ xml: inout XMLReader) throws -> PartialDate? {
        let trimmed = text.trimmingWhitespace()
        if datedSpells, let date = GEXFSpell.date(trimmed) { return date }
        if !datedSpells || (!timeFormatDeclared && Double(trimmed) != nil) {
            warn("numeric-time", at: offset, &xml, "times that are numbers, not dates, are not kept (timeformat \(datedSpells ? "unsaid" : "numeric"))")
            return nil
        }
        throw xml.error(at: offset, "\(what) \"\(trimmed.abbreviated())\" is not a date: expected YYYY-MM-DD (or YYYY, YYYY-MM) as timeformat=\"date\" says")
    }

    mutating func readAttvalue(at offset: Int, _ xml: inout XMLReader) throws {
        guard let last = pending.indices.last else { return }
        let domain = pending[last].record.kind.rawValue
        guard let id = xml.attribute("for") ?? xml.attribute("id") else {
            throw xml.error(at: offset, "<attvalue> has no for attribute: expected <attvalue for=\"...\" value=\"...\">")
        }
        guard let column = columns[domain]?[id] else {
            throw xml.error(at: offset, "<attvalue for=\"\(id.abbreviated())\"> refers to no declared attribute of class \(domain)")
        }
        let text = xml.attribute("value") ?? ""
        guard let value = RecordFields.parse(text, as: column.type) else {
            throw xml.error(at: offset, "value \"\(text.abbreviated())\" of attribute \(id) (\(column.name)) is not a valid \(column.typeName), as its declaration says")
        }
        set(column.name, value, at: offset, &xml)
    }

    /// Sets a value of the current record; a second value for the same name (a dynamic
    /// attribute's next spell, or an attvalue beside the viz element of the same name) is
    /// not kept, with a warning.
    mutating func set(_ name: String, _ value: AttributeValue, at offset: Int, _ xml: inout XMLReader) {
        let last = pending.count - 1
        if pending[last].record.attvalueNames.insert(name).inserted {
            pending[last].record.values[name] = value
        } else if pending[last].record.values[name] != value {
            warn("twice:" + name, at: offset, &xml, "\(name.abbreviated()) has several values (over time, or as attvalue and viz); the first is kept")
        }
    }

    /// Builds the node or edge whose element ends, with defaults where attvalues are missing.
    mutating func finish(_ name: String) {
        guard name == "node" || name == "edge", let item = pending.popLast() else { return }
        var values = item.record.values
        for column in (columns[name] ?? [:]).values where values[column.name] == nil {
            if let value = column.defaultValue { values[column.name] = value }
        }
        let firstSpell = item.spells?.first
        if values["date"] == nil, let date = item.start ?? firstSpell?.start.flatMap(GEXFSpell.date) {
            values["date"] = .string(date.description)
        }
        if values["end_date"] == nil, let end = item.end ?? firstSpell?.end.flatMap(GEXFSpell.date) {
            values["end_date"] = .string(end.description)
        }
        if values["spells"] == nil, let spells = item.spells, !spells.isEmpty { values["spells"] = .string(GEXFSpell.text(spells)) }
        let index = item.record.index
        if name == "node" {
            if values["within"] == nil, let parent = item.parent { values["within"] = .string(parent) }
            if values["parents"] == nil, !item.parents.isEmpty { values["parents"] = .string(item.parents.joined(separator: ";")) }
            dataset.nodes[index] = RecordFields.node(id: dataset.nodes[index].id, values: values)
        } else {
            if values["kind"] == nil, let kind = item.record.fallbackKind { values["kind"] = .string(kind) }
            let edge = dataset.agreements[index]
            dataset.agreements[index] = RecordFields.agreement(
                id: edge.id, from: edge.from, to: edge.to, directed: item.record.directed, values: values,
                at: dataset.origin(ofAgreement: index) ?? SourceLocation(file: ""), findings: &dataset.readingFindings)
        }
    }
}

extension GEXFReader {
    /// A `viz:` element directly inside a node or edge, as the attributes `x`, `y`, `z`,
    /// `size`, `thickness`, `color` and `shape`. A value that is not one is an error finding.
    mutating func readVisual(_ name: String, at offset: Int, _ xml: inout XMLReader) {
        let open = xml.openElements
        guard open.count >= 2, ["node", "edge"].contains(open[open.count - 2].name.xmlLocalName), !pending.isEmpty else {
            warn("element:" + name, at: offset, &xml, "<\(name)> outside a node or edge is not kept")
            return
        }
        var problems: [String] = []
        func number(_ attribute: String, nonNegative: Bool = false) -> Double? {
            guard let text = xml.attribute(attribute) else { return nil }
            if let d = Double(text.trimmingWhitespace()), d.isFinite, !nonNegative || d >= 0 { return d }
            problems.append("expected \(attribute) as a\(nonNegative ? " non-negative" : "") number, found '\(text.abbreviated())'")
            return nil
        }
        var values: [(String, AttributeValue)] = []
        switch name {
        case "position":
            for axis in ["x", "y", "z"] { if let d = number(axis) { values.append((axis, .double(d))) } }
        case "size", "thickness":
            if let d = number("value", nonNegative: true) { values.append((name, .double(d))) }
        case "color":
            if let color = readColor(xml, &problems) { values.append(("color", .string(color))) }
        default:
            if let shape = xml.attribute("value") ?? xml.attribute("shape") {
                values.append(("shape", .string(shape == "image" ? xml.attribute("uri") ?? shape : shape)))
            }
        }
        let place = xml.location(at: offset).field(open[open.count - 1].name)
        for problem in problems { dataset.readingFindings.append(Finding(.error, place, problem)) }
        for (key, value) in values { set(key, value, at: offset, &xml) }
    }

    /// `#rrggbb` or `#rrggbbaa` from `hex` or `r g b`, with alpha `a` in 0...1.
    func readColor(_ xml: XMLReader, _ problems: inout [String]) -> String? {
        var alpha = 255
        if let text = xml.attribute("a") {
            guard let a = Double(text.trimmingWhitespace()), (0...1).contains(a) else {
                problems.append("expected a (alpha) between 0 and 1, found '\(text.abbreviated())'")
                return nil
            }
            alpha = Int((a * 255).rounded())
        }
        if let hex = xml.attribute("hex") {
            guard let c = GEXFVisual.channels(hex.trimmingWhitespace()) else {
                problems.append("expected hex as #rrggbb, found '\(hex.abbreviated())'")
                return nil
            }
            return GEXFVisual.color(r: c.r, g: c.g, b: c.b, alpha: xml.attribute("a") == nil ? c.a ?? 255 : alpha)
        }
        var channels: [Int] = []
        for channel in ["r", "g", "b"] {
            let text = xml.attribute(channel) ?? ""
            guard let value = Int(text.trimmingWhitespace()), (0...255).contains(value) else {
                problems.append("expected \(channel) as an integer from 0 to 255, found '\(text.abbreviated())'")
                return nil
            }
            channels.append(value)
        }
        return GEXFVisual.color(r: channels[0], g: channels[1], b: channels[2], alpha: alpha)
    }
}

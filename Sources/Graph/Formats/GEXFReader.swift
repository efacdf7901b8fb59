/// Reads GEXF 1.1, 1.2draft and 1.3 (see `GEXFFormat` for the mapping).
struct GEXFReader: XMLElementHandler {
    /// A declared `<attribute>` of the node or edge class.
    struct Column {
        var name: String
        var type: AttributeType
        var typeName: String
        var defaultValue: AttributeValue?
    }

    var dataset = Dataset()
    var columns: [String: [String: Column]] = ["node": [:], "edge": [:]]
    var records: [PendingRecord] = []
    var directedByDefault = false
    /// True when spells hold calendar dates (`timeformat` date, dateTime, or unsaid).
    var datedSpells = true
    /// False when the file does not say its timeformat: a start that is not a date is then
    /// taken for a number (GEXF's default timeformat is double) and ignored, not refused.
    var timeFormatDeclared = false

    mutating func start(_ name: String, at offset: Int, _ xml: inout XMLReader) throws {
        if xml.openElements.count == 1 && name != "gexf" {
            throw xml.error(at: offset, "expected a <gexf> root element, found <\(name)>")
        }
        switch name {
        case "meta": try readMeta(&xml)
        case "graph": try startGraph(at: offset, &xml)
        case "attributes": try readAttributes(at: offset, &xml)
        case "node":
            guard let id = xml.attribute("id") else {
                throw xml.error(at: offset, "<node> has no id attribute: expected <node id=\"...\">")
            }
            dataset.nodes.append(Node(id: id))
            dataset.nodeOrigins.append(xml.location(at: offset))
            var record = PendingRecord(kind: .node, index: dataset.nodes.count - 1)
            if let label = xml.attribute("label") { record.values["label"] = .string(label) }
            records.append(record)
        case "edge": try startEdge(at: offset, &xml)
        case "attvalue": try readAttvalue(at: offset, &xml)
        case "spell":
            if records.last?.kind == .edge, records[records.count - 1].spellDate == nil {
                records[records.count - 1].spellDate = try spellDate(at: offset, &xml)
            }
        default: break
        }
    }

    mutating func readMeta(_ xml: inout XMLReader) throws {
        let depth = xml.openElements.count
        while xml.openElements.count >= depth {
            guard case .start(let name, _) = try xml.next() else { continue }
            let key = name.xmlLocalName
            let text = try xml.readElementText()
            if GEXFFormat.metaKeys.contains(key) { dataset.metadata[key] = .string(text) }
        }
    }

    mutating func startGraph(at offset: Int, _ xml: inout XMLReader) throws {
        let edgeType = xml.attribute("defaultedgetype") ?? "undirected"
        guard ["directed", "undirected", "mutual"].contains(edgeType) else {
            throw xml.error(at: offset, "defaultedgetype is \"\(edgeType.abbreviated())\": expected directed, undirected or mutual")
        }
        directedByDefault = edgeType == "directed"
        timeFormatDeclared = xml.attribute("timeformat") != nil
        let timeFormat = xml.attribute("timeformat") ?? "date"
        datedSpells = timeFormat == "date" || timeFormat == "dateTime" || timeFormat == "datetime"
    }

    mutating func readAttributes(at offset: Int, _ xml: inout XMLReader) throws {
        let domain = xml.attribute("class") ?? "node"
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

    mutating func startEdge(at offset: Int, _ xml: inout XMLReader) throws {
        guard let from = xml.attribute("source"), let to = xml.attribute("target") else {
            let missing = xml.attribute("source") == nil ? "source" : "target"
            throw xml.error(at: offset, "<edge> has no \(missing) attribute: expected <edge source=\"...\" target=\"...\">")
        }
        var directed = directedByDefault
        if let type = xml.attribute("type") {
            guard ["directed", "undirected", "mutual"].contains(type) else {
                throw xml.error(at: offset, "edge type is \"\(type.abbreviated())\": expected directed, undirected or mutual")
            }
            directed = type == "directed"
        }
        var record = PendingRecord(kind: .edge, directed: directed)
        if let text = xml.attribute("weight") {
            guard let weight = RecordFields.parse(text, as: .double) else {
                throw xml.error(at: offset, "edge weight \"\(text.abbreviated())\" is not a number")
            }
            record.values["weight"] = weight
        }
        if let kind = xml.attribute("kind") { record.fallbackKind = kind }
        if let label = xml.attribute("label") { record.values["label"] = .string(label) }
        if xml.attribute("start") != nil { record.spellDate = try spellDate(at: offset, &xml) }
        let id = xml.attribute("id") ?? "e\(dataset.agreements.count)"
        dataset.agreements.append(Agreement(id: id, from: from, to: to, directed: directed))
        dataset.agreementOrigins.append(xml.location(at: offset))
        record.index = dataset.agreements.count - 1
        records.append(record)
    }

    /// The date of the `start` attribute of the current element, when spells hold dates:
    /// `YYYY` keeps year precision, `YYYY-MM` month, a full date or date-time day precision.
    func spellDate(at offset: Int, _ xml: inout XMLReader) throws -> PartialDate? {
        guard datedSpells, let start = xml.attribute("start") else { return nil }
        let text = start.trimmingWhitespace()
        let datePart = text.count > 10 && text.dropFirst(10).first == "T" ? String(text.prefix(10)) : text
        guard let date = RecordFields.date(datePart) else {
            if !timeFormatDeclared && Double(text) != nil { return nil }
            throw xml.error(at: offset, "start \"\(text.abbreviated())\" is not a date: expected YYYY-MM-DD (or YYYY, YYYY-MM) as timeformat=\"date\" says")
        }
        return date
    }

    mutating func readAttvalue(at offset: Int, _ xml: inout XMLReader) throws {
        guard let last = records.indices.last, records[last].kind != .graph else { return }
        let domain = records[last].kind.rawValue
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
        // A dynamic attribute has one attvalue per spell; the first is kept.
        if records[last].attvalueNames.insert(column.name).inserted {
            records[last].values[column.name] = value
        }
    }

    /// Builds the node or edge whose element ends, with defaults where attvalues are missing.
    mutating func finish(_ name: String) {
        guard name == "node" || name == "edge", let record = records.popLast() else { return }
        var values = record.values
        for column in (columns[name] ?? [:]).values where values[column.name] == nil {
            if let value = column.defaultValue { values[column.name] = value }
        }
        if name == "node" {
            dataset.nodes[record.index] = RecordFields.node(id: dataset.nodes[record.index].id, values: values)
        } else {
            if values["kind"] == nil, let kind = record.fallbackKind { values["kind"] = .string(kind) }
            if values["date"] == nil, let date = record.spellDate { values["date"] = .string(date.description) }
            let edge = dataset.agreements[record.index]
            dataset.agreements[record.index] = RecordFields.agreement(
                id: edge.id, from: edge.from, to: edge.to, directed: record.directed, values: values,
                at: dataset.origin(ofAgreement: record.index) ?? SourceLocation(file: ""), findings: &dataset.readingFindings)
        }
    }
}

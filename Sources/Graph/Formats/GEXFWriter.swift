import Foundation

/// Writes GEXF 1.2draft or 1.3 (see `GEXFFormat` for the mapping).
struct GEXFWriter {
    let dataset: Dataset
    let version: GEXFVersion
    /// Computed once: every edge asks (a scan per edge would make writing quadratic).
    let directedGraph: Bool
    let mixed: Bool

    init(dataset: Dataset, version: GEXFVersion) {
        self.dataset = dataset
        self.version = version
        directedGraph = dataset.hasDirectedAgreements
        mixed = dataset.mixesDirections
    }

    typealias Column = (id: String, name: String, type: AttributeType)

    /// Where one node's or edge's values go: `<attvalue>`s, the `start`/`end` XML
    /// attributes, `<spells>`, and `viz:` elements.
    struct Placement {
        var attvalues: [String: AttributeValue]
        var start: String?
        var end: String?
        var spells: [GEXFSpell] = []
        var visual: [String: AttributeValue] = [:]
    }


    func write() -> String {
        var xml = XMLWriter()
        let extra = extensionMetadata()
        let needsExtension = mixed || !extra.isEmpty || !dataset.sources.isEmpty
        xml.start("gexf", [
            "xmlns": version.namespace,
            "xmlns:viz": version.vizNamespace,
            "xmlns:twinning": needsExtension ? GEXFFormat.twinningNamespace : nil,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": version.namespace + " " + version.namespace + "/gexf.xsd",
            "version": version.number,
        ])
        writeMeta(extra, &xml)
        let nodeColumns = columnTypes(nodes: true)
        let edgeColumns = columnTypes(nodes: false)
        xml.start("graph", [
            "mode": nodeColumns.dynamic || edgeColumns.dynamic ? "dynamic" : "static",
            "defaultedgetype": directedGraph ? "directed" : "undirected",
            "timeformat": nodeColumns.dynamic || edgeColumns.dynamic ? "date" : nil,
        ])
        let declaredNodes = declare(nodeColumns.columns, class: "node", &xml)
        let declaredEdges = declare(edgeColumns.columns, class: "edge", &xml)
        xml.start("nodes")
        for node in dataset.nodes {
            let place = placement(of: node)
            xml.start("node", ["id": node.id, "label": node.label, "start": place.start, "end": place.end])
            writeBody(place, columns: declaredNodes, &xml)
            xml.end()
        }
        xml.end()
        xml.start("edges")
        for agreement in dataset.agreements {
            let place = placement(of: agreement)
            xml.start("edge", [
                "id": agreement.id, "source": agreement.from, "target": agreement.to,
                "twinning:type": mixed && !agreement.directed ? "undirected" : nil,
                "weight": agreement.weightValue?.description,
                "start": place.start, "end": place.end,
            ])
            writeBody(place, columns: declaredEdges, &xml)
            xml.end()
        }
        xml.end()
        xml.end()
        xml.end()
        return xml.text
    }

    // MARK: Placement

    func placement(of node: Node) -> Placement {
        var values = RecordFields.values(of: node)
        values["label"] = nil
        let date = values["date"].flatMap { PartialDate($0.description) }
        let end = values["end_date"].flatMap { PartialDate($0.description) }
        var place = Placement(attvalues: values, start: date?.earliestISODay, end: end.map(GEXFSpell.latestISODay))
        takeSpells(&place)
        takeVisuals(&place, names: GEXFVisual.nodeNames)
        return place
    }

    func placement(of agreement: Agreement) -> Placement {
        var values = RecordFields.values(of: agreement)
        values["weight"] = nil
        if !mixed { values["directed"] = nil }
        var place = Placement(attvalues: values, start: agreement.date?.earliestISODay,
                              end: agreement.endDate.map(GEXFSpell.latestISODay))
        takeSpells(&place)
        takeVisuals(&place, names: GEXFVisual.edgeNames)
        return place
    }

    /// A `spells` text that is a list of spells becomes `<spells>` instead of an attvalue.
    func takeSpells(_ place: inout Placement) {
        guard case .string(let text)? = place.attvalues["spells"], let spells = GEXFSpell.list(text) else { return }
        place.spells = spells
        place.attvalues["spells"] = nil
    }

    /// The visual attributes that viz elements can hold leave the attvalues.
    func takeVisuals(_ place: inout Placement, names: Set<String>) {
        var values = place.attvalues
        func move(_ name: String) {
            place.visual[name] = values[name]
            values[name] = nil
        }
        if names.contains("x"), GEXFVisual.number(values["x"]) != nil, GEXFVisual.number(values["y"]) != nil {
            move("x"); move("y")
            if GEXFVisual.number(values["z"]) != nil { move("z") }
        }
        for name in ["size", "thickness"] where names.contains(name) && GEXFVisual.number(values[name], nonNegative: true) != nil {
            move(name)
        }
        if case .string(let color)? = values["color"], GEXFVisual.channels(color) != nil { move("color") }
        if case .string(let shape)? = values["shape"], isShape(shape, ofNode: names.contains("x")) { move("shape") }
        place.attvalues = values
    }

    func isShape(_ shape: String, ofNode: Bool) -> Bool {
        if ofNode { return ["disc", "square", "triangle", "diamond"].contains(shape) || shape.contains("://") }
        return ["solid", "dotted", "dashed", "double"].contains(shape)
    }

    // MARK: Columns

    /// The declared columns of nodes or edges: the fields in use, then the free attributes in
    /// use, each with its unified type; and whether anything is dated.
    func columnTypes(nodes: Bool) -> (columns: [(name: String, type: AttributeType)], dynamic: Bool) {
        var used = Set<String>()
        var dynamic = false
        func note(_ place: Placement) {
            used.formUnion(place.attvalues.keys)
            if place.start != nil || place.end != nil || !place.spells.isEmpty { dynamic = true }
        }
        if nodes { dataset.nodes.forEach { note(placement(of: $0)) } } else { dataset.agreements.forEach { note(placement(of: $0)) } }
        let fields = nodes ? RecordFields.node : RecordFields.agreement
        let attributes = (nodes ? dataset.nodeAttributeTypes : dataset.agreementAttributeTypes).filter { used.contains($0.key) }
        return (RecordFields.columns(fields: fields, used: used, attributes: attributes), dynamic)
    }

    /// Declares the columns as `<attribute>`s; an id is the name where that is a valid XML name.
    func declare(_ columns: [(name: String, type: AttributeType)], class domain: String,
                 _ xml: inout XMLWriter) -> [Column] {
        guard !columns.isEmpty else { return [] }
        var taken = Set(columns.map(\.name).filter(GEXFWriter.isValidID))
        xml.start("attributes", ["class": domain, "mode": "static"])
        let declared = columns.map { column -> Column in
            var id = column.name
            if !GEXFWriter.isValidID(id) {
                var n = 0
                repeat { id = "a\(n)"; n += 1 } while taken.contains(id)
                taken.insert(id)
            }
            xml.element("attribute", ["id": id, "title": column.name, "type": column.type.xmlTypeName])
            return (id, column.name, column.type)
        }
        xml.end()
        return declared
    }

    // MARK: Elements

    func writeBody(_ place: Placement, columns: [Column], _ xml: inout XMLWriter) {
        let present = columns.filter { place.attvalues[$0.name] != nil }
        if !present.isEmpty {
            xml.start("attvalues")
            for column in present {
                xml.element("attvalue", ["for": column.id, "value": place.attvalues[column.name]!.columnText(as: column.type)])
            }
            xml.end()
        }
        if !place.spells.isEmpty {
            xml.start("spells")
            for spell in place.spells {
                xml.element("spell", ["start": spell.start.map { GEXFSpell.fullDay($0, asEnd: false) },
                                      "end": spell.end.map { GEXFSpell.fullDay($0, asEnd: true) }])
            }
            xml.end()
        }
        writeVisuals(place.visual, &xml)
    }

    func writeVisuals(_ visual: [String: AttributeValue], _ xml: inout XMLWriter) {
        func text(_ name: String) -> String? { visual[name]?.numericValue.map(AttributeValue.format) }
        if case .string(let color)? = visual["color"], let c = GEXFVisual.channels(color) {
            xml.element("viz:color", ["r": String(c.r), "g": String(c.g), "b": String(c.b),
                                      "a": c.a.flatMap { $0 < 255 ? AttributeValue.format(Double($0) / 255) : nil }])
        }
        if visual["x"] != nil { xml.element("viz:position", ["x": text("x"), "y": text("y"), "z": text("z")]) }
        if visual["size"] != nil { xml.element("viz:size", ["value": text("size")]) }
        if visual["thickness"] != nil { xml.element("viz:thickness", ["value": text("thickness")]) }
        if case .string(let shape)? = visual["shape"] {
            let isImage = shape.contains("://")
            xml.element("viz:shape", ["value": isImage ? "image" : shape, "uri": isImage ? shape : nil])
        }
    }

    // MARK: Meta

    /// The metadata that standard `<meta>` children cannot hold.
    func extensionMetadata() -> [(key: String, value: AttributeValue)] {
        dataset.metadata.filter { key, value in
            if case .string = value, GEXFFormat.metaKeys.contains(key) { return false }
            if key == "lastmodifieddate", case .string(let text) = value, GEXFWriter.isDay(text) { return false }
            return true
        }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Writes `<meta>` from the dataset's own metadata and sources only (no invented creator
    /// or date, so a round trip is equal); nothing when there is none, as `<meta>` is optional.
    func writeMeta(_ extra: [(key: String, value: AttributeValue)], _ xml: inout XMLWriter) {
        func text(_ key: String) -> String? {
            if case .string(let text)? = dataset.metadata[key] { return text }
            return nil
        }
        let modified = text("lastmodifieddate").flatMap { GEXFWriter.isDay($0) ? $0 : nil }
        let children = GEXFFormat.metaKeys.compactMap { key in text(key).map { (key, $0) } }
        guard modified != nil || !children.isEmpty || !extra.isEmpty || !dataset.sources.isEmpty else { return }
        xml.start("meta", ["lastmodifieddate": modified])
        for (key, value) in children { xml.element(key, content: value) }
        for (key, value) in extra {
            xml.element("twinning:metadata", ["key": key, "type": value.type.xmlTypeName], content: value.description)
        }
        if !dataset.sources.isEmpty {
            xml.element("twinning:sources", content: SourceRecordsJSON.encode(dataset.sources))
        }
        xml.end()
    }

    /// A full `YYYY-MM-DD` date, as `lastmodifieddate` must be.
    static func isDay(_ text: String) -> Bool {
        PartialDate(text)?.precision == .day
    }

    /// A letter or `_`, then letters, digits, `_ - .`: safe as an XML id and a Gephi column id.
    static func isValidID(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII,
              first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0))
        }
    }
}

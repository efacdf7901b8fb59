import Foundation

/// GEXF (https://gexf.net), Gephi's format: version 1.3 by default, 1.2draft on request;
/// 1.1, 1.2draft and 1.3 are read.
///
/// What it carries: nodes and agreements losslessly. A node's label is the `label` XML
/// attribute, its other fields (`type`, `country`, `within`, `aliases`) and free attributes are
/// `<attvalue>`s of declared `<attribute>`s (id = the name where it is a valid XML name). An
/// agreement's weight is the `weight` XML attribute, its direction the per-edge
/// `type="directed"` under `defaultedgetype="undirected"` (or `defaultedgetype="directed"` when
/// every agreement is), its other fields and free attributes `<attvalue>`s.
///
/// Dates: when any agreement has one, the graph is `mode="dynamic" timeformat="date"` and each
/// dated edge gets `start` = the first day its date may denote (a spell, which Gephi's timeline
/// uses); the exact partial date stays in the `date` attvalue, so nothing is padded. Reading
/// prefers that attvalue, else derives the date from `start` (a bare year keeps year
/// precision, a month month precision).
///
/// What it does not carry: GEXF has no place for typed dataset metadata or for sources. Only
/// the metadata keys `creator`, `description` and `keywords` become `<meta>` children (read
/// back as metadata); the sources are not written. GraphML and JSON carry everything.
///
/// networkx reads what is written here unless a dataset mixes directed and undirected
/// agreements: networkx has no mixed graphs and refuses per-edge `type="directed"` in an
/// undirected graph, while Gephi reads such files.
public enum GEXFFormat {
    public static func read(_ bytes: [UInt8], file: String) throws -> Dataset {
        try XMLReader.read(bytes, file: file) { xml in
            var reader = GEXFReader()
            try reader.readDocument(&xml)
            return reader.dataset
        }
    }

    public static func write(_ dataset: Dataset, version: GEXFVersion = .v1_3) -> String {
        GEXFWriter(dataset: dataset, version: version).write()
    }

    static let metaKeys = ["creator", "description", "keywords"]

    /// The types of GEXF 1.1 to 1.3; lists, dates and URIs are kept as text.
    static func type(named name: String) -> AttributeType? {
        switch name.lowercased() {
        case "integer", "long", "short", "byte": return .integer
        case "float", "double", "bigdecimal": return .double
        case "boolean": return .boolean
        case "string", "liststring", "anyuri", "char", "biginteger", "date", "listinteger", "listlong",
             "listfloat", "listdouble", "listboolean", "listbyte", "listshort", "listchar", "listbigdecimal",
             "listbiginteger", "listdate", "listanyuri":
            return .string
        default: return nil
        }
    }
}

/// The GEXF versions this project writes.
public enum GEXFVersion: String, Sendable, CaseIterable {
    case v1_2draft = "1.2draft"
    case v1_3 = "1.3"

    public var namespace: String {
        switch self {
        case .v1_2draft: return "http://www.gexf.net/1.2draft"
        case .v1_3: return "http://gexf.net/1.3"
        }
    }

    /// The value of the root's `version` attribute.
    public var number: String { self == .v1_3 ? "1.3" : "1.2" }
}

struct GEXFWriter {
    let dataset: Dataset
    let version: GEXFVersion

    typealias Column = (id: String, name: String, type: AttributeType)

    func write() -> String {
        var xml = XMLWriter()
        xml.start("gexf", [
            "xmlns": version.namespace,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": version.namespace + " " + version.namespace + "/gexf.xsd",
            "version": version.number,
        ])
        writeMeta(&xml)
        let directedGraph = dataset.isDirected
        let dynamic = dataset.agreements.contains { $0.date != nil }
        xml.start("graph", [
            "mode": dynamic ? "dynamic" : "static",
            "defaultedgetype": directedGraph ? "directed" : "undirected",
            "timeformat": dynamic ? "date" : nil,
        ])
        let nodeColumns = declare(nodeColumnTypes(), class: "node", &xml)
        let edgeColumns = declare(edgeColumnTypes(), class: "edge", &xml)
        xml.start("nodes")
        for node in dataset.nodes {
            xml.start("node", ["id": node.id, "label": node.label])
            writeValues(RecordFields.values(of: node), columns: nodeColumns, &xml)
            xml.end()
        }
        xml.end()
        xml.start("edges")
        for agreement in dataset.agreements {
            xml.start("edge", [
                "id": agreement.id, "source": agreement.from, "target": agreement.to,
                "type": agreement.directed && !directedGraph ? "directed" : nil,
                "weight": agreement.weight.map(AttributeValue.format),
                "start": agreement.date?.earliestISODay,
            ])
            writeValues(RecordFields.values(of: agreement), columns: edgeColumns, &xml)
            xml.end()
        }
        xml.end()
        xml.end()
        xml.end()
        return xml.text
    }

    func writeMeta(_ xml: inout XMLWriter) {
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                formatOptions: [.withFullDate])
        xml.start("meta", ["lastmodifieddate": today])
        xml.element("creator", content: dataset.metadata["creator"]?.description ?? "Twinning")
        for key in GEXFFormat.metaKeys.dropFirst() {
            if let value = dataset.metadata[key] { xml.element(key, content: value.description) }
        }
        xml.end()
    }

    func nodeColumnTypes() -> [(name: String, type: AttributeType)] {
        var used = Set<String>()
        for node in dataset.nodes {
            if node.type != nil { used.insert("type") }
            if node.country != nil { used.insert("country") }
            if node.within != nil { used.insert("within") }
            if !node.aliases.isEmpty { used.insert("aliases") }
        }
        return RecordFields.columns(fields: RecordFields.node, used: used, attributes: dataset.nodeAttributeTypes)
    }

    /// The agreement fields in attvalues: all but `directed` and `weight`, which are XML attributes.
    func edgeColumnTypes() -> [(name: String, type: AttributeType)] {
        var used = Set<String>()
        for agreement in dataset.agreements {
            for (name, _) in RecordFields.values(of: agreement) where name != "directed" && name != "weight" {
                used.insert(name)
            }
        }
        return RecordFields.columns(fields: RecordFields.agreement, used: used, attributes: dataset.agreementAttributeTypes)
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

    func writeValues(_ values: [String: AttributeValue], columns: [Column], _ xml: inout XMLWriter) {
        let present = columns.filter { values[$0.name] != nil }
        guard !present.isEmpty else { return }
        xml.start("attvalues")
        for column in present {
            xml.element("attvalue", ["for": column.id, "value": values[column.name]!.columnText(as: column.type)])
        }
        xml.end()
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

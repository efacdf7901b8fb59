import Foundation

/// GEXF (https://gexf.net), Gephi's format: version 1.3 by default, 1.2draft on request;
/// 1.1, 1.2draft and 1.3 are read (Gephi's `http://www.gexf.net/1.3` namespace too).
///
/// Records: a node's label is the `label` XML attribute, an agreement's weight the `weight`
/// XML attribute (an integer weight is written without a fraction, `weight="2"`, and a weight
/// written so reads back as an integer; `2.0` stays a double). Every other field (`type`,
/// `country`, `within`, `aliases`; `kind`, `date`, `end_date`, `status`, provenance) and the
/// free attributes are `<attvalue>`s of declared `<attribute>`s with their types (`long`,
/// `double`, `boolean`, `string`; id = the name where it is a valid XML name).
///
/// Direction (a mixed graph that Gephi and networkx both read, with every directed agreement
/// in from → to order): a dataset with any directed agreement is `defaultedgetype="directed"`.
/// In a mixed one, every edge has a boolean `directed` attvalue, and each undirected agreement
/// also carries `twinning:type="undirected"` (namespace `GEXFFormat.twinningNamespace`). Why:
/// networkx builds a MultiDiGraph from `defaultedgetype="directed"` and raises on a plain
/// `type="undirected"` edge (and on `type="directed"` in an undirected graph), and turns
/// `type="mutual"` into two edges; Gephi 0.9–0.10 reads a per-edge `type` only as `directed`
/// or `undirected` (`mutual` is a severe import issue and keeps the default), but matches
/// attribute names by local name, so it reads `twinning:type` as the edge's type while
/// networkx ignores it. So Gephi shows a mixed graph, networkx a MultiDiGraph whose
/// undirected agreements say `directed=False`, and both keep endpoint order. The price: the
/// GEXF schema declares no foreign attributes, so a mixed graph's file does not validate.
/// Reading, a per-edge `type` (plain or prefixed) overrides the default, and a `directed`
/// attvalue overrides both; `mutual` reads as undirected.
///
/// Time: the graph is `mode="dynamic" timeformat="date"` when anything is dated. An edge's
/// `start` is the first day its `date` may denote and `end` the last day its `end_date` may
/// denote; the exact partial dates stay in the `date`/`end_date` attvalues, which reading
/// prefers (without them, `start`/`end` give the dates, a bare year keeping year precision).
/// Nodes do the same with free attributes `date` and `end_date`. Several spells are kept in a
/// string attribute `spells` ("start/end" per spell, `;` between spells, an open side left
/// empty: `2001-01-01/2003-12-31;2010-01-01/`), written back as `<spells>`; the first spell
/// also gives `date` and `end_date`. Numeric times (timeformat double/integer) are not kept
/// (a warning says so); a dynamic attribute keeps its first value (a warning says so).
///
/// Gephi visuals: `viz:position` (x, y, z), `viz:size`, `viz:color`, `viz:shape` of a node
/// and `viz:color`, `viz:thickness`, `viz:shape` of an edge are the attributes `x`, `y`, `z`,
/// `size` (doubles), `color` (`#rrggbb`, or `#rrggbbaa` when alpha < 1; written as r g b [a],
/// since networkx cannot read `hex`), `thickness` (double) and `shape` (an image shape is its
/// URI, as in networkx). A value viz cannot hold (x without y, a colour name) stays an attvalue.
///
/// Dataset level: `<meta>` holds the metadata `creator`, `description`, `keywords` and
/// `lastmodifieddate` (a full date), which read back as metadata; only those the dataset has
/// are written (none is invented), and a dataset without metadata or sources has no `<meta>`. The other metadata
/// (`<twinning:metadata key=".." type="..">value</…>`, one per key) and the sources
/// (`<twinning:sources>`, a JSON array as in GraphML) are children of `<meta>`, which Gephi
/// and networkx skip; the schema has no place for them (`<attributes class="graph">` is
/// outside the schema, a severe issue in Gephi and an error in networkx), so such a file does
/// not validate either. Hierarchy: a `pid` or a node nested in another reads as `within`;
/// `<parents>` as a `parents` attribute (ids joined by `;`). Anything else the reader meets
/// and cannot keep is a warning finding with its place.
public enum GEXFFormat {
    /// The namespace of this project's additions: the direction of undirected agreements in
    /// mixed graphs, and metadata and sources inside `<meta>`.
    public static let twinningNamespace = "urn:twinning:gexf"

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

    /// The metadata keys that are standard `<meta>` children.
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

    /// The namespace of the `viz:` elements (networkx looks for exactly these).
    public var vizNamespace: String { namespace + "/viz" }

    /// The value of the root's `version` attribute.
    public var number: String { self == .v1_3 ? "1.3" : "1.2" }
}

/// Gephi's visual attributes as the project-wide node and edge attributes.
enum GEXFVisual {
    static let nodeNames: Set<String> = ["x", "y", "z", "size", "color", "shape"]
    static let edgeNames: Set<String> = ["color", "thickness", "shape"]

    /// The channels of `#rrggbb` or `#rrggbbaa` (any case); nil for any other text.
    static func channels(_ text: String) -> (r: Int, g: Int, b: Int, a: Int?)? {
        let digits = Array(text.hasPrefix("#") ? text.dropFirst() : Substring(text))
        // Int(_:radix:) alone would take a sign ("#-f0000" as r = -15): hex digits only.
        guard digits.count == 6 || digits.count == 8, digits.allSatisfy(\.isHexDigit) else { return nil }
        var values: [Int] = []
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let value = Int(String(digits[i...i + 1]), radix: 16) else { return nil }
            values.append(value)
        }
        return (values[0], values[1], values[2], values.count == 4 ? values[3] : nil)
    }

    /// `#rrggbb`, or `#rrggbbaa` when the alpha byte is below 255.
    static func color(r: Int, g: Int, b: Int, alpha: Int) -> String {
        let bytes = alpha < 255 ? [r, g, b, alpha] : [r, g, b]
        return "#" + bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// A finite, non-negative number (GEXF sizes and thicknesses), or any finite number.
    static func number(_ value: AttributeValue?, nonNegative: Bool = false) -> Double? {
        guard let value, value.type == .double || value.type == .integer, let d = value.numericValue,
              d.isFinite, !nonNegative || d >= 0 else { return nil }
        return d
    }
}

/// One interval of a node or edge (`<spell start=".." end=".."/>`), either side open.
struct GEXFSpell: Equatable {
    var start: String?
    var end: String?

    /// The spells of a `spells` attribute ("start/end;start/end"), each side a date or a
    /// date-time; nil when the text is not such a list.
    static func list(_ text: String) -> [GEXFSpell]? {
        let spells = text.split(separator: ";", omittingEmptySubsequences: false).map { item -> GEXFSpell? in
            let sides = item.split(separator: "/", omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace()
            }
            guard sides.count == 2, sides.allSatisfy({ $0.isEmpty || GEXFSpell.date($0) != nil }),
                  sides.contains(where: { !$0.isEmpty }) else { return nil }
            return GEXFSpell(start: sides[0].isEmpty ? nil : sides[0], end: sides[1].isEmpty ? nil : sides[1])
        }
        guard !spells.isEmpty, spells.allSatisfy({ $0 != nil }) else { return nil }
        return spells.map { $0! }
    }

    static func text(_ spells: [GEXFSpell]) -> String {
        spells.map { ($0.start ?? "") + "/" + ($0.end ?? "") }.joined(separator: ";")
    }

    /// The date of a time text: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time (its day).
    static func date(_ text: String) -> PartialDate? {
        let datePart = text.count > 10 && text.dropFirst(10).first == "T" ? String(text.prefix(10)) : text
        return RecordFields.date(datePart)
    }

    /// A time as GEXF's `date` timeformat needs it: a full day (the first a partial start
    /// may denote, the last a partial end may), a date-time as written.
    static func fullDay(_ text: String, asEnd: Bool) -> String {
        guard let date = PartialDate(text) else { return text }
        return asEnd ? GEXFSpell.latestISODay(date) : date.earliestISODay
    }

    static func latestISODay(_ date: PartialDate) -> String {
        let (y, m, d) = date.latestDay
        return String(y).leftPadded(to: 4) + "-" + String(m).leftPadded(to: 2) + "-" + String(d).leftPadded(to: 2)
    }
}

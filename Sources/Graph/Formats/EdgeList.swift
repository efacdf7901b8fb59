/// Edge lists: one agreement per line, no node list (every endpoint becomes a node).
///
/// Three spellings, each in its own file:
/// - `.edgelist`, `.edges`, `.txt`: networkx's `read_edgelist`/`write_edgelist` format,
///   `u v {'weight': 2, 'kind': 'twinning'}` (`NetworkxEdgeList`).
/// - `.csv`, `.tsv`: a table with an optional header row naming the columns, as pandas, R and
///   spreadsheets write it (`EdgeTable`); Gephi's edges table is one (`GephiTables`).
/// - A nodes table or names file given with `--names` adds the node list (`NodeTable`).
///
/// Conventions shared by all three:
/// - An agreement without an id gets `e` and its 0-based position among the agreements read
///   (`Agreement.defaultID`); writers leave out an id that reads back the same way.
/// - An unparseable reserved value (a bad date, a weight `heavy`) is a located error finding.
/// - A cell or value without a declared type is typed by `inferred`: a whole number is an
///   integer, a decimal number (or `inf`, `nan`) a double, `true`/`True`/`TRUE` and
///   `false`/`False`/`FALSE` booleans, anything else text — per value, as pandas and R guess a
///   column's type. Writers declare a column's type (`name:type`) only where that guess would
///   read a value back as another type.
public enum EdgeList {
    public enum Delimiter: Sendable {
        case comma, tab, whitespace

        var byte: UInt8 {
            switch self {
            case .comma: return UInt8(ascii: ",")
            case .tab, .whitespace: return UInt8(ascii: "\t")
            }
        }
    }

    /// Reads an edge list: networkx's format for `.whitespace`, a table otherwise. `nodes` is
    /// an optional nodes table or names file (`NodeTable.read`).
    public static func read(_ bytes: [UInt8], file: String, delimiter: Delimiter,
                            nodes: NodeTable? = nil) throws -> Dataset {
        var dataset = delimiter == .whitespace
            ? try NetworkxEdgeList.read(bytes, file: file)
            : try EdgeTable.read(bytes, file: file, delimiter: delimiter)
        if let nodes { nodes.apply(to: &dataset) } else { dataset.addMissingEndpoints() }
        return dataset
    }

    /// The text of `dataset` as an edge list (networkx's format for `.whitespace`). Throws when
    /// a node id cannot be written in networkx's format (see `NetworkxEdgeList.write`).
    public static func write(_ dataset: Dataset, delimiter: Delimiter, file: String = "-") throws -> String {
        try refuseEmpty(dataset, file: file)
        switch delimiter {
        case .whitespace: return try NetworkxEdgeList.write(dataset, file: file)
        case .comma:
            try EdgeTable.check(dataset, file: file)
            return EdgeTable.write(dataset, delimiter: ",", style: .plain)
        case .tab:
            try EdgeTable.check(dataset, file: file)
            return EdgeTable.write(dataset, delimiter: "\t", style: .plain)
        }
    }

    /// An edge list is its agreements: one without any reads back as no graph at all (every
    /// reader refuses an empty edge list), so it is not written.
    static func refuseEmpty(_ dataset: Dataset, file: String) throws {
        guard dataset.agreements.isEmpty else { return }
        throw OutputError(SourceLocation(file: file), "expected at least one agreement for an edge list, found a dataset of \(dataset.nodes.count) actor\(dataset.nodes.count == 1 ? "" : "s") and no agreement; write a dataset folder, GraphML or JSON instead")
    }

    /// The type a text cell or value has when nothing declares it (see the type doc above).
    static func inferred(_ text: String) -> AttributeValue {
        if let i = Int(text) { return .integer(i) }
        switch text {
        case "true", "True", "TRUE": return .boolean(true)
        case "false", "False", "FALSE": return .boolean(false)
        case "inf", "+inf", "Inf", "infinity", "Infinity": return .double(.infinity)
        case "-inf", "-Inf", "-infinity", "-Infinity": return .double(-.infinity)
        case "nan", "NaN": return .double(.nan)
        default: break
        }
        if text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
           text.utf8.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || "+-.eE".utf8.contains($0) }),
           let d = Double(text) {
            return .double(d)
        }
        return .string(text)
    }

    /// A whole number as a double; any other value as it is. Inference types a column as a
    /// whole, as pandas and R do: where an undeclared column (or the weight) holds both whole
    /// and decimal numbers (`mixesIntegersAndDoubles`), its whole numbers are widened, so
    /// `1, 2.5` is a column of doubles and not a mix that GraphML could only write as two keys
    /// of one name (which igraph refuses).
    static func widened(_ value: AttributeValue) -> AttributeValue {
        if case .integer(let i) = value { return .double(Double(i)) }
        return value
    }

    /// True when `inferred` reads every value's text back as the same value (and the column
    /// does not mix whole and decimal numbers, which reading would widen).
    static func inferenceKeeps<S: Sequence>(_ values: S) -> Bool where S.Element == AttributeValue {
        if values.mixesIntegersAndDoubles { return false }
        return values.allSatisfy { value in
            let back = inferred(value.description)
            if case .double(let a) = value, case .double(let b) = back, a.isNaN && b.isNaN { return true }
            return back == value
        }
    }

    /// A header cell: `name:type` declares a free attribute's type; any other cell is a name.
    static func declared(_ cell: String) -> (name: String, type: AttributeType?) {
        if let colon = cell.lastIndex(of: ":"), let type = AttributeType(rawValue: String(cell[cell.index(after: colon)...])) {
            return (String(cell[..<colon]), type)
        }
        return (cell, nil)
    }

    /// The value of a cell in a column of `type` (inferred when undeclared); a cell that is not
    /// of its declared type is kept as text with an error finding at `location`.
    static func cellValue(_ text: String, type: AttributeType?, column name: String,
                          at location: SourceLocation, findings: inout [Finding]) -> AttributeValue {
        guard let type else { return inferred(text) }
        if let value = type.parse(text) { return value }
        findings.append(Finding(.error, location.field(name), "expected a value of type \(type.rawValue), found '\(text.abbreviated())'"))
        return .string(text)
    }

    /// The header cell for a free attribute column: the plain name when the reader would read
    /// it back as this attribute with these values, else `name:type`.
    static func attributeHeader(_ name: String, type: AttributeType, values: [AttributeValue],
                                reserved: (String) -> Bool) -> String {
        if !name.contains(":") && !reserved(name) && inferenceKeeps(values) { return name }
        return "\(name):\(type.rawValue)"
    }

    /// Moves the line's findings from `start` on to their column: `columns` maps the field
    /// name a finding names (its `element`) to its 1-based column.
    static func locate(_ findings: inout [Finding], from start: Int, columns: [String: Int]) {
        for k in start..<findings.count {
            if let name = findings[k].location.element, let column = columns[name] {
                findings[k].location.column = column
            }
        }
    }
}

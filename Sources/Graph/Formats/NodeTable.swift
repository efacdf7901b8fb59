/// The node list of an edge list, given with `--names FILE` (CSV when the file ends in `.csv`,
/// else TSV). Two forms:
/// - A names file without a header, `id<TAB>label` per line (as Wikidata dumps are): it labels
///   the endpoints and adds no node.
/// - A nodes table, whose first row is a header naming an `id` column (any case): Gephi's
///   `Id,Label,<attributes>`, Twinning's nodes.csv, any spreadsheet. Every row is a node, in
///   the table's order (isolated nodes included); endpoints it does not list follow in order
///   of appearance. `id`, `label`, `type`, `country`, `within`, `aliases` (any case) fill the
///   node's fields; any other column is a free attribute, typed as in `EdgeTable` (`name:type`
///   declares, else each cell is inferred). An empty cell means no value.
///
/// Written (`write`) as Gephi's nodes table: `Id,Label`, the other fields in use, then the free
/// attributes by name, declared only where inference would change a value.
public struct NodeTable: Sendable {
    /// Labels by id, for a names file without a header.
    var labels: [String: String] = [:]
    /// The nodes of a nodes table, with where each was read; nil for a names file.
    var nodes: [Node]?
    var origins: [SourceLocation] = []
    var findings: [Finding] = []

    static let fieldNames = NativeFolder.nodeColumns

    static func isReserved(_ name: String) -> Bool { fieldNames.contains(name.lowercased()) }

    // MARK: Reading

    public static func read(_ bytes: [UInt8], file: String, delimiter: EdgeList.Delimiter) throws -> NodeTable {
        let start = try InputFile.checkUTF8(bytes, file: file)
        var reader = CSVReader(bytes: bytes, file: file, delimiter: delimiter.byte, start: start)
        var table = NodeTable()
        guard try reader.next() else { return table }
        let cells = reader.fields.map { EdgeList.declared($0.trimmingWhitespace()) }
        guard cells.contains(where: { $0.type == nil && $0.name.lowercased() == "id" }) else {
            repeat {
                let location = SourceLocation(file: file, line: reader.recordLine)
                guard reader.fields.count == 2 else {
                    throw InputError(location, "expected an id and a label (or a header row naming an id column), found \(reader.fields.count) field\(reader.fields.count == 1 ? "" : "s")")
                }
                table.labels[reader.fields[0]] = reader.fields[1]
            } while try reader.next()
            return table
        }
        let columns = try header(cells, raw: reader.fields, reader: reader)
        var nodes: [Node] = []
        while try reader.next() {
            if let node = try table.row(reader, columns: columns) {
                nodes.append(node)
                table.origins.append(SourceLocation(file: file, line: reader.recordLine))
            }
        }
        // Undeclared columns mixing whole and decimal numbers are columns of doubles.
        for column in columns where !column.field && column.type == nil
            && nodes.lazy.compactMap({ $0.attributes[column.name] }).mixesIntegersAndDoubles {
            for k in nodes.indices {
                if let value = nodes[k].attributes[column.name] { nodes[k].attributes[column.name] = EdgeList.widened(value) }
            }
        }
        table.nodes = nodes
        return table
    }

    /// Each header cell as a reserved field name (lowercased) or a free attribute.
    private static func header(_ cells: [(name: String, type: AttributeType?)], raw: [String],
                               reader: CSVReader) throws -> [(name: String, field: Bool, type: AttributeType?)] {
        var columns: [(name: String, field: Bool, type: AttributeType?)] = []
        var seen: [String: Int] = [:]
        for (i, cell) in cells.enumerated() {
            let lower = cell.name.lowercased()
            let column = cell.type == nil && fieldNames.contains(lower) ? (lower, true, nil) : (cell.name, false, cell.type)
            let key = (column.1 ? "field " : "attribute ") + column.0
            if let earlier = seen[key] {
                throw InputError(SourceLocation(file: reader.file, line: reader.recordLine, column: reader.column(ofField: i)),
                                 "expected each column once, found '\(raw[earlier].trimmingWhitespace())' and '\(raw[i].trimmingWhitespace())' both naming \(column.1 ? "" : "the attribute ")'\(column.0)'")
            }
            seen[key] = i
            columns.append(column)
        }
        return columns
    }

    /// The node of the current row, nil (with an error finding) when its id is empty.
    private mutating func row(_ reader: CSVReader, columns: [(name: String, field: Bool, type: AttributeType?)]) throws -> Node? {
        let fields = reader.fields
        let location = SourceLocation(file: reader.file, line: reader.recordLine)
        guard fields.count == columns.count else {
            throw InputError(location, "expected \(columns.count) fields as in the header, found \(fields.count)")
        }
        var values = FieldValues(), attributes = Attributes(), id: String?
        for (k, column) in columns.enumerated() where !fields[k].isEmpty {
            if column.field {
                if column.name == "id" { id = fields[k] } else { values[column.name] = .string(fields[k]) }
            } else {
                var at = location
                at.column = reader.column(ofField: k)
                attributes[column.name] = EdgeList.cellValue(fields[k], type: column.type, column: column.name,
                                                             at: at, findings: &findings)
            }
        }
        guard let id else {
            let k = columns.firstIndex { $0.field && $0.name == "id" }!
            findings.append(Finding(.error, SourceLocation(file: reader.file, line: reader.recordLine, column: reader.column(ofField: k)),
                                    "expected a node id, found an empty cell"))
            return nil
        }
        var node = RecordFields.node(id: id, values: values)
        node.attributes.merge(attributes) { _, new in new }
        return node
    }

    /// Gives `dataset` (read from an edge list) its node list or labels.
    func apply(to dataset: inout Dataset) {
        if let nodes {
            dataset.nodes = nodes
            dataset.nodeOrigins = origins
        }
        dataset.addMissingEndpoints()
        if !labels.isEmpty {
            for i in dataset.nodes.indices { if let label = labels[dataset.nodes[i].id] { dataset.nodes[i].label = label } }
        }
        dataset.readingFindings += findings
    }

    // MARK: Writing

    /// Gephi's nodes table: `Id,Label,type,country,within,aliases` (those in use), attributes.
    static func write(_ dataset: Dataset, delimiter: Character = ",") -> String {
        let nodes = dataset.nodes
        var columns: [(header: String, cell: (Node) -> String)] = [("Id", { $0.id }), ("Label", { $0.label })]
        let fields: [(String, (Node) -> String?)] = [
            ("type", { $0.type?.rawValue }), ("country", { $0.country }), ("within", { $0.within }),
            ("aliases", { $0.aliases.isEmpty ? nil : $0.aliases.joined(separator: ";") }),
        ]
        for (name, text) in fields where nodes.contains(where: { text($0) != nil }) {
            columns.append((name, { text($0) ?? "" }))
        }
        for (name, type) in dataset.nodeAttributeTypes {
            let header = EdgeList.attributeHeader(name, type: type, values: nodes.compactMap { $0.attributes[name] },
                                                  reserved: isReserved)
            let declared = header != name
            columns.append((header, { node in
                guard let value = node.attributes[name] else { return "" }
                return declared ? value.columnText(as: type) : value.description
            }))
        }
        var csv = CSVWriter(delimiter: delimiter)
        csv.write(columns.map(\.header))
        for node in nodes { csv.write(columns.map { $0.cell(node) }) }
        return csv.text
    }
}

/// A CSV or TSV edge list as pandas, R, spreadsheets and Gephi write it: RFC 4180 records,
/// with an optional header row naming the columns.
///
/// Without a header each line is `source,target[,weight]`. A first row is a header when it
/// names an origin and a destination column (case-insensitive): `from`, `source`, `node1`,
/// `src` or `u`, and `to`, `target`, `node2`, `dst` or `v` (the first of each list present is
/// the endpoint; with `from` present, `source` is the provenance source). The other columns,
/// case-insensitive:
/// - `id` (Gephi's `Id`) the agreement id; `type` (Gephi's `Type`) `Directed`/`Undirected`;
///   `label` (Gephi's `Label`) a text attribute `label`;
/// - `kind`, `date`, `end_date`, `status`, `directed`, `weight`, `source` (also `source_id`),
///   `locator`, `quote`, `url` fill the agreement's fields; a value that does not parse is a
///   located error finding (`file:line:column`);
/// - any other column is a free attribute: `name:type` (`string`, `int`, `double`, `bool`)
///   declares its type (and always names a free attribute, even `type:string`; but a field's own
///   name — `kind:string`, `from:int` — is an error, as in the dataset folder); an undeclared
///   cell is typed by `EdgeList.inferred`. An empty cell means no value.
/// Values are not trimmed. A header with no data rows is an error.
///
/// Written (`write`): `from,to`, then `id` when some id is not the default, the fields in use
/// (`directed` on every row when some agreement is directed), `label`, then the free
/// attributes by name, each declared only where inference would change a value.
enum EdgeTable {
    /// What a header cell names.
    enum Column: Equatable {
        case from, to, id, direction
        /// A reserved agreement field, by its RecordFields name.
        case field(String)
        /// A free attribute, with its declared type (nil: inferred).
        case attribute(String, AttributeType?)
    }

    static let originNames = ["from", "source", "node1", "src", "u"]
    static let destinationNames = ["to", "target", "node2", "dst", "v"]
    static let fieldNames = Set(RecordFields.agreement.map(\.name))

    /// True when a column of this name (any case) would not be read as a free attribute.
    static func isReserved(_ name: String) -> Bool {
        let lower = name.lowercased()
        return originNames.contains(lower) || destinationNames.contains(lower) || fieldNames.contains(lower)
            || ["id", "type", "label", "source_id"].contains(lower)
    }

    // MARK: Reading

    static func read(_ bytes: [UInt8], file: String, delimiter: EdgeList.Delimiter) throws -> Dataset {
        let start = try InputFile.checkUTF8(bytes, file: file)
        var reader = CSVReader(bytes: bytes, file: file, delimiter: delimiter.byte, start: start)
        var dataset = Dataset()
        guard try reader.next() else {
            throw InputError(SourceLocation(file: file, line: 1), "expected edge lines (source and target), found no edge")
        }
        var findings: [Finding] = []
        if let columns = try header(reader.fields, file: file, line: reader.recordLine, columns: (0..<reader.fields.count).map(reader.column(ofField:))) {
            let headerLine = reader.recordLine
            while try reader.next() {
                try readRow(reader, columns: columns, into: &dataset, findings: &findings)
            }
            var inferred = Set<String>()
            for case .attribute(let name, nil) in columns { inferred.insert(name) }
            unifyNumbers(&dataset, inferredColumns: inferred)
            if dataset.agreements.isEmpty && findings.isEmpty {
                throw InputError(SourceLocation(file: file, line: headerLine + 1), "expected edge lines after the header, found none")
            }
        } else {
            // One agreement per line at most: reserve once instead of regrowing a large array.
            let lines = bytes.withUnsafeBufferPointer { $0.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } } + 1
            dataset.agreements.reserveCapacity(lines)
            dataset.agreementOrigins.reserveCapacity(lines)
            repeat {
                try readHeaderless(reader, into: &dataset, findings: &findings)
            } while try reader.next()
            unifyNumbers(&dataset, inferredColumns: [])
        }
        dataset.readingFindings = findings
        return dataset
    }

    /// Widens whole numbers to doubles in the weight and the undeclared columns that mix them
    /// with decimals (`mixesIntegersAndDoubles`).
    private static func unifyNumbers(_ dataset: inout Dataset, inferredColumns: Set<String>) {
        let agreements = dataset.agreements
        let mixing = inferredColumns.filter { name in agreements.lazy.compactMap { $0.attributes[name] }.mixesIntegersAndDoubles }
        let weightsMix = agreements.lazy.compactMap(\.weightValue).mixesIntegersAndDoubles
        guard weightsMix || !mixing.isEmpty else { return }
        for k in dataset.agreements.indices {
            if weightsMix { dataset.agreements[k].weightValue = dataset.agreements[k].weightValue.map(EdgeList.widened) }
            for name in mixing {
                if let value = dataset.agreements[k].attributes[name] { dataset.agreements[k].attributes[name] = EdgeList.widened(value) }
            }
        }
    }

    /// `source,target[,weight]`.
    private static func readHeaderless(_ reader: CSVReader, into dataset: inout Dataset, findings: inout [Finding]) throws {
        let fields = reader.fields
        let location = SourceLocation(file: reader.file, line: reader.recordLine)
        guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
            throw InputError(location, "expected at least two fields (source and target), found \(fields.count == 1 ? "'\(fields[0].abbreviated())'" : "\(fields.count) fields")")
        }
        guard fields.count <= 3 else {
            throw InputError(location, "expected source, target and an optional weight, found \(fields.count) fields; name the columns in a header row (from,to,…)")
        }
        let id = Agreement.defaultID(dataset.agreements.count)
        if fields.count == 3 && !fields[2].isEmpty {
            var values = FieldValues()
            values["weight"] = .string(fields[2])
            let before = findings.count
            dataset.agreements.append(RecordFields.agreement(id: id, from: fields[0], to: fields[1], directed: false,
                                                             values: values, at: location, findings: &findings))
            EdgeList.locate(&findings, from: before, columns: ["weight": reader.column(ofField: 2)])
        } else {
            dataset.agreements.append(Agreement(id: id, from: fields[0], to: fields[1]))
        }
        dataset.agreementOrigins.append(location)
    }

    /// The columns a first row names, or nil when it is data (names no origin and destination).
    static func header(_ cells: [String], file: String, line: Int, columns positions: [Int]) throws -> [Column]? {
        let names = cells.map { EdgeList.declared($0.trimmingWhitespace()) }
        func position(_ aliases: [String]) -> Int? {
            for alias in aliases {
                if let i = names.firstIndex(where: { $0.type == nil && $0.name.lowercased() == alias }) { return i }
            }
            return nil
        }
        guard let origin = position(originNames), let destination = position(destinationNames) else { return nil }
        var columns: [Column] = []
        var seen: [String: Int] = [:]
        for (i, cell) in names.enumerated() {
            // A typed cell names a free attribute, which must not take a field's own name.
            if cell.type != nil && undeclarable.contains(cell.name) {
                throw InputError(SourceLocation(file: file, line: line, column: positions[i]),
                                 "expected a free attribute name after which ':\(cell.type!.rawValue)' declares a type, found '\(cell.name)', a field with a fixed meaning that takes no type")
            }
            // A second column named like the origin or destination (`from,to,from`) is not an
            // attribute `from`: no writer could give it back. The header repeats a column.
            if i != origin && i != destination && cell.type == nil,
               let endpoint = [origin, destination].first(where: { names[$0].name.lowercased() == cell.name.lowercased() }) {
                throw InputError(SourceLocation(file: file, line: line, column: positions[i]),
                                 "expected each column once, found '\(cells[endpoint].trimmingWhitespace())' and '\(cells[i].trimmingWhitespace())' both naming \(endpoint == origin ? "the origin" : "the destination")")
            }
            let column = i == origin ? .from : i == destination ? .to : resolve(cell.name, declared: cell.type)
            let target: String
            switch column {
            case .from: target = "the origin"
            case .to: target = "the destination"
            case .id: target = "the id"
            case .direction, .field("directed"): target = "the direction"
            case .field(let name): target = name
            case .attribute(let name, _): target = "the attribute '\(name)'"
            }
            if let earlier = seen[target] {
                throw InputError(SourceLocation(file: file, line: line, column: positions[i]),
                                 "expected each column once, found '\(cells[earlier].trimmingWhitespace())' and '\(cells[i].trimmingWhitespace())' both naming \(target)")
            }
            seen[target] = i
            columns.append(column)
        }
        return columns
    }

    private static func resolve(_ name: String, declared: AttributeType?) -> Column {
        if let declared { return .attribute(name, declared) }
        let lower = name.lowercased()
        switch lower {
        case "id": return .id
        case "type": return .direction
        case "label": return .attribute("label", .string)
        case "source_id": return .field("source")
        default: return fieldNames.contains(lower) ? .field(lower) : .attribute(name, nil)
        }
    }

    private static func readRow(_ reader: CSVReader, columns: [Column], into dataset: inout Dataset,
                                findings: inout [Finding]) throws {
        let fields = reader.fields, file = reader.file
        let location = SourceLocation(file: file, line: reader.recordLine)
        guard fields.count == columns.count else {
            throw InputError(location, "expected \(columns.count) fields as in the header, found \(fields.count)")
        }
        var from: String?, to: String?, id: String?
        var values = FieldValues(), attributes = Attributes()
        // Which field came from which cell; turned into columns only when a value is refused.
        var fieldColumns: [(name: String, field: Int)] = []
        for (k, column) in columns.enumerated() where !fields[k].isEmpty {
            let text = fields[k]
            switch column {
            case .from: from = text
            case .to: to = text
            case .id: id = text
            case .direction:
                switch text.lowercased() {
                case "directed": values["directed"] = .boolean(true)
                case "undirected": values["directed"] = .boolean(false)
                default:
                    var at = location.field("Type")
                    at.column = reader.column(ofField: k)
                    findings.append(Finding(.error, at, "expected Type as Directed or Undirected, found '\(text.abbreviated())'"))
                }
            case .field(let name):
                values[name] = .string(text)
                fieldColumns.append((name, k))
            case .attribute(let name, let type):
                var at = location
                at.column = reader.column(ofField: k)
                attributes[name] = EdgeList.cellValue(text, type: type, column: name, at: at, findings: &findings)
            }
        }
        guard let from, let to else {
            let k = columns.firstIndex(of: from == nil ? .from : .to)!
            findings.append(Finding(.error, SourceLocation(file: file, line: reader.recordLine, column: reader.column(ofField: k)),
                                    "expected a node id as the \(from == nil ? "origin" : "destination"), found an empty cell"))
            return
        }
        let before = findings.count
        var agreement = RecordFields.agreement(id: id ?? Agreement.defaultID(dataset.agreements.count), from: from, to: to,
                                               directed: false, values: values, at: location, findings: &findings)
        if findings.count > before {
            var columns: [String: Int] = [:]
            for (name, k) in fieldColumns { columns[name] = reader.column(ofField: k) }
            EdgeList.locate(&findings, from: before, columns: columns)
        }
        agreement.attributes.merge(attributes) { _, new in new }
        dataset.agreements.append(agreement)
        dataset.agreementOrigins.append(location)
    }

    // MARK: Writing

    enum Style {
        /// `from,to,id,kind,…` as the native agreements.csv names them.
        case plain
        /// Gephi's edges table: `Source,Target,Type,Id,Label,Weight,…`.
        case gephi
    }

    /// A column to write: its header cell and each agreement's cell.
    struct OutputColumn {
        var header: String
        var cell: (Agreement) -> String
    }

    /// Refuses what an edge table cannot carry (`CSVTable.checkAttributes`): attribute names
    /// with whitespace at either end, columns of mixed types, empty text values, and attributes
    /// named like a fixed column that even a declared type (`from:string`) cannot free, since
    /// the reader refuses a type on those names: the fields, `id`, `from` and `to`.
    static func check(_ dataset: Dataset, file: String) throws {
        try CSVTable.checkAttributes(dataset.agreements.lazy.map { ("agreement '\($0.id.abbreviated())'", $0.attributes) },
                                     file: file, reserved: undeclarable, refusingEmptyText: true)
    }

    /// Names a header cell cannot declare as a free attribute (the reader refuses `from:string`).
    static let undeclarable: Set<String> = fieldNames.union(["id", "from", "to"])

    static func write(_ dataset: Dataset, delimiter: Character, style: Style) -> String {
        let columns = outputColumns(dataset, style: style)
        var csv = CSVWriter(delimiter: delimiter)
        csv.write(columns.map(\.header))
        for agreement in dataset.agreements {
            csv.write(columns.map { $0.cell(agreement) })
        }
        return csv.text
    }

    static func outputColumns(_ dataset: Dataset, style: Style) -> [OutputColumn] {
        let agreements = dataset.agreements
        let labels = agreements.compactMap { $0.attributes["label"] }
        let labelColumn = labels.allSatisfy { if case .string = $0 { return true } else { return false } }
        var columns: [OutputColumn]
        switch style {
        case .plain:
            columns = [OutputColumn(header: "from") { $0.from }, OutputColumn(header: "to") { $0.to }]
            if dataset.hasOwnAgreementIDs { columns.append(OutputColumn(header: "id") { $0.id }) }
        case .gephi:
            columns = [OutputColumn(header: "Source") { $0.from }, OutputColumn(header: "Target") { $0.to },
                       OutputColumn(header: "Type") { $0.directed ? "Directed" : "Undirected" },
                       OutputColumn(header: "Id") { $0.id }]
            if labelColumn { columns.append(OutputColumn(header: "Label") { $0.attributes["label"]?.description ?? "" }) }
            columns.append(OutputColumn(header: "Weight") { $0.weightValue?.description ?? "" })
        }
        let anyDirected = dataset.hasDirectedAgreements
        for (name, _) in RecordFields.agreement {
            switch (style, name) {
            case (.plain, "directed"): if !anyDirected { continue }
            case (.gephi, "directed"), (.gephi, "weight"): continue
            default: if !agreements.contains(where: { fieldText($0, name) != nil }) { continue }
            }
            let header = style == .gephi && name == "source" ? "source_id" : name
            columns.append(OutputColumn(header: header) { fieldText($0, name) ?? "" })
        }
        if style == .plain && labelColumn && !labels.isEmpty {
            columns.append(OutputColumn(header: "label") { $0.attributes["label"]?.description ?? "" })
        }
        for (name, type) in dataset.agreementAttributeTypes where !(name == "label" && labelColumn) {
            let header = EdgeList.attributeHeader(name, type: type, values: agreements.compactMap { $0.attributes[name] },
                                                  reserved: isReserved)
            let declared = header != name
            columns.append(OutputColumn(header: header) {
                guard let value = $0.attributes[name] else { return "" }
                return declared ? value.columnText(as: type) : value.description
            })
        }
        return columns
    }

    /// The text of a reserved agreement field, nil when unset (as `RecordFields.values(of:)`
    /// gives it, without building a dictionary per agreement).
    static func fieldText(_ a: Agreement, _ name: String) -> String? {
        switch name {
        case "kind": return a.kind?.rawValue
        case "date": return a.date?.description
        case "end_date": return a.endDate?.description
        case "status": return a.status?.rawValue
        case "directed": return a.directed ? "true" : "false"
        case "weight": return a.weightValue?.description
        case "source": return a.provenance.source
        case "locator": return a.provenance.locator
        case "quote": return a.provenance.quote
        case "url": return a.provenance.url
        default: return nil
        }
    }
}

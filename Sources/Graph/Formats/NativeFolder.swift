import Foundation

/// The native dataset folder: `nodes.csv`, `agreements.csv`, `sources.csv`, optional
/// `metadata.csv` and `README.md`. RFC 4180 CSV in UTF-8 with a header row; columns with a
/// fixed meaning are listed below, any other column is a free attribute (typed by a
/// `name:type` header suffix). The README documents every column.
public enum NativeFolder {
    public static let nodeColumns = ["id", "label", "type", "country", "within", "aliases"]
    public static let agreementColumns = ["id", "from", "to", "kind", "date", "end_date", "status", "directed",
                                          "weight", "source", "locator", "quote", "url"]
    public static let sourceColumns = ["id", "title", "author", "year", "publisher", "identifier"]
    public static let metadataColumns = ["key", "value", "type"]

    // MARK: Reading

    /// Reads the folder at `path`. Structural problems throw; value problems (a bad date, a
    /// bad number) become `readingFindings`.
    ///
    /// ```swift
    /// let dataset = try NativeFolder.read(folder: "graphs/belarus-asia")
    /// for finding in dataset.readingFindings { print(finding) }   // file:line:col: error: …
    /// ```
    public static func read(folder path: String) throws -> Dataset {
        var dataset = Dataset()
        var findings: [Finding] = []
        let nodesFile = path + "/nodes.csv", agreementsFile = path + "/agreements.csv"
        try readNodes(try InputFile.read(nodesFile), file: nodesFile, into: &dataset, findings: &findings)
        try readAgreements(try InputFile.read(agreementsFile), file: agreementsFile, into: &dataset, findings: &findings)
        let sourcesFile = path + "/sources.csv"
        if FileManager.default.fileExists(atPath: sourcesFile) {
            try readSources(try InputFile.read(sourcesFile), file: sourcesFile, into: &dataset, findings: &findings)
        }
        let metadataFile = path + "/metadata.csv"
        if FileManager.default.fileExists(atPath: metadataFile) {
            try readMetadata(try InputFile.read(metadataFile), file: metadataFile, into: &dataset, findings: &findings)
        }
        dataset.readingFindings = findings
        return dataset
    }

    static func readNodes(_ bytes: [UInt8], file: String, into dataset: inout Dataset, findings: inout [Finding]) throws {
        let reserved = Set(nodeColumns)
        var table = try CSVTable(bytes: bytes, file: file, required: ["id"], reserved: reserved)
        try table.forEachRow { row in
            guard let id = row["id"] else {
                findings.append(Finding(.error, row.location("id"), "expected a node id, found an empty cell"))
                return
            }
            let aliases = (row["aliases"] ?? "").split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            dataset.nodes.append(Node(id: id, label: row.text("label") ?? id, type: row["type"].flatMap(NodeType.parsed),
                                      country: row["country"], within: row["within"], aliases: aliases,
                                      attributes: row.attributes(excluding: reserved, findings: &findings)))
            dataset.nodeOrigins.append(row.location)
        }
    }

    static func readAgreements(_ bytes: [UInt8], file: String, into dataset: inout Dataset, findings: inout [Finding]) throws {
        let reserved = Set(agreementColumns)
        var table = try CSVTable(bytes: bytes, file: file, required: ["from", "to"], reserved: reserved)
        try table.forEachRow { row in
            guard let from = row["from"], let to = row["to"] else {
                findings.append(Finding(.error, row.location(row["from"] == nil ? "from" : "to"), "expected a node id, found an empty cell"))
                return
            }
            var agreement = Agreement(id: row["id"] ?? Agreement.defaultID(dataset.agreements.count + 1), from: from, to: to,
                                      kind: row["kind"].flatMap(AgreementKind.parsed),
                                      status: row["status"].flatMap(AgreementStatus.parsed),
                                      provenance: Provenance(source: row["source"], locator: row["locator"],
                                                             quote: row["quote"], url: row["url"]),
                                      attributes: row.attributes(excluding: reserved, findings: &findings))
            agreement.date = parseDate(row["date"], at: row.location("date"), findings: &findings)
            agreement.endDate = parseDate(row["end_date"], at: row.location("end_date"), findings: &findings)
            agreement.directed = parseBool(row["directed"], at: row.location("directed"), findings: &findings) ?? false
            agreement.weightValue = parseWeight(row["weight"], at: row.location("weight"), findings: &findings)
            dataset.agreements.append(agreement)
            dataset.agreementOrigins.append(row.location)
        }
    }

    static func readSources(_ bytes: [UInt8], file: String, into dataset: inout Dataset, findings: inout [Finding]) throws {
        let reserved = Set(sourceColumns)
        var table = try CSVTable(bytes: bytes, file: file, required: ["id"], reserved: reserved)
        try table.forEachRow { row in
            guard let id = row["id"] else {
                findings.append(Finding(.error, row.location("id"), "expected a source id, found an empty cell"))
                return
            }
            var year: Int?
            if let text = row["year"] {
                year = Int(text.trimmingWhitespace())
                if year == nil { findings.append(Finding(.error, row.location("year"), "expected a year (a whole number), found '\(text.abbreviated())'")) }
            }
            dataset.sources.append(SourceRecord(id: id, title: row["title"], author: row["author"], year: year,
                                                publisher: row["publisher"], identifier: row["identifier"],
                                                attributes: row.attributes(excluding: reserved, findings: &findings)))
            dataset.sourceOrigins.append(row.location)
        }
    }

    static func readMetadata(_ bytes: [UInt8], file: String, into dataset: inout Dataset, findings: inout [Finding]) throws {
        var table = try CSVTable(bytes: bytes, file: file, required: ["key", "value"], reserved: Set(metadataColumns))
        try table.forEachRow { row in
            guard let key = row.text("key") else { return }
            let typeName = row["type"] ?? "string"
            guard let type = AttributeType(rawValue: typeName) else {
                findings.append(Finding(.error, row.location("type"), "expected string, int, double or bool, found '\(typeName.abbreviated())'"))
                return
            }
            guard let value = type.parse(row["value"] ?? "") else {
                findings.append(Finding(.error, row.location("value"), "expected a value of type \(typeName), found '\((row["value"] ?? "").abbreviated())'"))
                return
            }
            dataset.metadata[key] = value
        }
    }

    // MARK: Value parsing shared by the formats

    /// A partial date, or nil with an error finding when the text is not one.
    public static func parseDate(_ text: String?, at location: SourceLocation, findings: inout [Finding]) -> PartialDate? {
        guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
        if let date = PartialDate(text) { return date }
        findings.append(Finding(.error, location, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '\(text.abbreviated())'"))
        return nil
    }

    public static func parseDouble(_ text: String?, at location: SourceLocation, findings: inout [Finding]) -> Double? {
        guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
        if case .double(let value)? = AttributeType.double.parse(text), value.isFinite { return value }
        findings.append(Finding(.error, location, "expected a finite number, found '\(text.abbreviated())'"))
        return nil
    }

    /// A weight as written: a whole number stays an integer, any other finite number a double.
    public static func parseWeight(_ text: String?, at location: SourceLocation, findings: inout [Finding]) -> AttributeValue? {
        guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
        if let value = RecordFields.weightValue(.string(text)) { return value }
        findings.append(Finding(.error, location, "expected a finite number, found '\(text.abbreviated())'"))
        return nil
    }

    public static func parseBool(_ text: String?, at location: SourceLocation, findings: inout [Finding]) -> Bool? {
        guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
        if case .boolean(let value)? = AttributeType.boolean.parse(text) { return value }
        findings.append(Finding(.error, location, "expected true or false, found '\(text.abbreviated())'"))
        return nil
    }

    // MARK: Writing

    /// The folder's files as (name, content); `write(_:to:)` stores them.
    public static func files(of dataset: Dataset) -> [(name: String, content: String)] {
        fileMakers(of: dataset).map { ($0.name, $0.make()) }
    }

    /// The folder's files, each made when it is written (one file's text in memory at a time).
    static func fileMakers(of dataset: Dataset) -> [(name: String, make: () -> String)] {
        var files: [(name: String, make: () -> String)] = [
            ("nodes.csv", { nodesCSV(dataset) }), ("agreements.csv", { agreementsCSV(dataset) }),
            ("sources.csv", { sourcesCSV(dataset) }),
        ]
        if !dataset.metadata.isEmpty { files.append(("metadata.csv", { metadataCSV(dataset) })) }
        return files
    }

    /// Every file name the writer may write: an existing folder is replaced only when it
    /// holds nothing else (`AtomicFolder`).
    public static let fileNames: Set<String> = ["nodes.csv", "agreements.csv", "sources.csv", "metadata.csv"]

    /// Writes the folder whole (`AtomicFolder`): built beside the target and swapped in, so a
    /// failure or a kill leaves the old folder as it was and no old file survives. A folder
    /// holding anything but `fileNames` is refused.
    ///
    /// ```swift
    /// try NativeFolder.write(dataset, to: "out/belarus-asia")   // nodes.csv, agreements.csv, sources.csv
    /// ```
    ///
    /// Refuses (an `OutputError` naming the record) what the folder cannot carry: a free
    /// attribute named like a fixed column, an attribute name with whitespace at either end,
    /// an attribute whose values differ in type (a column has one type; whole numbers beside
    /// decimals are written as decimals, `w:double`, so `1` reads back `1.0`, as pandas types
    /// such a column), an empty metadata key.
    public static func write(_ dataset: Dataset, to path: String) throws {
        try check(dataset, folder: path)
        try AtomicFolder.replace(path, writerFiles: fileNames, kind: "a dataset folder") { folder in
            for (name, make) in fileMakers(of: dataset) { try folder.write(name, make()) }
        }
    }

    static func check(_ dataset: Dataset, folder: String) throws {
        try CSVTable.checkAttributes(dataset.nodes.lazy.map { ("node '\($0.id.abbreviated())'", $0.attributes) }, file: folder + "/nodes.csv",
                                     reserved: Set(nodeColumns))
        try CSVTable.checkAttributes(dataset.agreements.lazy.map { ("agreement '\($0.id.abbreviated())'", $0.attributes) },
                                     file: folder + "/agreements.csv", reserved: Set(agreementColumns))
        try CSVTable.checkAttributes(dataset.sources.lazy.map { ("source '\($0.id.abbreviated())'", $0.attributes) }, file: folder + "/sources.csv",
                                     reserved: Set(sourceColumns))
    }

    static func nodesCSV(_ dataset: Dataset) -> String {
        let types = dataset.nodeAttributeTypes
        var csv = CSVWriter()
        csv.write(nodeColumns + CSVTable.attributeHeader(types, reserved: Set(nodeColumns)))
        for node in dataset.nodes {
            csv.write(optional: [node.id, node.label, node.type?.rawValue, node.country, node.within,
                                 node.aliases.isEmpty ? nil : node.aliases.joined(separator: ";")] + CSVTable.attributeCells(node.attributes, types))
        }
        return csv.text
    }

    static func agreementsCSV(_ dataset: Dataset) -> String {
        let types = dataset.agreementAttributeTypes
        var csv = CSVWriter()
        csv.write(agreementColumns + CSVTable.attributeHeader(types, reserved: Set(agreementColumns)))
        for a in dataset.agreements {
            let p = a.provenance
            csv.write(optional: [a.id, a.from, a.to, a.kind?.rawValue, a.date?.description,
                       a.endDate?.description, a.status?.rawValue,
                       a.directed ? "true" : "false", a.weightValue?.description,
                       p.source, p.locator, p.quote, p.url]
                      + CSVTable.attributeCells(a.attributes, types))
        }
        return csv.text
    }

    static func sourcesCSV(_ dataset: Dataset) -> String {
        let types = dataset.sourceAttributeTypes
        var csv = CSVWriter()
        csv.write(sourceColumns + CSVTable.attributeHeader(types, reserved: Set(sourceColumns)))
        for s in dataset.sources {
            csv.write(optional: [s.id, s.title, s.author, s.year.map(String.init), s.publisher,
                       s.identifier] + CSVTable.attributeCells(s.attributes, types))
        }
        return csv.text
    }

    static func metadataCSV(_ dataset: Dataset) -> String {
        var csv = CSVWriter()
        csv.write(metadataColumns)
        for (key, value) in dataset.metadata.sorted(by: { $0.key < $1.key }) {
            csv.write(optional: [key, value.description, value.type.rawValue])
        }
        return csv.text
    }
}

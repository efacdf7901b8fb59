/// Plain edge lists: one agreement per line as `source<delimiter>target[<delimiter>weight]`.
///
/// CSV (`,`), TSV (tab) or whitespace-separated (`.edgelist`/`.txt`, `#` starts a comment).
/// A first line whose first two fields are named (source/target, from/to, node1/node2, u/v,
/// Source/Target as Gephi writes them) is a header: its other columns become agreement
/// attributes (`weight` the weight). Without a header a numeric third field is the weight.
/// An optional names file maps ids to labels (`id<delimiter>label`, like Wikidata dumps).
/// Edge lists carry no node list: every endpoint becomes a node.
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

    static let headerNames: Set<String> = ["source", "target", "from", "to", "node1", "node2", "u", "v", "src", "dst"]

    public static func read(_ bytes: [UInt8], file: String, delimiter: Delimiter,
                            names: [String: String] = [:]) throws -> Dataset {
        var dataset = Dataset()
        // One agreement per line at most: reserve once instead of regrowing a large array.
        let lines = bytes.withUnsafeBufferPointer { $0.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } } + 1
        dataset.agreements.reserveCapacity(lines)
        dataset.agreementOrigins.reserveCapacity(lines)
        var findings: [Finding] = []
        var header: [String]? = nil
        var weightColumn: Int? = nil
        try forEachRecord(bytes, file: file, delimiter: delimiter) { fields, line in
            let location = SourceLocation(file: file, line: line)
            if header == nil && dataset.agreements.isEmpty && fields.count >= 2
                && headerNames.contains(fields[0].lowercased()) && headerNames.contains(fields[1].lowercased()) {
                header = fields
                weightColumn = fields.firstIndex { $0.lowercased() == "weight" }
                return
            }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw InputError(location, "expected at least two fields (source and target), found \(fields.count == 1 ? "'\(fields[0].abbreviated())'" : "\(fields.count) fields")")
            }
            var agreement = Agreement(id: "e\(dataset.agreements.count)", from: fields[0], to: fields[1])
            if let header {
                for (i, value) in fields.enumerated().dropFirst(2) where i < header.count && !value.isEmpty {
                    if i == weightColumn {
                        agreement.weight = NativeFolder.parseDouble(value, at: location, findings: &findings)
                    } else {
                        agreement.attributes[header[i]] = inferred(value)
                    }
                }
            } else if fields.count >= 3 {
                agreement.weight = NativeFolder.parseDouble(fields[2], at: location, findings: &findings)
            }
            dataset.agreements.append(agreement)
            dataset.agreementOrigins.append(location)
        }
        if dataset.agreements.isEmpty && header == nil {
            throw InputError(SourceLocation(file: file, line: 1), "expected edge lines (source and target), found no edge")
        }
        dataset.addMissingEndpoints()
        if !names.isEmpty {
            for i in dataset.nodes.indices { if let label = names[dataset.nodes[i].id] { dataset.nodes[i].label = label } }
        }
        dataset.readingFindings = findings
        return dataset
    }

    /// Reads a names file: `id<delimiter>label` per line (a header `id,label` is skipped).
    public static func readNames(_ bytes: [UInt8], file: String, delimiter: Delimiter) throws -> [String: String] {
        var names: [String: String] = [:]
        try forEachRecord(bytes, file: file, delimiter: delimiter) { fields, line in
            guard fields.count >= 2 else {
                throw InputError(SourceLocation(file: file, line: line), "expected an id and a label, found \(fields.count) field")
            }
            if line == 1 && fields[0].lowercased() == "id" { return }
            names[fields[0]] = fields[1]
        }
        return names
    }

    private static func forEachRecord(_ bytes: [UInt8], file: String, delimiter: Delimiter,
                                      _ body: ([String], Int) throws -> Void) throws {
        let start = try InputFile.checkUTF8(bytes, file: file)
        if delimiter == .whitespace {
            var line = 0
            for rawLine in String(decoding: bytes[start...], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
                line += 1
                let content = rawLine.prefix { $0 != "#" }
                let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
                if fields.isEmpty { continue }
                try body(fields, line)
            }
            return
        }
        var reader = CSVReader(bytes: bytes, file: file, delimiter: delimiter.byte, start: start)
        while try reader.next() {
            try body(reader.fields.map { field in
                field.first?.isWhitespace == true || field.last?.isWhitespace == true ? field.trimmingWhitespace() : field
            }, reader.recordLine)
        }
    }

    /// Header-named columns are untyped text: integers and decimals are read as numbers.
    private static func inferred(_ text: String) -> AttributeValue {
        if let i = Int(text) { return .integer(i) }
        if let d = Double(text), d.isFinite { return .double(d) }
        if text == "true" || text == "false" { return .boolean(text == "true") }
        return .string(text)
    }

    /// `source,target[,weight]` (or tab-separated) with a header row.
    public static func write(_ dataset: Dataset, delimiter: Delimiter) -> String {
        let hasWeights = dataset.agreements.contains { $0.weight != nil }
        var csv = CSVWriter(delimiter: delimiter == .comma ? "," : delimiter == .tab ? "\t" : " ")
        csv.write(hasWeights ? ["source", "target", "weight"] : ["source", "target"])
        for a in dataset.agreements {
            csv.write(hasWeights ? [a.from, a.to, a.weight.map(AttributeValue.format) ?? "1"] : [a.from, a.to])
        }
        return csv.text
    }
}

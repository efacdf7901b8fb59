/// networkx's edge list format (`nx.read_edgelist`, `nx.write_edgelist`), for `.edgelist`,
/// `.edges` and `.txt`: one edge per line, `u v` or `u v {data}` or `u v weight`.
///
/// Read: `u` and `v` are the first two whitespace-separated fields (whitespace as Python's
/// `str.split` knows it); `#` starts a comment anywhere outside a quoted string; no header
/// row. The rest of the line is empty, a data dictionary as `str(dict)` writes it (see
/// `PythonLiteral`), or one bare weight (`read_weighted_edgelist`'s `u v 2.5`). Dictionary keys
/// are case-sensitive: `id` is the agreement id, the reserved names of `RecordFields` (`kind`,
/// `date`, `end_date`, `status`, `directed`, `weight`, `source`, `locator`, `quote`, `url`) fill
/// their field, a value of `None` means no value (one warning says how many), any other key
/// is a free attribute with the value's Python type. Agreements are undirected unless their
/// data says `'directed': True`. A line with one field is an error (networkx skips it).
///
/// Written: `u v {data}` for every agreement, as `nx.write_edgelist(G, data=True)` writes it,
/// with `id` when it is not the default, every field that is set (`directed` on every edge
/// when some agreement is directed), then the free attributes by name, each with its type.
/// A node id that is empty or holds whitespace or `#` cannot be written in this format
/// (networkx would split or cut it): the writer refuses it and names it.
enum NetworkxEdgeList {
    // MARK: Reading

    static func read(_ bytes: [UInt8], file: String) throws -> Dataset {
        let start = try InputFile.checkUTF8(bytes, file: file)
        var dataset = Dataset()
        var findings: [Finding] = []
        var noneCount = 0
        var firstNone: (location: SourceLocation, key: String)?
        var lineStart = start, line = 0
        while lineStart < bytes.count {
            line += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            let scan = LineScanner(bytes: bytes, start: lineStart, end: lineEnd)
            guard let u = scan.token(from: scan.skipSpace(lineStart)) else { continue }
            let location = SourceLocation(file: file, line: line)
            guard let v = scan.token(from: scan.skipSpace(u.end)) else {
                throw InputError(location, "expected at least two fields (source and target), found '\(scan.text(u.range).abbreviated())'")
            }
            let data = scan.skipSpace(v.end)
            var values = FieldValues(), columns: [String: Int] = [:], id: String?
            if data < lineEnd && bytes[data] == UInt8(ascii: "{") {
                let entries: [PythonLiteral.Entry]
                do {
                    entries = try PythonLiteral.parseDict(Substring(scan.text(data..<lineEnd)), column: scan.column(data))
                } catch {
                    throw InputError(SourceLocation(file: file, line: line, column: error.column), error.message)
                }
                for entry in entries {
                    guard let value = entry.value else {
                        noneCount += 1
                        if firstNone == nil { firstNone = (SourceLocation(file: file, line: line, column: entry.column), entry.key) }
                        values[entry.key] = nil
                        continue
                    }
                    if entry.key == "id" { id = value.description; continue }
                    values[entry.key] = value
                    columns[entry.key] = entry.column
                }
            } else if let weight = scan.token(from: data) {
                let after = scan.skipSpace(weight.end)
                guard after == lineEnd || bytes[after] == UInt8(ascii: "#") else {
                    throw InputError(SourceLocation(file: file, line: line, column: scan.column(after)),
                                     "expected one weight or a {…} data dictionary after the endpoints, found '\(scan.text(after..<lineEnd).abbreviated())'")
                }
                values["weight"] = .string(scan.text(weight.range))
                columns["weight"] = scan.column(weight.range.lowerBound)
            }
            let before = findings.count
            dataset.agreements.append(RecordFields.agreement(
                id: id ?? Agreement.defaultID(dataset.agreements.count), from: scan.text(u.range), to: scan.text(v.range),
                directed: false, values: values, at: location, findings: &findings))
            EdgeList.locate(&findings, from: before, columns: columns)
            dataset.agreementOrigins.append(location)
        }
        if dataset.agreements.isEmpty {
            throw InputError(SourceLocation(file: file, line: 1), "expected edge lines (source and target), found no edge")
        }
        if let firstNone {
            findings.append(Finding(.warning, firstNone.location,
                                    "\(noneCount) value\(noneCount == 1 ? "" : "s") None read as no value (first: '\(firstNone.key.abbreviated())')"))
        }
        dataset.readingFindings = findings
        return dataset
    }

    /// Finds fields in one line of UTF-8 bytes.
    private struct LineScanner {
        let bytes: [UInt8]
        let start: Int
        let end: Int

        /// The byte length of the whitespace character at `i`, 0 when there is none there.
        /// Python's `str.split()` whitespace: Unicode White_Space and the separators 0x1C–0x1F.
        func whitespaceLength(_ i: Int) -> Int {
            let b = bytes[i]
            if b < 0x80 { return b == 0x20 || (0x09...0x0D).contains(b) || (0x1C...0x1F).contains(b) ? 1 : 0 }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + length <= end else { return 0 }
            var iterator = bytes[i..<i + length].makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.isWhitespace { return length }
            return 0
        }

        func skipSpace(_ from: Int) -> Int {
            var i = from
            while i < end {
                let length = whitespaceLength(i)
                if length == 0 { break }
                i += length
            }
            return i
        }

        /// The field starting at `from` (up to whitespace or `#`), nil at the end or at a comment.
        func token(from: Int) -> (range: Range<Int>, end: Int)? {
            guard from < end, bytes[from] != UInt8(ascii: "#") else { return nil }
            var i = from
            while i < end && bytes[i] != UInt8(ascii: "#") && whitespaceLength(i) == 0 { i += 1 }
            return (from..<i, i)
        }

        func text(_ range: Range<Int>) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }

        /// The 1-based column, in characters, of byte `i`.
        func column(_ i: Int) -> Int {
            1 + bytes[start..<i].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        }
    }

    // MARK: Writing

    static func write(_ dataset: Dataset, file: String) throws -> String {
        for a in dataset.agreements {
            for id in [a.from, a.to] where !isWritableID(id) {
                throw OutputError(SourceLocation(file: file, element: "agreement '\(a.id.abbreviated().replacingNewlines())'"),
                                  "expected node ids without whitespace or '#' in networkx's edge list format, found '\(id.abbreviated().replacingNewlines())'; write .csv or .tsv instead, which quote any id")
            }
        }
        let anyDirected = dataset.hasDirectedAgreements
        let fieldNames = RecordFields.agreement.map(\.name)
        var text = ""
        for (index, a) in dataset.agreements.enumerated() {
            var entries: [(key: String, value: AttributeValue)] = []
            if a.id != Agreement.defaultID(index) { entries.append(("id", .string(a.id))) }
            let values = RecordFields.values(of: a)
            for name in fieldNames where name != "directed" || anyDirected {
                if let value = values[name] { entries.append((name, value)) }
            }
            for key in a.attributes.keys.sorted() { entries.append((key, a.attributes[key]!)) }
            text += a.from + " " + a.to + " " + PythonLiteral.dictionary(entries) + "\n"
        }
        return text
    }

    /// An id networkx reads back whole: not empty, no whitespace (as `str.split` knows it), no `#`,
    /// not starting with a byte order mark (which readers drop at the start of a file).
    static func isWritableID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.first != "\u{FEFF}" && !id.unicodeScalars.contains {
            $0 == "#" || $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value)
        }
    }
}

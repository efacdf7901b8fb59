import Foundation

/// The sources of a dataset as one JSON array of objects
/// (`[{"id": ..., "title": ..., "author": ..., "year": ..., "publisher": ..., "identifier": ...,
/// plus free attributes}]`), which GraphML carries in a graph-level `sources` key.
///
/// Written by hand because JSONSerialization writes the Double 3.0 as `3`, which would read
/// back as an integer; read with JSONSerialization, whose numbers keep that distinction.
/// JSON has no infinities or NaN: such a double attribute of a source is written, and read
/// back, as the text "inf", "-inf" or "nan".
enum SourceRecordsJSON {
    struct Failure: Error {
        var text: String
    }

    static func encode(_ sources: [SourceRecord]) -> String {
        let objects = sources.map { source -> String in
            var members: [(String, String)] = [("id", quoted(source.id))]
            if let title = source.title { members.append(("title", quoted(title))) }
            if let author = source.author { members.append(("author", quoted(author))) }
            if let year = source.year { members.append(("year", String(year))) }
            if let publisher = source.publisher { members.append(("publisher", quoted(publisher))) }
            if let identifier = source.identifier { members.append(("identifier", quoted(identifier))) }
            for (key, value) in source.attributes.sorted(by: { $0.key < $1.key }) {
                members.append((key, json(value)))
            }
            return "{" + members.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
        }
        return "[" + objects.joined(separator: ",") + "]"
    }

    static func decode(_ text: String) throws -> [SourceRecord] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw Failure(text: "expected a JSON array of source objects, found text that is not JSON")
        }
        guard let array = object as? [Any] else { throw Failure(text: "expected a JSON array of source objects") }
        return try array.enumerated().map { index, element in
            guard let fields = element as? [String: Any], let id = fields["id"] as? String else {
                throw Failure(text: "source \(index + 1) is not an object with a string \"id\"")
            }
            var source = SourceRecord(id: id)
            for (key, value) in fields where key != "id" && !(value is NSNull) {
                let attribute = try attributeValue(value, key: key, index: index)
                switch (key, attribute) {
                case ("title", .string(let s)): source.title = s
                case ("author", .string(let s)): source.author = s
                case ("publisher", .string(let s)): source.publisher = s
                case ("identifier", .string(let s)): source.identifier = s
                case ("year", .integer(let year)): source.year = year
                default: source.attributes[key] = attribute
                }
            }
            return source
        }
    }

    static func attributeValue(_ value: Any, key: String, index: Int) throws -> AttributeValue {
        if let string = value as? String { return .string(string) }
        // JSONSerialization reads integers near Int.min as NSDecimalNumber, typed "d".
        if let decimal = value as? NSDecimalNumber, let integer = Int(decimal.stringValue) { return .integer(integer) }
        if let number = value as? NSNumber {
            switch String(cString: number.objCType) {
            case "c": return .boolean(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            default: return .integer(number.intValue)
            }
        }
        throw Failure(text: "source \(index + 1) has a \"\(key)\" that is not a string, number or boolean")
    }

    static func json(_ value: AttributeValue) -> String {
        switch value {
        case .string(let s): return quoted(s)
        case .integer(let i): return String(i)
        case .double(let d): return d.isFinite ? AttributeValue.format(d) : quoted(AttributeValue.format(d))
        case .boolean(let b): return b ? "true" : "false"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

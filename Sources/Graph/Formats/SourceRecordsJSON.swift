/// The sources of a dataset as one JSON array of source objects (see `SourceRecord.json`),
/// which GraphML carries in a graph-level `sources` key.
enum SourceRecordsJSON {
    struct Failure: Error {
        var text: String
    }

    static func encode(_ sources: [SourceRecord]) -> String {
        JSONValue.array(sources.map(\.json)).serialized()
    }

    static func decode(_ text: String) throws -> [SourceRecord] {
        let value: JSONValue
        do {
            value = try JSONReader.parse(Array(text.utf8), file: "sources")
        } catch let error as InputError {
            throw Failure(text: "expected a JSON array of source objects, found text that is not JSON (\(error.message))")
        }
        guard case .array(let items) = value else { throw Failure(text: "expected a JSON array of source objects") }
        return try items.enumerated().map { index, item in
            guard let source = SourceRecord(json: item) else {
                throw Failure(text: "source \(index + 1) is not an object with a string \"id\"")
            }
            return source
        }
    }
}

/// Names that other languages and romanisations give to populated places: what lets
/// `twinning match` see that Peking is Beijing, Charbin is Harbin and Brest-Litowsk is Brest,
/// which no spelling rule derives.
///
/// Format (the table `graphs/belarus-asia/tools/exonyms.py` writes from GeoNames): UTF-8,
/// tab-separated, lines starting with `#` are comments, then a header naming at least the
/// columns `geonames_id`, `country`, `name` and `names` (also read when present:
/// `country_code`, `population`), then one place per line; `names` holds the other names
/// separated by `;`. The GeoNames data is CC BY 4.0 (© GeoNames, https://www.geonames.org/).
///
/// Reading refuses, naming the file and line: a missing column, a line with fewer cells than
/// the header, a geonames_id or population that is not a whole number, an id listed twice, and
/// an empty name.
public struct Gazetteer: Sendable, Equatable {
    public struct Place: Sendable, Equatable {
        public var geonamesID: Int
        /// The country's name (English, as GeoNames writes it: "Belarus", "China").
        public var country: String
        /// The number of inhabitants, when the table gives it.
        public var population: Int?
        public var name: String
        /// Every other name, in the file's order.
        public var names: [String]

        public init(geonamesID: Int, country: String, population: Int? = nil, name: String, names: [String]) {
            (self.geonamesID, self.country, self.population, self.name, self.names) = (geonamesID, country, population, name, names)
        }

        /// The name, then the other names.
        public var allNames: [String] { [name] + names }
    }

    public var places: [Place]

    public init(places: [Place]) { self.places = places }

    /// Reads a gazetteer table (see the type's format); `file` names it in errors.
    public static func read(_ bytes: [UInt8], file: String) throws -> Gazetteer {
        let start = try InputFile.checkUTF8(bytes, file: file)
        let text = String(decoding: bytes[start...], as: UTF8.self)
        var columns: [String: Int]?, places: [Place] = [], seen: [Int: Int] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if content.hasPrefix("#") || content.allSatisfy({ $0 == " " }) { continue }
            let cells = content.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            let location = SourceLocation(file: file, line: line)
            guard let index = columns else {
                var found: [String: Int] = [:]
                for (i, name) in cells.enumerated() where found[name.lowercased()] == nil { found[name.lowercased()] = i }
                for required in ["geonames_id", "country", "name", "names"] where found[required] == nil {
                    throw InputError(location, "expected a gazetteer header with the column '\(required)' (geonames_id, country, name, names), found \(cells.joined(separator: ","))")
                }
                columns = found
                continue
            }
            guard cells.count >= index.values.max()! + 1 else {
                throw InputError(location, "expected \(index.values.max()! + 1) tab-separated cells, found \(cells.count)")
            }
            let idText = cells[index["geonames_id"]!]
            guard let id = Int(idText) else {
                throw InputError(location, "expected a GeoNames id (a whole number), found '\(idText.abbreviated())'")
            }
            if let first = seen[id] { throw InputError(location, "GeoNames id \(id) is already on line \(first)") }
            seen[id] = line
            let name = cells[index["name"]!]
            guard !name.isEmpty else { throw InputError(location, "expected the place's name, found an empty cell") }
            let names = cells[index["names"]!].split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            var population: Int?
            if let column = index["population"], !cells[column].isEmpty {
                guard let value = Int(cells[column]), value >= 0 else {
                    throw InputError(location, "expected a population (a whole number), found '\(cells[column].abbreviated())'")
                }
                population = value
            }
            places.append(Place(geonamesID: id, country: cells[index["country"]!], population: population, name: name, names: names))
        }
        if columns == nil {
            throw InputError(SourceLocation(file: file, line: 1), "expected a gazetteer header (geonames_id, country, name, names), found no line")
        }
        return Gazetteer(places: places)
    }
}

/// The one home of the names under which a node's place is read and written.
///
/// The model keeps a place in two node attributes, `lat` and `lon` (WGS84 degrees, as
/// doubles). Other tools name them otherwise; reading accepts, without case:
///
/// | field | names read |
/// |---|---|
/// | `lat` | `lat`, `latitude`, `geo_lat` |
/// | `lon` | `lon`, `lng`, `long`, `longitude`, `geo_lon`, `geo_lng` |
///
/// (`latitude`/`longitude` are what Gephi's GeoLayout preselects and what the Internet
/// Topology Zoo's GraphML and GML files use, capitalised; `lat`/`lng` are Leaflet's and Google
/// Maps'.) A number written as text is read as a number. What does not read as one is kept
/// as written, and validation names it.
///
/// Writing puts them under each format's convention (`writtenNames(in:)`): `latitude` and
/// `longitude` in GEXF (GeoLayout's names), `Latitude` and `Longitude` in GraphML and GML
/// (the Topology Zoo's, which networkx and igraph users meet first), `lat` and `lon`
/// everywhere else (the dataset folder, JSON, SQLite, CSV node tables, Pajek, DOT).
///
/// `geonames_id` is the GeoNames id of the gazetteer entry a place was taken from (an
/// integer; the bundled dataset records it).
public enum GeoFields {
    public static let latitude = "lat"
    public static let longitude = "lon"
    public static let geonamesID = "geonames_id"

    static let latitudeNames: Set<String> = ["lat", "latitude", "geo_lat"]
    static let longitudeNames: Set<String> = ["lon", "lng", "long", "longitude", "geo_lon", "geo_lng"]

    /// The field a read attribute name stands for (`lat` or `lon`), nil for any other name.
    public static func field(named name: String) -> String? {
        guard name.utf8.count <= 9 else { return nil }
        let folded = name.lowercased()
        if latitudeNames.contains(folded) { return latitude }
        if longitudeNames.contains(folded) { return longitude }
        return nil
    }

    /// The names `lat` and `lon` take when written in `format`.
    public static func writtenNames(in format: GraphFormat) -> (latitude: String, longitude: String) {
        switch format {
        case .gexf: return ("latitude", "longitude")
        case .graphml, .gml: return ("Latitude", "Longitude")
        default: return (latitude, longitude)
        }
    }

    /// Gathers every node's place under `lat` and `lon`, as doubles.
    ///
    /// An attribute named as a place (see the type's table) moves to its field; text that
    /// reads as a finite number becomes the number. Two names for one field on one node with
    /// different values is an error finding (both are kept: the first under the field, the
    /// other under its own name); so is a value that is no number (kept as written, for
    /// validation to name). O(n · a), a the attributes per node; nothing is copied when no
    /// attribute is renamed or converted.
    public static func gather(in dataset: inout Dataset) {
        var findings: [Finding] = []
        for i in dataset.nodes.indices {
            let attributes = dataset.nodes[i].attributes
            guard !attributes.isEmpty else { continue }
            var changes: [(from: String, to: String, value: AttributeValue)] = []
            for (name, value) in attributes {
                guard let field = field(named: name) else { continue }
                let number = numeric(value)
                if name == field && number == value { continue }
                changes.append((name, field, number))
            }
            guard !changes.isEmpty else { continue }
            // Names in a fixed order, so the finding and the value kept do not depend on hashing.
            changes.sort { ($0.to, $0.from) < ($1.to, $1.from) }
            var node = dataset.nodes[i]
            for change in changes {
                if change.from != change.to, let held = node.attributes[change.to] {
                    if numeric(held) != change.value {
                        let place = dataset.origin(ofNode: i) ?? SourceLocation(file: "<dataset>", element: "node '\(node.id)'")
                        findings.append(Finding(.error, place.field(change.from),
                                                "node '\(node.id.abbreviated())' gives two \(change.to == latitude ? "latitudes" : "longitudes"): \(change.to) '\(held)' and \(change.from) '\(change.value)'; keep one"))
                        continue
                    }
                    node.attributes[change.from] = nil
                    node.attributes[change.to] = numeric(held)
                    continue
                }
                node.attributes[change.from] = nil
                node.attributes[change.to] = change.value
            }
            dataset.nodes[i] = node
        }
        dataset.readingFindings += findings
    }

    /// `value` as a double when it is a finite number or text reading as one; else unchanged.
    static func numeric(_ value: AttributeValue) -> AttributeValue {
        switch value {
        case .double: return value
        case .integer(let i): return .double(Double(i))
        case .boolean: return value
        case .string(let text):
            if let d = Double(text.trimmingWhitespace()), d.isFinite { return .double(d) }
            return value
        }
    }

    /// `dataset` with `lat` and `lon` renamed as `format` writes them (the dataset itself when
    /// the names do not change or no node has them).
    public static func renamedForWriting(_ dataset: Dataset, as format: GraphFormat) -> Dataset {
        let names = writtenNames(in: format)
        guard names != (latitude, longitude) else { return dataset }
        guard dataset.nodes.contains(where: { $0.attributes[latitude] != nil || $0.attributes[longitude] != nil }) else { return dataset }
        var renamed = dataset
        for i in renamed.nodes.indices {
            if let value = renamed.nodes[i].attributes.removeValue(forKey: latitude) {
                renamed.nodes[i].attributes[names.latitude] = value
            }
            if let value = renamed.nodes[i].attributes.removeValue(forKey: longitude) {
                renamed.nodes[i].attributes[names.longitude] = value
            }
        }
        return renamed
    }
}

import Graph

/// The world's countries as outlines: Natural Earth's 1:110m Admin 0 countries (public
/// domain), simplified, as `scripts/world_outlines.py` writes them into
/// `WorldOutlines+Data.swift` (source, version and steps are in both files).
///
/// 177 countries (geopandas' `naturalearth_lowres`, which puts Crimea in Ukraine); each has a
/// name, an ISO 3166-1 alpha-3 code (`-99` where Natural Earth has none: Kosovo) and its rings:
/// closed outlines of land, first point not repeated, in degrees quantised to 0.01°. Rings
/// come as the source gives them: outer boundaries (holes are rare at this scale and drawn as
/// land), split at ±180° where a country crosses it (Russia, Fiji, Antarctica, whose ring runs
/// along the south pole at −90°).
///
/// The text is parsed once, on first use (a `static let`, which Swift initialises once and
/// thread-safely). Complexity: O(p) for p points (about 8 000).
public struct WorldOutlines: Sendable {
    public struct Country: Sendable {
        public let iso: String
        public let name: String
        public let rings: [[GeoPoint]]
    }

    public let countries: [Country]

    /// The outlines of `WorldOutlines+Data.swift`.
    public static let shared = WorldOutlines(encoded: encoded)

    /// The country with ISO code `iso` (alpha-3, case as written), nil when none has it.
    public func country(iso: String) -> Country? { countries.first { $0.iso == iso } }

    /// The country named `name` (Natural Earth's short name: "Belarus", "China"), nil when none is.
    public func country(named name: String) -> Country? { countries.first { $0.name == name } }

    /// Parses lines `ISO|Name|x,y x,y …;x,y …` (coordinates in hundredths of a degree,
    /// longitude first). Lines that are empty or lack two `|` are skipped.
    init(encoded: String) {
        var countries: [Country] = []
        for line in encoded.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: "|"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let rings = fields[2].split(separator: UInt8(ascii: ";")).map(Self.ring)
            countries.append(Country(iso: String(decoding: fields[0], as: UTF8.self),
                                     name: String(decoding: fields[1], as: UTF8.self), rings: rings))
        }
        self.countries = countries
    }

    /// `x,y x,y …` in hundredths of a degree as places.
    private static func ring(_ text: Substring.UTF8View) -> [GeoPoint] {
        var points: [GeoPoint] = []
        var numbers = (0, 0), which = 0, value = 0, sign = 1
        func finish() {
            if which == 0 { numbers.0 = sign * value } else { numbers.1 = sign * value }
            value = 0
            sign = 1
        }
        for byte in text {
            switch byte {
            case UInt8(ascii: "-"): sign = -1
            case UInt8(ascii: ","): finish(); which = 1
            case UInt8(ascii: " "):
                finish()
                points.append(GeoPoint(latitude: Double(numbers.1) / 100, longitude: Double(numbers.0) / 100))
                which = 0
            default: value = value * 10 + Int(byte &- UInt8(ascii: "0"))
            }
        }
        finish()
        points.append(GeoPoint(latitude: Double(numbers.1) / 100, longitude: Double(numbers.0) / 100))
        return points
    }
}

/// A place on the Earth: WGS84 latitude and longitude in degrees.
///
/// Latitude runs from −90 (south pole) to 90, longitude from −180 to 180 (east positive);
/// `isValid` says whether both lie in range and are finite. The model stores a node's place
/// in its `lat` and `lon` attributes (`GeoFields`); `Node.location` reads them as a point.
public struct GeoPoint: Hashable, Sendable, CustomStringConvertible {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The largest latitude and longitude in magnitude (degrees): the one home of the range
    /// rule, which `isValid` and validation (`Validation`, naming the bad field) both read.
    public static let latitudeLimit = 90.0, longitudeLimit = 180.0

    /// Whether `degrees` is a finite number from −`limit` to `limit`.
    public static func isInRange(_ degrees: Double, limit: Double) -> Bool {
        degrees.isFinite && abs(degrees) <= limit
    }

    public var isValid: Bool {
        GeoPoint.isInRange(latitude, limit: GeoPoint.latitudeLimit) && GeoPoint.isInRange(longitude, limit: GeoPoint.longitudeLimit)
    }

    public var description: String { "\(latitude), \(longitude)" }
}

extension Node {
    /// The node's own place: its `lat` and `lon` attributes when both are numbers, else nil.
    /// Setting it writes both as doubles; setting nil removes both.
    public var location: GeoPoint? {
        get {
            guard let lat = attributes[GeoFields.latitude]?.numericValue,
                  let lon = attributes[GeoFields.longitude]?.numericValue else { return nil }
            return GeoPoint(latitude: lat, longitude: lon)
        }
        set {
            attributes[GeoFields.latitude] = newValue.map { .double($0.latitude) }
            attributes[GeoFields.longitude] = newValue.map { .double($0.longitude) }
        }
    }
}

import Geodesy

/// A WGS84 latitude and longitude in degrees.
public struct GeoPoint: Sendable, Equatable, Codable {
  public var latitude: Double
  public var longitude: Double

  /// Creates a point.
  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }

  /// Great-circle distance in miles (haversine on the IUGG mean Earth radius; see ``GreatCircle``).
  public func greatCircleMiles(to other: GeoPoint) -> Double {
    GreatCircle.miles(
      latitude1: latitude, longitude1: longitude, latitude2: other.latitude, longitude2: other.longitude)
  }
}

import Foundation

/// A WGS84 latitude and longitude in degrees.
public struct GeoPoint: Sendable, Equatable, Codable {
  public var latitude: Double
  public var longitude: Double

  /// Creates a point.
  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }

  /// Great-circle distance in miles (haversine, mean Earth radius 3,958.8 miles).
  public func greatCircleMiles(to other: GeoPoint) -> Double {
    let earthRadiusMiles = 3_958.8
    let toRadians = Double.pi / 180
    let deltaLatitude = (other.latitude - latitude) * toRadians
    let deltaLongitude = (other.longitude - longitude) * toRadians
    let haversine =
      sin(deltaLatitude / 2) * sin(deltaLatitude / 2) + cos(latitude * toRadians) * cos(other.latitude * toRadians)
      * sin(deltaLongitude / 2) * sin(deltaLongitude / 2)
    return 2 * earthRadiusMiles * asin(min(1, sqrt(haversine)))
  }
}

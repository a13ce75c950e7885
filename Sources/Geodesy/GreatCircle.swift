import Foundation

/// Great-circle distance on a spherical Earth (the haversine formula).
public enum GreatCircle {
  /// The Earth's mean radius in statute miles (6,371.0088 km, the IUGG mean radius).
  public static let earthRadiusMiles = 6_371.0088 / 1.609_344

  /// Miles between two points given in degrees of latitude and longitude (WGS84).
  public static func miles(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
    let radians = Double.pi / 180
    let deltaLatitude = (latitude2 - latitude1) * radians
    let deltaLongitude = (longitude2 - longitude1) * radians
    let sinHalfLatitude = sin(deltaLatitude / 2)
    let sinHalfLongitude = sin(deltaLongitude / 2)
    let haversine =
      sinHalfLatitude * sinHalfLatitude
      + cos(latitude1 * radians) * cos(latitude2 * radians) * sinHalfLongitude * sinHalfLongitude
    return 2 * earthRadiusMiles * asin(min(1, sqrt(haversine)))
  }
}

import PlacementDomain
import Testing

@Suite("Great-circle distance")
struct GeoPointTests {
  @Test("one degree of latitude is about 69 miles")
  func oneDegree() {
    let miles = GeoPoint(latitude: 54, longitude: -1).greatCircleMiles(to: GeoPoint(latitude: 55, longitude: -1))
    #expect(abs(miles - 69.09) < 0.05)
  }

  @Test("Redcar (TS10) to Middlesbrough (TS1) is about 7.2 miles, symmetric")
  func redcarToMiddlesbrough() {
    let redcar = GeoPoint(latitude: 54.60656, longitude: -1.06791)
    let middlesbrough = GeoPoint(latitude: 54.57179, longitude: -1.23733)
    // Reference: haversine by hand with R = 3958.8 miles gives 7.196 miles (independent Python check).
    let miles = redcar.greatCircleMiles(to: middlesbrough)
    #expect(abs(miles - 7.196) < 0.005)
    #expect(abs(miles - middlesbrough.greatCircleMiles(to: redcar)) < 1e-9)
  }
}

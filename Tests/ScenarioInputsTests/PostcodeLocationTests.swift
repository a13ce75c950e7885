import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

/// Areas and providers may give a postcode (district or full) in place of a latitude and longitude.
@Suite("Postcodes in scenarios")
struct PostcodeLocationTests {
  static let centroids = ["TS18": GeoPoint(latitude: 54.56241, longitude: -1.32257)]
  static let locator = PostcodeLocator(source: "centroids.csv") { postcode in
    let district = postcode.uppercased().split(separator: " ").first.map(String.init) ?? ""
    return centroids[district]
  }

  func load(_ text: String, locator: PostcodeLocator? = Self.locator) throws -> ScenarioLoader.Result {
    try ScenarioLoader.load(
      text: text, path: "test.yaml", folder: URL(fileURLWithPath: "/tmp"),
      options: ScenarioLoader.Options(postcodes: locator))
  }

  func issues(_ text: String, locator: PostcodeLocator? = Self.locator) -> [ScenarioIssue] {
    do {
      _ = try load(text, locator: locator)
      return []
    } catch let error as ScenarioError {
      return error.issues
    } catch {
      Issue.record("unexpected error \(error)")
      return []
    }
  }

  @Test("a district or full postcode places an area and a provider at the district's centroid")
  func postcodePlaces() throws {
    let text = ScenarioLoaderTests.valid
      .replacingOccurrences(
        of: "{id: north, authority: la, latitude: 54.6, longitude: -1.1,",
        with: "{id: north, authority: la, postcode: TS18,"
      )
      .replacingOccurrences(
        of: "{id: ifa, provision: ifa, latitude: 54.55, longitude: -1.2,",
        with: "{id: ifa, provision: ifa, postcode: ts18 1ab,")
    let scenario = try load(text).scenario
    #expect(scenario.areas[0].location == Self.centroids["TS18"])
    #expect(scenario.providers[0].location == Self.centroids["TS18"])
  }

  @Test("an unknown postcode, a postcode beside coordinates, or no table are clear errors")
  func badPostcodes() {
    let unknown = ScenarioLoaderTests.valid.replacingOccurrences(
      of: "{id: south, authority: la, latitude: 54.5, longitude: -1.0,",
      with: "{id: south, authority: la, postcode: ZZ99 9ZZ,")
    let found = issues(unknown)
    #expect(found.count == 1)
    #expect(found.first?.path == "areas[1].postcode")
    #expect(found.first?.line == 8)
    #expect(found.first?.message == "unknown postcode 'ZZ99 9ZZ': its district is not in centroids.csv")
    let both = ScenarioLoaderTests.valid.replacingOccurrences(
      of: "{id: south, authority: la, latitude: 54.5,",
      with: "{id: south, authority: la, postcode: TS18, latitude: 54.5,")
    #expect(issues(both).contains { $0.message == "both a postcode and a latitude/longitude are given" })
    let valid = unknown.replacingOccurrences(of: "ZZ99 9ZZ", with: "TS18")
    #expect(issues(valid, locator: nil).contains { $0.message.contains("no postcode centroid table was found") })
  }
}

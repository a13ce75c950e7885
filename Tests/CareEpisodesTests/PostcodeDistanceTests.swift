import Foundation
import Testing

@testable import CareEpisodes

@Suite("Postcode districts and distances")
struct PostcodeDistanceTests {
  @Test("Full postcodes, sectors and districts reduce to the district")
  func districts() {
    #expect(PostcodeDistricts.district(of: "TS10 1AB") == "TS10")
    #expect(PostcodeDistricts.district(of: "ts101ab") == "TS10")
    #expect(PostcodeDistricts.district(of: "TS10 1") == "TS10")
    #expect(PostcodeDistricts.district(of: " TS10 ") == "TS10")
    #expect(PostcodeDistricts.district(of: "NE1") == "NE1")
    #expect(PostcodeDistricts.district(of: "") == nil)
  }

  @Test("Redcar (TS10) to Guisborough (TS14) is 5.17 miles, as an independent haversine gives")
  func redcarToGuisborough() throws {
    let districts = try PostcodeDistricts(contentsOf: TestFiles.fixture("postcodes-sample.csv"))
    let miles = try #require(districts.miles(from: "TS10 1AB", to: "TS14 6"))
    // Python: haversine((54.60656, -1.06791), (54.53189, -1.06034)) with R = 6371.0088 km / 1.609344 = 5.168108.
    #expect(abs(miles - 5.168108) < 0.0001)
    // Flat-earth check: 0.07467° of latitude × 69.09 miles per degree ≈ 5.159 miles, plus a little longitude.
    #expect(miles > 5.15 && miles < 5.19)
  }

  @Test("Redcar to Newcastle is beyond 20 miles, Redcar (TS6) to Darlington within")
  func longerDistances() throws {
    let districts = try PostcodeDistricts(contentsOf: TestFiles.fixture("postcodes-sample.csv"))
    // Python haversine: TS10–NE1 33.282663 miles, TS6–DL1 15.585514 miles.
    #expect(abs((districts.miles(from: "TS10", to: "NE1 4") ?? 0) - 33.282663) < 0.0001)
    #expect(abs((districts.miles(from: "TS6 0", to: "DL1") ?? 0) - 15.585514) < 0.0001)
    #expect(districts.miles(from: "TS10", to: "ZZ99") == nil)
    #expect(districts.miles(from: "", to: "TS10") == nil)
  }

  @Test("The shipped centroid file has every UK district, including TS10")
  func shippedCentroids() throws {
    let url = TestFiles.packageRoot.appendingPathComponent("Data/postcodes/uk_postcode_district_centroids.csv")
    let districts = try PostcodeDistricts(contentsOf: url)
    #expect(districts.centroids.count == 2_856)
    #expect(districts.centroids["TS10"] == PostcodeDistricts.Centroid(latitude: 54.60656, longitude: -1.06791))
  }
}

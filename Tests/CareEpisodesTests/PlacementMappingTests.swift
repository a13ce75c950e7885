import Foundation
import Testing

@testable import CareEpisodes

@Suite("Placement mapping")
struct PlacementMappingTests {
  let mapping = PlacementMapping.standard

  @Test("Fostering splits by provider; kinship, residential, supported, parents and adoption by PLACE")
  func standardRules() {
    let cases: [(String, String, EpisodeProvisionType)] = [
      ("U4", "PR1", .fosteringInHouse), ("U5", "PR1", .fosteringInHouse), ("U6", "PR2", .fosteringInHouse),
      ("U4", "PR4", .fosteringAgency), ("U6", "PR5", .fosteringAgency),
      ("U1", "PR1", .kinship), ("U2", "PR4", .kinship), ("U3", "PR0", .kinship),
      ("K2", "PR1", .residential), ("R1", "PR4", .residential),
      ("H5", "PR4", .supported), ("K3", "PR5", .supported), ("P2", "PR1", .supported),
      ("P1", "PR0", .placedWithParents),
      ("A3", "PR1", .adoption), ("A4", "PR1", .adoption), ("A5", "PR5", .adoption), ("A6", "PR1", .adoption),
      ("S1", "PR4", .other), ("K1", "PR3", .other), ("R5", "PR3", .other), ("Z1", "PR1", .other),
    ]
    for (place, provider, expected) in cases {
      #expect(mapping.provisionType(place: place, provider: provider) == expected, "\(place)/\(provider)")
    }
  }

  @Test("Unknown codes, and foster placements without a known provider, match no rule")
  func unknownCodes() {
    #expect(mapping.provisionType(place: "X9", provider: "PR1") == nil)
    #expect(mapping.provisionType(place: "U4", provider: "PR0") == nil)
    #expect(mapping.provisionType(place: "U4", provider: "") == nil)
  }

  @Test("A user's CSV overrides a rule and adds new ones, in any case")
  func override() throws {
    let custom = try mapping.overriding(with: TestFiles.fixture("mapping-override.csv"))
    #expect(custom.provisionType(place: "U4", provider: "PR2") == .fosteringAgency)
    #expect(custom.provisionType(place: "X9", provider: "PR1") == .residential)
    #expect(custom.provisionType(place: "U4", provider: "PR1") == .fosteringInHouse)
    #expect(custom.rules.count == mapping.rules.count + 1)
  }

  @Test("A bad mapping file lists every bad row with its line")
  func badOverride() {
    do {
      _ = try mapping.overriding(with: TestFiles.fixture("mapping-bad.csv"))
      Issue.record("expected an error")
    } catch let error as EpisodeIngestError {
      guard case .badMapping(_, let problems) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(problems.map(\.line) == [2, 3])
      #expect(error.description.contains("foster_care"))
      #expect(error.isInvalidInput)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test("The shipped mapping table is the standard one")
  func shippedTable() throws {
    let shipped = TestFiles.packageRoot.appendingPathComponent("Data/ssda903/placement-mapping.csv")
    let empty = PlacementMapping(rules: [])
    #expect(try empty.overriding(with: shipped) == mapping)
    #expect(try String(contentsOf: shipped, encoding: .utf8) == mapping.csvDocument.render())
  }
}

import Foundation
import GLPKBackend
import PlacementDomain
import Planning
import Testing

@Suite("Determinism")
struct DeterminismTests {
  @Test("two runs of the same scenario give equal plans and byte-identical JSON")
  func byteIdentical() throws {
    var builder = ScenarioBuilder()
    builder.horizonYears = 3
    builder.maximumRecruits = 3
    builder.attrition = 0.11
    let scenario = builder.build()
    func plan() throws -> Plan {
      try Planner(solver: GLPKSolver()).plan(
        scenario, demand: try DemandResolver().resolve(scenario), scenarioHash: "same"
      ).plan
    }
    let first = try plan()
    let second = try plan()
    #expect(first == second)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    #expect(try encoder.encode(first) == encoder.encode(second))
    #expect(!first.placements.isEmpty)
  }
}

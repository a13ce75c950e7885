import Foundation
import GLPKBackend
import PlacementDomain
import Planning
import Reporting
import Testing

@Suite("Determinism")
struct DeterminismTests {
  @Test("two runs of the same scenario give byte-identical files")
  func byteIdentical() throws {
    var builder = ScenarioBuilder()
    builder.horizonYears = 3
    builder.maximumRecruits = 3
    builder.attrition = 0.11
    let scenario = builder.build()
    func files() throws -> [String] {
      let outcome = try Planner(solver: GLPKSolver()).plan(
        scenario, demand: try DemandResolver().resolve(scenario), scenarioHash: "same")
      return try PlanExport.files(for: outcome.plan).map(\.text)
    }
    let first = try files()
    let second = try files()
    #expect(first == second)
    #expect(first.count == 7)
  }
}

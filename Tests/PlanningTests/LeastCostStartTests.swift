import Foundation
import GLPKBackend
import LinearProgramming
import PlacementDomain
import ScenarioInputs
import Testing

@testable import Planning

/// The least-cost greedy start must be a basis GLPK accepts, and a plan started from it must be as cheap as any.
@Suite("Least-cost start")
struct LeastCostStartTests {
  static let teesValley = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Scenarios/tees-valley-regional/scenario.yaml")

  func scenario() -> Scenario { ScenarioBuilder.threeYearsWithNearIFA() }

  @Test("the start has one basic variable per row, and GLPK starts from it without rebuilding a basis")
  func isABasis() throws {
    for scenario in [scenario(), try ScenarioLoader.load(from: Self.teesValley).scenario] {
      let demand = try DemandResolver().resolve(scenario)
      let formulation = PlanFormulation(scenario: scenario, demand: demand)
      let start = LeastCostStart(formulation: formulation, program: formulation.program)
      let basic = start.basis.rows.filter { $0 == .basic }.count + start.basis.columns.filter { $0 == .basic }.count
      #expect(basic == formulation.program.constraints.count)
      #expect(!start.columns.isEmpty)
      let solution = try GLPKSolver().solve(
        Planner.continuous(formulation.program),
        options: SolveOptions(method: .primalSimplex, warmStart: start.basis))
      #expect(solution.isOptimal)
      #expect(!solution.rawStatus.contains("warm-start basis rejected"))
    }
  }

  @Test("planning with the chosen simplex from the greedy start finds the optimum of the dual simplex's plan")
  func sameOptimum() throws {
    for scenario in [scenario(), try ScenarioLoader.load(from: Self.teesValley).scenario] {
      let demand = try DemandResolver().resolve(scenario)
      var reference = Planner(solver: GLPKSolver())
      reference.pricingThreshold = nil
      var chosen = reference
      chosen.choosesMethod = true
      let expected = try #require(
        try reference.plan(scenario, demand: demand, scenarioHash: "t").solution.objectiveValue)
      let outcome = try chosen.plan(scenario, demand: demand, scenarioHash: "t")
      let found = try #require(outcome.solution.objectiveValue)
      #expect(abs(found - expected) <= 1e-9 * abs(expected))
      // Another optimum may buy the same cost with another mix (an in-house place for an IFA place at the same
      // price), so the cash total (uplifted by provision type) and the split of fees and mileage may differ; the
      // spending, recruits, gap and beds may not.
      let foundTotals = outcome.plan.totals
      let expectedTotals = try reference.plan(scenario, demand: demand, scenarioHash: "t").plan.totals
      // Each cost line is rounded to the penny once, so two mixes of equal cost may differ by up to half a penny a
      // placement line.
      #expect(abs(foundTotals.totalCost - expectedTotals.totalCost) <= 0.005 * Double(outcome.plan.placements.count))
      #expect(foundTotals.householdsToRecruit == expectedTotals.householdsToRecruit)
      #expect(foundTotals.unmetPlacementYears == expectedTotals.unmetPlacementYears)
      #expect(foundTotals.lastResortPlacementYears == expectedTotals.lastResortPlacementYears)
      #expect(foundTotals.peakEmergencyBeds == expectedTotals.peakEmergencyBeds)
      #expect(foundTotals.emergencyBedShortfall == expectedTotals.emergencyBedShortfall)
    }
  }
}

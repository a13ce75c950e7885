import Foundation
import GLPKBackend
import LinearProgramming
import PlacementDomain
import Planning
import ScenarioInputs
import Testing

/// Pricing (cheapest columns first, the rest added by reduced cost) must reach the optimum of the whole programme.
@Suite("Priced placement solve")
struct PricedPlacementSolveTests {
  func scenario() -> Scenario { ScenarioBuilder.threeYearsWithNearIFA() }

  @Test("starting from one column per demand row, pricing reaches the direct solve's optimum and plan")
  func sameAsDirect() throws {
    let scenario = scenario()
    let demand = try DemandResolver().resolve(scenario)
    var direct = Planner(solver: GLPKSolver())
    direct.pricingThreshold = nil
    var priced = Planner(solver: GLPKSolver())
    priced.pricingThreshold = 0
    priced.pricingColumnsPerRow = 1
    let reference = try direct.plan(scenario, demand: demand, scenarioHash: "test")
    let outcome = try priced.plan(scenario, demand: demand, scenarioHash: "test")
    let expected = try #require(reference.solution.objectiveValue)
    let found = try #require(outcome.solution.objectiveValue)
    #expect(abs(found - expected) <= 1e-7 * abs(expected))
    #expect(outcome.solution.variableValues.count == reference.formulation.program.variables.count)
    #expect(outcome.plan.totals == reference.plan.totals)
    // Every column's reduced cost is non-negative at its lower bound: the duals certify optimality.
    for (index, value) in outcome.solution.variableValues.enumerated() where value < 1e-9 {
      #expect(outcome.solution.reducedCosts[index] > -1e-6)
    }
  }

  @Test("on the five-council Tees Valley scenario, pricing from one column per row reaches the direct optimum")
  func regionalSameAsDirect() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios/tees-valley-regional/scenario.yaml")
    let scenario = try ScenarioLoader.load(from: folder).scenario
    let demand = try DemandResolver().resolve(scenario)
    #expect(!PlanFormulation(scenario: scenario, demand: demand).program.hasIntegerVariables)
    var direct = Planner(solver: GLPKSolver())
    direct.pricingThreshold = nil
    var priced = Planner(solver: GLPKSolver())
    priced.pricingThreshold = 0
    priced.pricingColumnsPerRow = 1
    let reference = try direct.plan(scenario, demand: demand, scenarioHash: "test")
    let expected = try #require(reference.solution.objectiveValue)
    let outcome = try priced.plan(scenario, demand: demand, scenarioHash: "test")
    let found = try #require(outcome.solution.objectiveValue)
    #expect(abs(found - expected) <= 1e-7 * abs(expected))
    // Priced, the plan's and the status quo's programmes are let go while they solve and built again: the same
    // status quo, and the whole programme back for the shadow prices.
    let statusQuo = try #require(reference.plan.totals.statusQuoCost)
    #expect(abs((outcome.plan.totals.statusQuoCost ?? 0) - statusQuo) <= 1e-6 * abs(statusQuo))
    #expect(outcome.formulation.program.constraints.count == reference.formulation.program.constraints.count)
    for (index, value) in outcome.solution.variableValues.enumerated() where value < 1e-9 {
      #expect(outcome.solution.reducedCosts[index] > -1e-6)
    }
  }
}

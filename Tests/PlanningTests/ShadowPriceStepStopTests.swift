import GLPKBackend
import LinearProgramming
import PlacementDomain
import Planning
import Testing

/// A resource's steps stop at the first whose per-unit effect is not the first unit's
/// (``RightHandSideVariants/carriesOn``); the shadow prices must be those of solving every step.
@Suite("Shadow-price steps that stop")
struct ShadowPriceStepStopTests {
  /// GLPK with the caller's say on which steps are wanted taken away: every step is solved.
  struct EveryStepSolved: LinearSolver {
    let base = GLPKSolver()
    var name: String { base.name }
    var versionDescription: String { base.versionDescription }

    func solve(_ program: LinearProgram, options: SolveOptions) throws -> Solution {
      try base.solve(program, options: options)
    }

    func solve(_ program: LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws
      -> [Solution]
    {
      var every = variants
      every.carriesOn = nil
      return try base.solve(program, variants: every, options: options)
    }
  }

  static func scenarios() -> [Scenario] {
    var budget = ScenarioBuilder()
    budget.budgetCeiling = Units.weeksPerYear * (10 * 400 + 5 * 800)
    var unmet = ScenarioBuilder()
    unmet.lastResortWeeklyPrice = nil
    var share = ScenarioBuilder(demandPerYear: 25, ifaPlaces: 20)
    share.minimumInHouseShare = 0.6
    return [
      ScenarioBuilder().build(), budget.build(), unmet.build(), share.build(), ScenarioBuilder.threeYearsWithNearIFA(),
    ]
  }

  @Test("the same shadow prices, units held included, as when every step is solved", arguments: scenarios().indices)
  func sameAsEveryStep(index: Int) throws {
    let scenario = Self.scenarios()[index]
    let demand = try DemandResolver().resolve(scenario)
    let stopping = try Planner(solver: GLPKSolver()).plan(scenario, demand: demand, scenarioHash: "test").plan
    let every = try Planner(solver: EveryStepSolved()).plan(scenario, demand: demand, scenarioHash: "test").plan
    #expect(stopping.shadowPrices == every.shadowPrices)
    // Some resource holds for fewer than 16 units, so some steps were left unsolved.
    #expect(stopping.shadowPrices.contains { $0.binding && ($0.holdsForUnits ?? 16) < 8 })
  }
}

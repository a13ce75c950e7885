import Foundation
import LinearProgramming
import PlacementDomain
import Planning

/// Loads a scenario, resolves its demand, and solves the plan: the steps `plan`, `compare` and `report` share.
struct PlanRunner {
  var solverOptions: SolverOptionGroup
  /// Pool identical providers (off only for benchmarks).
  var poolIdenticalProviders = true
  /// Solve large LPs by pricing (off only for benchmarks).
  var pricing = true
  /// Placement columns from which an LP is priced, when not the planner's default (benchmarks only).
  var pricingThreshold: Int?

  /// A solved scenario and the files it was read from.
  struct Run {
    var loaded: ScenarioLoader.Result
    var outcome: Planner.Outcome
  }

  func run(scenarioPath: String?) throws -> Run {
    var timings: [PhaseTiming] = []
    let loaded = try PhaseTiming.measure("load", into: &timings) { try ScenarioLocator.load(scenarioPath) }
    let demand = try PhaseTiming.measure("demand", into: &timings) {
      try DemandResolver(forecaster: DemandForecasting.forecaster()).resolve(loaded.scenario)
    }
    var planner = Planner(
      solver: try solverOptions.makeSolver(), options: solverOptions.solveOptions,
      poolIdenticalProviders: poolIdenticalProviders)
    planner.choosesMethod = solverOptions.method == nil
    if let pricingThreshold { planner.pricingThreshold = pricingThreshold }
    if !pricing { planner.pricingThreshold = nil }
    let outcome = try planner.plan(
      loaded.scenario, demand: demand, scenarioHash: loaded.contentHash,
      warnings: loaded.warnings.map(\.description))
    try solverOptions.emitLog(outcome.solution.solverLog)
    var result = Run(loaded: loaded, outcome: outcome)
    result.outcome.timings = timings + outcome.timings
    return result
  }
}

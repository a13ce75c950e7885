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

  /// A solved scenario and the files it was read from.
  struct Run {
    var loaded: ScenarioLoader.Result
    var outcome: Planner.Outcome
  }

  /// Loads the scenario at `scenarioPath` (the bundled default when `nil`) with `options` (changed values, the
  /// postcode table) and solves it.
  func run(scenarioPath: String?, options: ScenarioLoader.Options? = nil) throws -> Run {
    var timings: [PhaseTiming] = []
    let loaded = try PhaseTiming.measure("load", into: &timings) {
      try ScenarioLocator.load(scenarioPath, options: options)
    }
    let demand = try PhaseTiming.measure("demand", into: &timings) {
      try DemandResolver(forecaster: DemandForecasting.forecaster()).resolve(loaded.scenario)
    }
    var planner = Planner(
      solver: try solverOptions.makeSolver(), options: solverOptions.solveOptions,
      poolIdenticalProviders: poolIdenticalProviders)
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

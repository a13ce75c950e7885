import Foundation
import LinearProgramming
import PlacementDomain
import Planning
import ScenarioInputs

/// Loads a scenario and plans it with the chosen solver and forecaster: the steps `plan`, `compare` and `report` share.
struct PlanRunner {
  var solverOptions: SolverOptionGroup
  /// Pool identical providers (off only for benchmarks).
  var poolIdenticalProviders = true
  /// Solve large LPs by pricing (off only for benchmarks).
  var pricing = true
  /// Files besides the scenario's own inputs that the solver log must not overwrite (the other scenario of a
  /// comparison).
  var protectedPaths: Set<String> = []
  /// Placement columns from which an LP is priced, when not the planner's default (benchmarks only).
  var pricingThreshold: Int?

  /// A solved scenario and the files it was read from.
  struct Run {
    var loaded: ScenarioLoader.Result
    var outcome: Planner.Outcome
    /// The forecaster that forecast the plan's demand, holding its fitted forecasts: the report's sweep and
    /// sensitivity reuse them rather than fitting each history again.
    var forecaster: HistoryForecaster
  }

  /// Loads the scenario at `scenarioPath` (the bundled default when `nil`) with `options` (changed values, the
  /// postcode table) and solves it.
  func run(scenarioPath: String?, options: ScenarioLoader.Options? = nil) throws -> Run {
    var timings: [PhaseTiming] = []
    let loaded = try PhaseTiming.measure("load", into: &timings) {
      try ScenarioLocator.load(scenarioPath, options: options)
    }
    let inputs = protectedPaths.union(loaded.inputPaths)
    try solverOptions.checkLogTarget(protecting: inputs)
    var planner = Planner(
      solver: try solverOptions.makeSolver(), options: solverOptions.solveOptions,
      poolIdenticalProviders: poolIdenticalProviders)
    planner.choosesMethod = solverOptions.method == nil
    if let pricingThreshold { planner.pricingThreshold = pricingThreshold }
    if !pricing { planner.pricingThreshold = nil }
    let forecaster = Forecasters.history()
    let outcome = try planner.plan(
      loaded.scenario, forecaster: forecaster, scenarioHash: loaded.contentHash,
      warnings: loaded.warnings.map(\.description))
    try solverOptions.emitLog(outcome.solution.solverLog, protecting: inputs)
    var result = Run(loaded: loaded, outcome: outcome, forecaster: forecaster)
    result.outcome.timings = timings + outcome.timings
    return result
  }
}

import PlacementDomain

extension Planner {
  /// Plans a scenario from start to finish, the one entry point the commands use: resolves its demand (forecasting
  /// from history with `forecaster` where the scenario asks for a forecast), then formulates, solves with the
  /// planner's solver and interprets.
  ///
  /// - Parameters:
  ///   - forecaster: forecasts demand given as a forecast; `nil` when the scenario gives demand directly.
  ///   - scenarioHash: the content hash of the scenario files, recorded in the plan.
  ///   - warnings: notes to carry into the plan (for example the loader's).
  /// - Returns: the outcome, with the `demand` phase timed before ``plan(_:demand:scenarioHash:warnings:)``'s phases.
  /// - Throws: ``PlanningError`` for demand that cannot be resolved or a solve with no usable plan; the forecaster's
  ///   errors.
  public func plan(
    _ scenario: Scenario, forecaster: (any DemandForecastSource)?, scenarioHash: String, warnings: [String] = []
  ) throws -> Outcome {
    var timings: [PhaseTiming] = []
    let demand = try PhaseTiming.measure("demand", into: &timings) {
      try DemandResolver(forecaster: forecaster).resolve(scenario)
    }
    var outcome = try plan(scenario, demand: demand, scenarioHash: scenarioHash, warnings: warnings)
    outcome.timings = timings + outcome.timings
    return outcome
  }
}

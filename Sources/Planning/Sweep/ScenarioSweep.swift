import LinearProgramming
import PlacementDomain

/// A Monte Carlo sweep of a scenario, the one way in for `sweep`: the scenario's planned demand resolved by its
/// forecaster, the programme built once for it (``DemandSweep``), and each draw's demand (``SweepDemandDraws``).
public struct ScenarioSweep: Sendable {
  /// The programme built for the planned demand, re-solved for each draw.
  public let sweep: DemandSweep
  /// Each draw's demand.
  public let draws: SweepDemandDraws

  /// Prepares `count` demand draws of `scenario` with `seed` (`noise`: sigma of the lognormal factor on given
  /// demand), forecasts made by `forecaster`, solved by `solver` with `options`.
  public init(
    scenario: Scenario, count: Int, seed: UInt64, noise: Double, forecaster: HistoryForecaster,
    solver: any LinearSolver, options: SolveOptions
  ) throws {
    let demand = try DemandResolver(forecaster: forecaster).resolve(scenario)
    draws = try SweepDemandDraws(
      scenario: scenario, base: demand, count: count, seed: seed, noise: noise, forecaster: forecaster)
    sweep = DemandSweep(scenario: scenario, demand: demand, solver: solver, options: options)
  }

  /// Solves the draws numbered `selected` (0-based): warm, each from the previous draw's basis, or `cold`, each
  /// built and solved afresh (the reference the warm sweep is measured against).
  public func run(draws selected: [Int], cold: Bool = false) throws -> [DemandSweep.Result] {
    cold
      ? try sweep.runCold(draws: selected, demand: draws.demand(draw:))
      : try sweep.runWarm(draws: selected, demand: draws.demand(draw:))
  }
}

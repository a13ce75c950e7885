import Foundation
import LinearProgramming
import PlacementDomain
import Statistics

/// The report's risk section: a small seeded demand sweep (each draw re-solved warm from the previous one) and the
/// plan re-solved with each main assumption changed by a stated amount, warm from the plan's own optimal basis. Kept
/// small so a report stays quick, and seeded so the same scenario always gives the same report.
public enum PlanRiskAnalysis {
  /// Demand draws in the report's sweep unless `--risk-draws` says otherwise (`sweep` runs as many as asked).
  public static let defaultDraws = 100
  /// The report sweep's seed.
  public static let seed: UInt64 = 1
  /// Sigma of the demand factor for authorities with given demand (as `sweep`'s default).
  public static let noise = 0.1

  /// The sweep's spreads and the re-solved variants for `outcome`, the plan of `scenario` whose demand `forecaster`
  /// forecast (its fitted forecasts are simulated, not fitted again); the time of each part (`risk_draws`, the demand
  /// draws; `risk_sweep`, their solves; `sensitivity`) is added to `timings`.
  public static func analyse(
    _ scenario: Scenario, outcome: Planner.Outcome, forecaster: HistoryForecaster, draws: Int,
    solver: any LinearSolver, options: SolveOptions, timings: inout [PhaseTiming]
  ) throws -> RiskAnalysis {
    let demand = outcome.formulation.demand
    let source = try PhaseTiming.measure("risk_draws", into: &timings) {
      try SweepDemandDraws(
        scenario: scenario, base: demand, count: draws, seed: seed, noise: noise, forecaster: forecaster)
    }
    let results = try PhaseTiming.measure("risk_sweep", into: &timings) {
      let sweep = DemandSweep(formulation: outcome.formulation, solver: solver, options: options)
      return try sweep.runWarm(draws: Array(0..<draws), demand: source.demand(draw:)).sorted { $0.draw < $1.draw }
    }
    func spreads(_ value: (DemandSweep.Result, Int) -> Double) -> [RiskAnalysis.Spread] {
      scenario.planYears.map { year in spread(year: year, results.map { value($0, year) }) }
    }
    let resolve = VariantResolve(outcome: outcome, solver: solver, options: options)
    let variants = try PhaseTiming.measure("sensitivity", into: &timings) {
      try sensitivities(scenario, demand: demand, resolve: resolve, forecaster: forecaster)
    }
    return RiskAnalysis(
      draws: draws, seed: seed, noise: noise, cost: spreads { $0.annualCost[$1] ?? 0 },
      recruits: spreads { $0.householdsRecruitedByYear[$1] ?? 0 }, gap: spreads { $0.gapByYear[$1] ?? 0 },
      emergencyBedsHeld: spreads { $0.emergencyBedsHeldByYear[$1] ?? 0 },
      totalCost: spread(year: 0, results.map(\.totalCost)),
      totalRecruits: spread(year: 0, results.map(\.householdsRecruited)), sensitivities: variants)
  }

  private static func spread(year: Int, _ values: [Double]) -> RiskAnalysis.Spread {
    let sorted = values.sorted()
    return RiskAnalysis.Spread(
      year: year, p10: SampleQuantile.type7(sorted, 0.1), p50: SampleQuantile.type7(sorted, 0.5),
      p90: SampleQuantile.type7(sorted, 0.9))
  }

  /// One changed scenario: what changed, in words, and the scenario (and demand, when it changes too).
  private struct Variant {
    var assumption: String
    var change: String
    var shortLabel: String
    var scenario: Scenario
    var demand: DemandTable?
  }

  /// The plan re-solved with each main assumption changed, warm from the plan's basis: demand quantile, carer
  /// attrition, the recruitment limit, IFA and residential prices, emergency arrivals.
  private static func sensitivities(
    _ scenario: Scenario, demand: DemandTable, resolve: VariantResolve, forecaster: HistoryForecaster
  ) throws -> [RiskAnalysis.Sensitivity] {
    var variants: [Variant] = []
    let quantiles = scenario.demand.compactMap { specification -> Double? in
      if case .forecast(let forecast) = specification.source { return forecast.quantile }
      return nil
    }
    if let planned = quantiles.first {
      for target in [0.5, 0.9] where abs(target - planned) > 0.001 {
        var changed = scenario
        changed.demand = scenario.demand.map { specification in
          var specification = specification
          if case .forecast(var forecast) = specification.source {
            forecast.quantile = target
            specification.source = .forecast(forecast)
          }
          return specification
        }
        let resolved = try DemandResolver(forecaster: forecaster).resolve(changed)
        variants.append(
          Variant(
            assumption: "Demand", change: "planned at P\(percent(target)) instead of P\(percent(planned))",
            shortLabel: "Demand at P\(percent(target))",
            scenario: changed, demand: resolved))
      }
    }
    let givenDemand = scenario.demand.contains { specification in
      if case .forecast = specification.source { return false }
      return true
    }
    if quantiles.isEmpty && givenDemand {
      for factor in [0.9, 1.1] {
        var scaled = demand
        scaled.placements = demand.placements.mapValues { authorities in
          authorities.mapValues { needs in needs.mapValues { $0 * factor } }
        }
        variants.append(
          Variant(
            assumption: "Demand", change: factor < 1 ? "10% lower than given" : "10% higher than given",
            shortLabel: factor < 1 ? "Demand -10%" : "Demand +10%", scenario: scenario, demand: scaled))
      }
    }
    if !scenario.inHouseFostering.isEmpty {
      let attrition =
        scenario.inHouseFostering.map(\.annualAttrition).reduce(0, +)
        / Double(scenario.inHouseFostering.count)
      var higher = scenario
      higher.inHouseFostering = scenario.inHouseFostering.map { supply in
        var supply = supply
        supply.annualAttrition = min(0.95, supply.annualAttrition + 0.03)
        return supply
      }
      variants.append(
        Variant(
          assumption: "Carer attrition",
          change: "3 points higher (" + percentText(attrition) + " to " + percentText(attrition + 0.03) + " a year)",
          shortLabel: "Attrition +3 points",
          scenario: higher))
      var fewer = scenario
      fewer.inHouseFostering = scenario.inHouseFostering.map { supply in
        var supply = supply
        // Whole households stay whole (an integer column's bound must be a whole number).
        let lower = supply.maximumRecruitsPerYear * 0.75
        supply.maximumRecruitsPerYear = supply.wholeRecruits ? lower.rounded(.down) : lower
        return supply
      }
      let limit = scenario.inHouseFostering.map(\.maximumRecruitsPerYear).reduce(0, +)
      let lowered = fewer.inHouseFostering.map(\.maximumRecruitsPerYear).reduce(0, +)
      variants.append(
        Variant(
          assumption: "Recruitment limit",
          change: "25% lower (" + whole(limit) + " to " + whole(lowered) + " households a year)",
          shortLabel: "Recruitment limit -25%",
          scenario: fewer))
    }
    for (category, name, short) in [
      (ProvisionCategory.independentFostering, "IFA prices", "IFA prices +10%"),
      (.externalResidential, "Residential prices", "Residential prices +10%"),
    ] {
      let types = Set(scenario.provisionTypes.filter { $0.category == category }.map(\.id))
      guard scenario.providers.contains(where: { types.contains($0.provisionType) }) else { continue }
      var changed = scenario
      changed.providers = scenario.providers.map { provider in
        guard types.contains(provider.provisionType) else { return provider }
        var provider = provider
        provider.weeklyPrice *= 1.1
        provider.weeklyPriceByNeed = provider.weeklyPriceByNeed.mapValues { $0 * 1.1 }
        provider.blockContract?.weeklyPricePerBed *= 1.1
        return provider
      }
      variants.append(Variant(assumption: name, change: "10% higher", shortLabel: short, scenario: changed))
    }
    if let emergency = scenario.emergency, !emergency.arrivalsByYear.isEmpty {
      var changed = scenario
      changed.emergency?.arrivalsByYear = emergency.arrivalsByYear.mapValues { $0 * 1.25 }
      variants.append(
        Variant(
          assumption: "Emergency arrivals", change: "25% more", shortLabel: "Emergency arrivals +25%",
          scenario: changed))
    }
    return try variants.map { variant in
      let result = try resolve.solve(variant.scenario, demand: variant.demand ?? demand).result
      return RiskAnalysis.Sensitivity(
        assumption: variant.assumption, change: variant.change, shortLabel: variant.shortLabel,
        totalCost: result.totalCost, householdsToRecruit: result.householdsRecruited)
    }
  }

  private static func percent(_ quantile: Double) -> Int { Int((quantile * 100).rounded()) }

  private static func percentText(_ fraction: Double) -> String {
    let percent = fraction * 100
    return abs(percent - percent.rounded()) < 0.05
      ? "\(Int(percent.rounded()))%" : String(format: "%.1f%%", locale: Locale(identifier: "en_US_POSIX"), percent)
  }

  private static func whole(_ value: Double) -> String {
    abs(value - value.rounded()) < 0.05
      ? "\(Int(value.rounded()))" : String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), value)
  }
}

import PlacementDomain
import Statistics

/// Forecasts total demand for an authority from its history, at a quantile (implemented by the forecasting layer).
public protocol DemandForecastSource: Sendable {
  /// Forecasts total children looked after for the plan years, from history up to `baseYear` only, and, when
  /// `groupShares` (each need group's share of the total looked after, in the scenario's order) is not empty, the
  /// children to place per need group (``NeedGroupSizing``).
  func forecast(
    _ specification: ForecastDemand, groupShares: [(need: NeedGroupID, share: Double)], baseYear: Int, years: [Int]
  ) throws -> PlanForecast
}

extension DemandForecastSource {
  /// The total's forecast alone, without need groups.
  public func forecast(_ specification: ForecastDemand, baseYear: Int, years: [Int]) throws -> PlanForecast {
    try forecast(specification, groupShares: [], baseYear: baseYear, years: years)
  }
}

/// Turns each authority's ``DemandSpecification`` into a ``DemandTable``.
public struct DemandResolver: Sendable {
  public var forecaster: (any DemandForecastSource)?

  /// Creates a resolver; a forecaster is needed only for scenarios whose demand comes from a forecast.
  public init(forecaster: (any DemandForecastSource)? = nil) { self.forecaster = forecaster }

  /// Resolves demand for every plan year.
  public func resolve(_ scenario: Scenario) throws -> DemandTable {
    var placements: [Int: [AuthorityID: [NeedGroupID: Double]]] = [:]
    var provenance: [AuthorityID: String] = [:]
    var forecasts: [String: PlanForecast] = [:]
    for specification in scenario.demand {
      var byYear: [Int: [NeedGroupID: Double]] = [:]
      switch specification.source {
      case .byNeed(let given):
        for year in scenario.planYears { byYear[year] = given[year] ?? [:] }
        provenance[specification.authority] = "given by need group"
      case .totals(let totals):
        for year in scenario.planYears { byYear[year] = specification.placementsByNeed(total: totals[year] ?? 0) }
        provenance[specification.authority] = "given totals split by need mix"
      case .forecast(let forecast):
        guard let forecaster else {
          throw PlanningError.forecastUnavailable(authority: specification.authority.rawValue)
        }
        let result = try forecaster.forecast(
          forecast, groupShares: specification.groupShares(placedShare: forecast.placedShare, in: scenario),
          baseYear: scenario.baseYear, years: scenario.planYears)
        for year in scenario.planYears {
          // Each group at its own quantile; the proportional split only when the forecaster gave no groups.
          let proportional = specification.placementsByNeed(
            total: result.planned[year] ?? 0, placedShare: forecast.placedShare)
          var needs: [NeedGroupID: Double] = [:]
          for (need, children) in proportional {
            needs[need] = result.needGroups?.children(year: year, need: need.rawValue) ?? children
          }
          byYear[year] = needs
        }
        let percent = Int((forecast.quantile * 100).rounded())
        provenance[specification.authority] =
          "forecast P\(percent) of \(forecast.seriesCode) by \(result.method)"
          + (result.needGroups == nil ? "" : ", each need group at its own P\(percent)")
        forecasts[specification.authority.rawValue] = result
      }
      for (year, needs) in byYear { placements[year, default: [:]][specification.authority] = needs }
    }
    return DemandTable(placements: placements, provenance: provenance, forecasts: forecasts)
  }
}

import PlacementDomain

/// Forecasts total demand for an authority from its history, at a quantile (implemented by the forecasting layer).
public protocol DemandForecaster: Sendable {
  /// Total children looked after per plan year at `specification.quantile`, and a short description of the method.
  func forecastTotals(_ specification: ForecastDemand, years: [Int]) throws -> (totals: [Int: Double], method: String)
}

/// Turns each authority's ``DemandSpecification`` into a ``DemandTable``.
public struct DemandResolver: Sendable {
  public var forecaster: (any DemandForecaster)?

  /// Creates a resolver; a forecaster is needed only for scenarios whose demand comes from a forecast.
  public init(forecaster: (any DemandForecaster)? = nil) { self.forecaster = forecaster }

  /// Resolves demand for every plan year.
  public func resolve(_ scenario: Scenario) throws -> DemandTable {
    var placements: [Int: [AuthorityID: [NeedGroupID: Double]]] = [:]
    var provenance: [AuthorityID: String] = [:]
    for specification in scenario.demand {
      var byYear: [Int: [NeedGroupID: Double]] = [:]
      switch specification.source {
      case .byNeed(let given):
        for year in scenario.planYears { byYear[year] = given[year] ?? [:] }
        provenance[specification.authority] = "given by need group"
      case .totals(let totals):
        for year in scenario.planYears { byYear[year] = split(totals[year] ?? 0, by: specification.needMix) }
        provenance[specification.authority] = "given totals split by need mix"
      case .forecast(let forecast):
        guard let forecaster else { throw PlanningError.forecastUnavailable(authority: specification.authority.rawValue) }
        let result = try forecaster.forecastTotals(forecast, years: scenario.planYears)
        for year in scenario.planYears {
          byYear[year] = split((result.totals[year] ?? 0) * forecast.placedShare, by: specification.needMix)
        }
        let percent = Int((forecast.quantile * 100).rounded())
        provenance[specification.authority] = "forecast P\(percent) of \(forecast.seriesCode) by \(result.method)"
      }
      for (year, needs) in byYear { placements[year, default: [:]][specification.authority] = needs }
    }
    return DemandTable(placements: placements, provenance: provenance)
  }

  private func split(_ total: Double, by mix: [NeedGroupID: Double]) -> [NeedGroupID: Double] {
    let sum = mix.values.reduce(0, +)
    guard sum > 0 else { return [:] }
    return mix.mapValues { total * $0 / sum }
  }
}

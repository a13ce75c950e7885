import Forecasting
import MessageFormat
import PlacementDomain
import Statistics

/// `forecast` on a scenario: each authority's forecast demand (history up to the base year only), as rows of
/// forecast.csv: the total looked after (``ForecastTable/totalGroup``), then each need group's placements. A group's
/// point is the total's point × placed share × mix share; its bounds come from simulated totals split binomially among
/// the groups (``GroupIntervals``), so a small group's range is not just the total's range scaled down.
public struct ScenarioForecastTable {
  public let scenario: Scenario
  public let horizon: Int
  /// The forecaster that reads each authority's history and forecasts it.
  public let forecaster: HistoryForecaster

  /// A table of `scenario`'s forecasts `horizon` years past its base year, made by `forecaster`.
  public init(scenario: Scenario, horizon: Int, forecaster: HistoryForecaster) {
    self.scenario = scenario
    self.horizon = horizon
    self.forecaster = forecaster
  }

  /// One forecast series of the scenario.
  public struct Series: Sendable {
    /// The series' code.
    public var series: String
    /// Its fitted forecast (for its method and backtest accuracy).
    public var forecast: PlanForecast
    /// Whether the scenario named the method.
    public var named: Bool
    /// The scenario's changes to the forecast's flows, in words (empty when it makes none).
    public var leverPhrases: [String]
    /// The share of the looked-after total who need a placement from the plan.
    public var placedShare: Double
  }

  /// The rows of forecast.csv, and each forecast series, in scenario order.
  public func build() throws -> (rows: [ForecastTableRow], forecasts: [Series]) {
    let years = Array((scenario.baseYear + 1)...(scenario.baseYear + horizon))
    var rows: [ForecastTableRow] = []
    var forecasts: [Series] = []
    var forecastCount = 0
    for demand in scenario.demand {
      guard case .forecast(let specification) = demand.source else { continue }
      forecastCount += 1
      let forecast = try forecaster.forecast(
        specification, groupShares: demand.groupShares(placedShare: specification.placedShare, in: scenario),
        baseYear: scenario.baseYear, years: years)
      let totalDraws = try forecaster.simulatedTotals(
        specification, baseYear: scenario.baseYear, years: years, paths: GroupIntervals.draws,
        seed: specification.seed
      ).map { path in years.map { path[$0] ?? 0 } }
      // Each group's share of the total: placed share x mix share (empty when the scenario's mix sums to zero).
      let groupShares = demand.placementsByNeed(total: 1, placedShare: specification.placedShare)
      var groupBounds: [NeedGroupID: [[Double]]] = [:]
      for need in scenario.needGroups {
        guard let share = groupShares[need.id] else { continue }
        groupBounds[need.id] = GroupIntervals.quantiles(
          totalDraws: totalDraws, shares: Array(repeating: share, count: years.count),
          shareLogErrors: [], probabilities: ForecastTable.boundProbabilities, seed: specification.seed)
      }
      let levers = specification.levers.flatMap { $0.isIdentity ? nil : $0 }
      forecasts.append(
        Series(
          series: specification.seriesCode, forecast: forecast, named: specification.method != nil,
          leverPhrases: levers?.phrases ?? [], placedShare: specification.placedShare))
      for (index, year) in forecast.years.enumerated() where years.contains(year) {
        let values = [
          forecast.point[index], forecast.lower80[index], forecast.upper80[index], forecast.lower95[index],
          forecast.upper95[index],
        ]
        rows.append(
          ForecastTableRow(
            year: year, series: specification.seriesCode, group: ForecastTable.totalGroup, values: values,
            method: forecast.method))
        let pointSplit = demand.placementsByNeed(total: forecast.point[index], placedShare: specification.placedShare)
        for need in scenario.needGroups {
          guard let point = pointSplit[need.id], let bounds = groupBounds[need.id],
            let planIndex = years.firstIndex(of: year)
          else { continue }
          rows.append(
            ForecastTableRow(
              year: year, series: specification.seriesCode, group: need.id.rawValue,
              values: [point] + bounds.map { $0[planIndex] }, method: forecast.method))
        }
      }
    }
    if forecastCount == 0 {
      throw InvalidInputError(
        message:
          "\(scenario.sourcePath ?? "the scenario") gives its demand directly; there is nothing to forecast. Give a history CSV instead, or a scenario whose demand has a 'forecast' section."
      )
    }
    return (rows, forecasts)
  }
}

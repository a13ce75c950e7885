import Forecasting
import PlacementDomain
import Planning
import Statistics
import TableIO

/// `forecast` on a scenario: each authority's forecast demand (history up to the base year only), as rows of
/// forecast.csv: the total looked after ("all"), then each need group's placements. A group's point is the total's
/// point × placed share × mix share; its bounds come from simulated totals split binomially among the groups
/// (``GroupIntervals``), so a small group's range is not just the total's range scaled down.
struct ScenarioForecastTable {
  let scenario: Scenario
  let horizon: Int

  /// The probabilities of the bounds forecast.csv writes after the point: lower_80, upper_80, lower_95, upper_95.
  static let boundProbabilities = [
    IntervalLevel.p80.lowerProbability, IntervalLevel.p80.upperProbability, IntervalLevel.p95.lowerProbability,
    IntervalLevel.p95.upperProbability,
  ]

  /// One output row.
  struct Row {
    var year: Int
    var series: String
    var needGroup: String
    var values: [Double]  // point, lower 80, upper 80, lower 95, upper 95
    var method: String
  }

  /// The rows of forecast.csv, and each forecast series with its fitted forecast (for its backtest accuracy) and
  /// whether the scenario named its method.
  func build() throws -> (rows: [Row], forecasts: [(series: String, forecast: DemandForecast, named: Bool)]) {
    let years = Array((scenario.baseYear + 1)...(scenario.baseYear + horizon))
    var rows: [Row] = []
    var forecasts: [(series: String, forecast: DemandForecast, named: Bool)] = []
    var forecastCount = 0
    for demand in scenario.demand {
      guard case .forecast(let specification) = demand.source else { continue }
      forecastCount += 1
      let forecaster = Forecasters.history()
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
          shareLogErrors: [], probabilities: Self.boundProbabilities, seed: specification.seed)
      }
      forecasts.append((specification.seriesCode, forecast, specification.method != nil))
      for (index, year) in forecast.years.enumerated() where years.contains(year) {
        let values = [
          forecast.point[index], forecast.lower80[index], forecast.upper80[index], forecast.lower95[index],
          forecast.upper95[index],
        ]
        rows.append(
          Row(year: year, series: specification.seriesCode, needGroup: "all", values: values, method: forecast.method))
        let pointSplit = demand.placementsByNeed(total: forecast.point[index], placedShare: specification.placedShare)
        for need in scenario.needGroups {
          guard let point = pointSplit[need.id], let bounds = groupBounds[need.id],
            let planIndex = years.firstIndex(of: year)
          else { continue }
          rows.append(
            Row(
              year: year, series: specification.seriesCode, needGroup: need.id.rawValue,
              values: [point] + bounds.map { $0[planIndex] }, method: forecast.method))
        }
      }
    }
    if forecastCount == 0 {
      throw CLIInputError(
        message:
          "\(scenario.sourcePath ?? "the scenario") gives its demand directly; there is nothing to forecast. Give a history CSV instead, or a scenario whose demand has a 'forecast' section."
      )
    }
    return (rows, forecasts)
  }
}

import PlacementDomain
import Planning
import Statistics
import TableIO

/// `forecast` on a scenario: each authority's forecast demand (history up to the base year only), as rows of
/// forecast.csv: the total looked after ("all"), then each need group's placements (total × placed share × mix).
struct ScenarioForecastTable {
  let scenario: Scenario
  let horizon: Int

  /// One output row.
  struct Row {
    var year: Int
    var series: String
    var needGroup: String
    var values: [Double]  // point, lower 80, upper 80, lower 95, upper 95
    var method: String
  }

  /// The rows of forecast.csv, and each forecast series with its fitted forecast (for its backtest accuracy).
  func build() throws -> (rows: [Row], forecasts: [(series: String, forecast: DemandForecast)]) {
    let years = Array((scenario.baseYear + 1)...(scenario.baseYear + horizon))
    var rows: [Row] = []
    var forecasts: [(series: String, forecast: DemandForecast)] = []
    var forecastCount = 0
    for demand in scenario.demand {
      guard case .forecast(let specification) = demand.source else { continue }
      forecastCount += 1
      let forecast = try Forecasters.history().forecast(specification, baseYear: scenario.baseYear, years: years)
      forecasts.append((specification.seriesCode, forecast))
      for (index, year) in forecast.years.enumerated() where years.contains(year) {
        let values = [
          forecast.point[index], forecast.lower80[index], forecast.upper80[index], forecast.lower95[index],
          forecast.upper95[index],
        ]
        rows.append(
          Row(year: year, series: specification.seriesCode, needGroup: "all", values: values, method: forecast.method))
        // The point and each bound, split by need group (empty when the scenario's mix sums to zero).
        let splits = values.map { demand.placementsByNeed(total: $0, placedShare: specification.placedShare) }
        for need in scenario.needGroups {
          let byBound = splits.compactMap { $0[need.id] }
          guard byBound.count == values.count else { continue }
          rows.append(
            Row(
              year: year, series: specification.seriesCode, needGroup: need.id.rawValue, values: byBound,
              method: forecast.method))
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

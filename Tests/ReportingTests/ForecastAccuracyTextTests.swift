import Forecasting
import Planning
import Reporting
import Testing

@Suite("Forecast accuracy text")
struct ForecastAccuracyTextTests {
  @Test("the per-council line scores only that council's forecasts, beside persistence's")
  func seriesLine_usesOnlyThatSeries() throws {
    func scored(
      _ series: String, _ method: ForecastMethod, forecast: Double, actual: Double, band: ClosedRange<Double>
    ) -> ScoredForecast {
      ScoredForecast(
        record: BacktestRecord(
          seriesID: series, origin: 2020, horizon: 1, method: method, pointForecast: forecast, actual: actual,
          naiveScale: 1),
        intervals: [.p80: band])
    }
    let summary = BacktestSummary(
      rows: [], defaultMethod: .combination, originsScored: [2020],
      forecasts: [
        scored("A", .combination, forecast: 104.5, actual: 110, band: 100...120),
        scored("A", .naive, forecast: 100, actual: 110, band: 105...108),
        // Another council's misses must not count.
        scored("B", .combination, forecast: 50, actual: 100, band: 40...60),
        scored("B", .naive, forecast: 50, actual: 100, band: 40...60),
      ])
    let line = ForecastAccuracyText.seriesLine(
      name: "Alpha", seriesID: "A", method: ForecastMethod.combination.name, backtest: summary)
    #expect(
      line
        == "Alpha's own backtest forecasts: Combo(mean) on average 5.0 % off, persistence 9.1 %; its 80 % ranges held"
        + " 1 of 1")
    #expect(
      ForecastAccuracyText.seriesLine(
        name: "Gamma", seriesID: "C", method: ForecastMethod.combination.name, backtest: summary) == nil)
  }

  @Test("the panel line counts the outcomes that had intervals, not every forecast")
  func line_countsIntervalOutcomes() {
    let rows = [
      ForecastAccuracy(
        method: "Combo(mean)", horizon: 1, forecasts: 10, mape: 5, mase: 1, coverage80: 75, coverage95: 100,
        intervalOutcomes: 8, below80: 1, above80: 1, isDefault: true),
      ForecastAccuracy(
        method: "Naive", horizon: 1, forecasts: 10, mape: 6, mase: 1.2, coverage80: 70, coverage95: 90,
        intervalOutcomes: 8, isDefault: false),
    ]
    let line = ForecastAccuracyText.line(method: "Combo(mean)", accuracy: rows)
    #expect(line?.hasSuffix("; its 80 % ranges held 75 % of 8 outcomes (1 fell below the range, 1 above)") == true)
    #expect(
      line?.contains("on average 5.0 % off at 1 year ahead, persistence 6.0 % (closer than persistence at 1 of 1)")
        == true)
  }
}

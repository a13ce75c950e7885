import ArgumentParser
import Forecasting
import Foundation
import TableIO

extension SufficiencyCommand {
  /// `sufficiency backtest`: rolling-origin accuracy of every method over every series in a file.
  struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backtest",
      abstract: "Backtest the forecasting methods (rolling origin, expanding window) and write backtest.csv.",
      discussion: """
        One row per method and horizon, over every series in the file: MAPE and bias in percent, MASE against the
        in-sample naive error, and the coverage of the 80 % and 95 % intervals (calibrated at each origin from
        earlier outcomes only). is_default marks the method the backtest chose. The row
        "Select(past MAPE)" is a diagnostic: at each origin it uses the method with the lowest MAPE so far.
        forecasts.csv beside it holds every method's forecast for every series, origin and horizon, with its
        intervals and the outcome, to see where a method missed.
        """)

    @Argument(help: "Series CSV (panel or year,value). Default: the bundled North East panel.")
    var input: String?

    @Option(help: "Forecast origins to score, as FIRST-LAST (for example 2014-2022). Default: every origin.")
    var origins: String?

    @Option(help: "Longest horizon in years.")
    var horizons: Int = 3

    @Option(help: "Output folder.")
    var out: String = "out/backtest"

    func validate() throws {
      try PathOption.requireNonEmpty(out, "--out", example: "out/backtest")
      guard (1...DemandForecaster.maximumHorizon).contains(horizons) else {
        throw ValidationError("--horizons must be between 1 and \(DemandForecaster.maximumHorizon)")
      }
      if let origins { _ = try Self.parseOrigins(origins) }
    }

    static func parseOrigins(_ text: String) throws -> ClosedRange<Int> {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if parts.count == 1, let year = Int(parts[0]) { return year...year }
      guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), first <= last else {
        throw ValidationError("--origins must look like 2014-2022 (first year, a dash, last year)")
      }
      return first...last
    }

    func run() throws {
      let url = input.map { URL(fileURLWithPath: $0) } ?? BundledData.locate(BundledData.defaultPanel)
      let panel = try SeriesTableReader.read(url)
      for skipped in panel.skipped { StandardError.print(skipped.warning) }
      let range = try origins.map(Self.parseOrigins)
      let (summary, skipped) = DemandForecaster.backtest(panel, origins: range, horizons: horizons)
      if summary.rows.isEmpty {
        throw ForecastingError.invalidArgument(
          "\(url.path): no forecast could be scored; the series are too short for the origins and horizons asked")
      }
      var document = CSVDocument(
        header: ["method", "horizon", "forecasts", "mape", "mase", "bias", "coverage_80", "coverage_95", "is_default"])
      func cell(_ value: Double?, _ decimals: Int) -> String {
        value.map { NumberFormat.fixed($0, decimals: decimals) } ?? ""
      }
      for row in summary.rows {
        document.append([
          row.method, String(row.horizon), String(row.forecasts), cell(row.mape, 2), cell(row.mase, 3),
          cell(row.bias, 2), cell(row.coverage80, 1), cell(row.coverage95, 1), row.isDefault ? "true" : "false",
        ])
      }
      let target = URL(fileURLWithPath: out).appendingPathComponent("backtest.csv")
      let forecastsTarget = URL(fileURLWithPath: out).appendingPathComponent("forecasts.csv")
      try CommandOutputSet.backtest.write(
        [
          (name: "backtest.csv", text: document.render()),
          (name: "forecasts.csv", text: Self.forecastsDocument(summary, names: panel.series).render()),
        ], to: URL(fileURLWithPath: out), input: url.path, protecting: [url.path])

      let width = max(18, summary.rows.map(\.method.count).max() ?? 0)
      func left(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
      func right(_ text: String) -> String { String(repeating: " ", count: max(0, 8 - text.count)) + text }
      print(left("method") + ["h", "n", "MAPE", "MASE", "bias", "cov80", "cov95", "default"].map(right).joined())
      for row in summary.rows {
        print(
          left(row.method)
            + [
              String(row.horizon), String(row.forecasts), cell(row.mape, 2), cell(row.mase, 3), cell(row.bias, 2),
              cell(row.coverage80, 1), cell(row.coverage95, 1), row.isDefault ? "*" : "",
            ].map(right).joined())
      }
      let scored = summary.originsScored.map(String.init).joined(separator: ",")
      print("series: \(panel.series.count); origins scored: \(scored)")
      print("skipped (series, origin) pairs lacking history: \(skipped)")
      print("default method: \(summary.defaultMethod.name)")
      print("wrote \(target.path) and \(forecastsTarget.lastPathComponent)")
    }

    /// One row per scored forecast: what each method said, its intervals, and the outcome.
    static func forecastsDocument(_ summary: BacktestSummary, names series: [AnnualSeries]) -> CSVDocument {
      let names = Dictionary(series.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
      var document = CSVDocument(header: [
        "series", "name", "origin", "horizon", "target_year", "method", "forecast", "actual", "lower_80", "upper_80",
        "lower_95", "upper_95", "is_default",
      ])
      for forecast in summary.forecasts {
        let record = forecast.record
        var cells = [
          record.seriesID, names[record.seriesID] ?? "", String(record.origin), String(record.horizon),
          String(record.targetYear), record.method.name, NumberFormat.fixed(record.pointForecast, decimals: 1),
          NumberFormat.fixed(record.actual, decimals: 1),
        ]
        for level in IntervalLevel.defaults {
          let bounds = forecast.intervals[level]
          cells += [bounds?.lowerBound, bounds?.upperBound].map { $0.map { NumberFormat.fixed($0, decimals: 1) } ?? "" }
        }
        cells.append(record.method == summary.defaultMethod ? "true" : "false")
        document.append(cells)
      }
      return document
    }
  }
}

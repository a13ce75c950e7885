import ArgumentParser
import Forecasting
import Foundation
import HistoryInputs
import Reporting

extension SufficiencyCommand {
  /// `sufficiency backtest`: rolling-origin accuracy of every method over every series in a file.
  struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backtest",
      abstract: "Backtest the forecasting methods (rolling origin, expanding window) and write backtest.csv.",
      discussion: """
        One row per method and horizon, over every series in the file. MAPE: how far off the forecasts were on \
        average, in percent of the outcome (6 means on average 6 % off). MASE: the error as a multiple of the \
        series' own typical year-to-year change (below 1 beats that change; persistence is usually near it at one \
        year ahead). Bias: the average signed error in percent (positive: forecasts too high). cov80 and cov95: \
        how often the 80 % and 95 % ranges, calibrated at each origin from earlier outcomes only, held the \
        outcome; below_80 and above_80 count the outcomes that fell under and over the 80 % range.

        is_default marks the default, Combo(shrunk): the combination moved toward persistence by a weight learned \
        at each origin from earlier outcomes only. It is the same rule at every origin, so its rows are the \
        default replayed with past data only. The row "Select(past MAPE)" is a diagnostic: at each origin it uses \
        the method with the lowest MAPE so far.

        --calibrate-on takes the ranges from another panel's backtest instead (for example every English council \
        for one region's councils): at each origin, the errors of the same method in that panel whose outcomes \
        were known by then, centred on this panel's own typical error and widened by how uncertain that centre \
        is. A region's few councils share one shock a year, so their own errors understate the spread; the \
        forecasts themselves are unchanged.

        forecasts.csv beside it holds every method's forecast for every series, origin and horizon, with its \
        ranges and the outcome, to see where a method missed.
        """)

    @Argument(help: "Series CSV (panel or year,value). Default: the bundled North East panel.")
    var input: String?

    @Option(help: "Forecast origins to score, as FIRST-LAST (for example 2014-2022). Default: every origin.")
    var origins: String?

    @Option(help: "Longest horizon in years.")
    var horizons: Int = 3

    @Option(
      help:
        "Panel CSV whose backtest errors, centred on this panel's own, set the ranges (for example the England panel).")
    var calibrateOn: String?

    @Option(help: "Output folder.")
    var out: String = "out/backtest"

    func validate() throws {
      try PathOption.requireNonEmpty(out, "--out", example: "out/backtest")
      guard (1...SeriesForecaster.maximumHorizon).contains(horizons) else {
        throw ValidationError("--horizons must be between 1 and \(SeriesForecaster.maximumHorizon)")
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
      let calibrationPanel = try calibrateOn.map { try SeriesTableReader.read(URL(fileURLWithPath: $0)) }
      let (summary, skipped) = SeriesForecaster.backtest(
        panel, origins: range, horizons: horizons, calibrationPanel: calibrationPanel)
      if summary.rows.isEmpty {
        throw ForecastingError.invalidArgument(
          "\(url.path): no forecast could be scored; the series are too short for the origins and horizons asked")
      }
      let target = URL(fileURLWithPath: out).appendingPathComponent("backtest.csv")
      let forecastsTarget = URL(fileURLWithPath: out).appendingPathComponent("forecasts.csv")
      try CommandOutputSet.backtest.write(
        [
          (name: "backtest.csv", text: BacktestFiles.summaryDocument(summary).render()),
          (name: "forecasts.csv", text: BacktestFiles.forecastsDocument(summary, names: panel.series).render()),
        ], to: URL(fileURLWithPath: out), input: url.path,
        protecting: Set([url.path] + (calibrateOn.map { [$0] } ?? [])))

      let calibration = CalibrationAdvice.lines(
        seriesCount: panel.series.count, calibrateOn: calibrateOn, calibrationSeries: calibrationPanel?.series.count,
        when: "known at each origin", englandPanelPath: BundledData.locate(CalibrationAdvice.englandPanel).path)
      for line in BacktestPrintout.lines(
        summary, seriesCount: panel.series.count, calibration: calibration, skipped: skipped)
      {
        print(line)
      }
      print("wrote \(target.path) and \(forecastsTarget.lastPathComponent)")
    }
  }
}

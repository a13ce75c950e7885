import ArgumentParser
import Forecasting
import Foundation
import HistoryInputs
import Planning
import Reporting

extension SufficiencyCommand {
  /// `sufficiency forecast`: forecasts one annual series with backtest-calibrated intervals.
  struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "forecast",
      abstract: "Forecast an annual series (point, 80 % and 95 % intervals) and write forecast.csv.",
      discussion: """
        Reads the panel layout of the official statistics (time_period, new_la_code, la_name, cla_31mar, starts, \
        ceased, pop_0_17, …) or a simple year,value file; --series picks the council to forecast (its code or \
        full name). Every series in the file is backtested, to fit the default's weights and to calibrate the \
        ranges: lower/upper_80 is the range that held the outcome 80 % of the time in that test (95 % likewise).

        The default method starts from persistence (next year = this year) and moves toward the average of six \
        simple methods only as far as that average beat persistence in the file's earlier years. The printout says \
        how far off it was on average against persistence, and how often its ranges held.

        Given a scenario (or nothing: the bundled default scenario), forecasts each authority whose demand comes \
        from a forecast, from its history up to the base year, with a row per need group. With --need-mix, each \
        year also gets one row per group, its point the total's times the group's projected share (recent shares \
        and their damped trend; --share fixes a group's share). A group's range is simulated: the total's \
        uncertainty, the projected share's own backtest errors, and the chance split of children among groups. \
        When the history has starts and ceased, the printout and flows.csv give the children entering and leaving \
        care each year, consistent with the central forecast (stock = last year's stock + entrants − endings, \
        exactly).

        A region's few councils share one shock a year, so ranges calibrated on them alone hold too few outcomes. \
        --calibrate-on takes the ranges' spread from another panel's backtest errors instead, centred on this \
        panel's own typical error at each horizon and widened by how uncertain that centre is (few years of \
        errors, more), for example \
        --calibrate-on Data/cla-panel/la_cla_panel_england_2010_2024.csv for a council of the North East panel \
        (the printout suggests it for a panel of fewer than 50 series); the central forecast is unchanged.
        """)

    @Argument(
      help:
        "A scenario (.yaml), a series CSV (panel or year,value), or a folder of SSDA903 returns. Default: the bundled default scenario."
    )
    var input: String?

    @Option(help: "Series to forecast: its code (la_code_harmonised or new_la_code) or name.")
    var series: String?

    @Option(help: "Years to forecast.")
    var horizon: Int = 5

    @Option(
      help: "Method: \(ForecastMethod.allCases.map(\.name).joined(separator: ", ")). Default: chosen by backtest.")
    var method: String?

    @Option(help: "Seed for the simulated paths.")
    var seed: UInt64 = 1

    @Option(help: "Simulated paths to write to paths.csv (0 writes none).")
    var paths: Int = 0

    @Option(help: "History of the split into groups (year,need_group,count): adds one row per group and year.")
    var needMix: String?

    @Option(help: "Fix a group's share in every forecast year, as GROUP=SHARE (repeatable), with --need-mix.")
    var share: [String] = []

    @Option(
      help:
        "Panel CSV whose backtest errors, centred on this panel's own, set the ranges (for example the England panel)."
    )
    var calibrateOn: String?

    @Option(help: "Output folder.")
    var out: String = "out/forecast"

    func validate() throws {
      try PathOption.requireNonEmpty(out, "--out", example: "out/forecast")
      guard (1...SeriesForecaster.maximumHorizon).contains(horizon) else {
        throw ValidationError("--horizon must be between 1 and \(SeriesForecaster.maximumHorizon)")
      }
      guard paths >= 0, paths <= 100_000 else { throw ValidationError("--paths must be between 0 and 100000") }
      if !share.isEmpty, needMix == nil { throw ValidationError("--share needs --need-mix") }
      if calibrateOn != nil, input == nil || input.map(ScenarioLocator.isScenario) == true {
        throw ValidationError(
          "--calibrate-on applies to a series CSV, not a scenario (a scenario's history panel calibrates it)")
      }
      _ = try shareOverrides()
      if let method, ForecastMethod(name: method) == nil {
        throw ValidationError(
          "unknown --method '\(method)'; choose one of \(ForecastMethod.allCases.map(\.name).joined(separator: ", "))")
      }
    }

    func run() throws {
      if input == nil || input.map(ScenarioLocator.isScenario) == true {
        try runOnScenario()
        return
      }
      let url = input.map { URL(fileURLWithPath: $0) } ?? BundledData.locate(BundledData.defaultPanel)
      let panel = try HistorySource.panel(at: url.path, seriesCode: series ?? "ssda903")
      let target = try PanelSelection.series(
        in: panel, requested: series ?? (input == nil ? BundledData.defaultSeries : nil), path: url.path)
      let forecaster = SeriesForecaster(horizon: horizon, method: method.flatMap { ForecastMethod(name: $0) })
      let calibrationPanel = try calibrateOn.map { try SeriesTableReader.read(URL(fileURLWithPath: $0)) }
      let forecast = try forecaster.forecast(target, panel: panel, calibrationPanel: calibrationPanel)
      let split = try needMix.map { file in
        let history = try GroupShareTableReader.read(URL(fileURLWithPath: file))
        return try NeedMixProjection(
          history: history.rows, groups: history.groups, horizon: horizon, fixedShares: try shareOverrides())
      }
      let rows = ForecastTable.rows(forecast, series: target.id, split: split, seed: seed)
      let flows = ForecastFlows.consistent(with: forecast.point, history: target)
      let files = ForecastFiles.files(
        rows: rows, forecast: forecast, series: target.id, flows: flows,
        paths: paths > 0 ? forecast.simulate(paths: paths, seed: seed) : [])
      let outFolder = URL(fileURLWithPath: out)
      try CommandOutputSet.forecast.write(
        files, to: outFolder, input: url.path, protecting: Set([url.path] + (calibrateOn.map { [$0] } ?? [])))

      let calibration = CalibrationAdvice.lines(
        seriesCount: panel.series.count, calibrateOn: calibrateOn, calibrationSeries: calibrationPanel?.series.count,
        when: "known at the forecast's origin (the accuracy below is measured with them)",
        englandPanelPath: BundledData.locate(CalibrationAdvice.englandPanel).path)
      for line in ForecastPrintout.seriesLines(
        forecast, series: target, named: method != nil, flows: flows, calibration: calibration,
        panelSeriesCount: panel.series.count)
      {
        print(line)
      }
      if !forecast.hasIntervals {
        StandardError.print(
          "warning: too little backtest history to calibrate intervals; bounds equal the point forecast")
      }
      print("wrote \(outFolder.appendingPathComponent("forecast.csv").path)")
    }

    /// Forecasts a scenario's forecast demand and writes forecast.csv.
    private func runOnScenario() throws {
      let loaded = try ScenarioLocator.load(input)
      let table = try ScenarioForecastTable(
        scenario: loaded.scenario, horizon: horizon, forecaster: Forecasters.history()
      ).build()
      let file = URL(fileURLWithPath: out).appendingPathComponent("forecast.csv")
      try CommandOutputSet.forecast.write(
        [(name: "forecast.csv", text: ForecastFiles.forecastDocument(table.rows).render())],
        to: URL(fileURLWithPath: out), input: loaded.scenario.sourcePath ?? "", inputHash: loaded.contentHash,
        protecting: Set(loaded.inputPaths))
      for line in ForecastPrintout.scenarioLines(
        scenarioName: loaded.scenario.name, baseYear: loaded.scenario.baseYear, rows: table.rows,
        series: table.forecasts)
      {
        print(line)
      }
      print("wrote \(file.path)")
    }

    /// The `--share GROUP=SHARE` options as a dictionary.
    private func shareOverrides() throws -> [String: Double] {
      var result: [String: Double] = [:]
      for item in share {
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = Double(parts[1]), (0...1).contains(value) else {
          throw ValidationError("--share must look like residential=0.12 (a share between 0 and 1), not '\(item)'")
        }
        result[parts[0]] = value
      }
      return result
    }
  }
}

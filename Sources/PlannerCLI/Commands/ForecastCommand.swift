import ArgumentParser
import Forecasting
import Foundation
import HistoryInputs
import PlacementDomain
import Planning
import TableIO

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
        panel's own typical error at each horizon, for example \
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
      guard (1...DemandForecaster.maximumHorizon).contains(horizon) else {
        throw ValidationError("--horizon must be between 1 and \(DemandForecaster.maximumHorizon)")
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
      let forecaster = DemandForecaster(horizon: horizon, method: method.flatMap { ForecastMethod(name: $0) })
      let calibrationPanel = try calibrateOn.map { try SeriesTableReader.read(URL(fileURLWithPath: $0)) }
      let forecast = try forecaster.forecast(target, panel: panel, calibrationPanel: calibrationPanel)

      let outFolder = URL(fileURLWithPath: out)
      let bounds = (
        lower80: forecast.lower(.p80), upper80: forecast.upper(.p80), lower95: forecast.lower(.p95),
        upper95: forecast.upper(.p95)
      )
      var document = CSVDocument(header: Self.header)
      let overrides = try shareOverrides()
      let mix = try needMix.map { file -> (groups: [String], shares: [[Double]], errors: [[[Double]]]) in
        let history = try GroupShareTableReader.read(URL(fileURLWithPath: file))
        let shares = try NeedMix.projectShares(
          history: history.rows, groups: history.groups, horizon: horizon, overrides: overrides)
        let errors = try NeedMix.shareLogErrors(history: history.rows, groups: history.groups, horizon: horizon)
        return (history.groups, shares, errors)
      }
      // Each group's bounds carry the total's uncertainty, the projected share's own backtest errors (none for a
      // share fixed with --share) and the binomial split of the children among groups (GroupIntervals).
      var groupRows: [[[String]]] = Array(repeating: [], count: forecast.years.count)
      for (groupIndex, group) in (mix?.groups ?? []).enumerated() {
        let shares = forecast.years.indices.map { mix?.shares[$0][groupIndex] ?? 0 }
        let bounds = GroupIntervals.quantiles(
          total: forecast, shares: shares,
          shareLogErrors: overrides[group] == nil ? mix?.errors[groupIndex] ?? [] : [],
          probabilities: ScenarioForecastTable.boundProbabilities, seed: seed &+ UInt64(groupIndex))
        for index in forecast.years.indices {
          let values = [forecast.point[index] * shares[index]] + bounds.map { $0[index] }
          groupRows[index].append(
            [String(forecast.years[index]), target.id, group] + values.map { NumberFormat.fixed($0, decimals: 1) }
              + [forecast.method])
        }
      }
      for (index, year) in forecast.years.enumerated() {
        let total = [
          forecast.point[index], bounds.lower80[index], bounds.upper80[index], bounds.lower95[index],
          bounds.upper95[index],
        ]
        document.append(
          [String(year), target.id, "all"] + total.map { NumberFormat.fixed($0, decimals: 1) } + [forecast.method])
        for row in groupRows[index] { document.append(row) }
      }
      var files = [(name: "forecast.csv", text: document.render())]
      let flows = ForecastFlows.consistent(with: forecast.point, history: target)
      if let flows {
        var table = CSVDocument(header: ["year", "series", "stock", "entrants", "endings"])
        for (index, year) in forecast.years.enumerated() {
          table.append(
            [String(year), target.id]
              + [forecast.point[index], flows.entrants[index], flows.endings[index]].map {
                NumberFormat.fixed($0, decimals: 1)
              })
        }
        files.append((name: "flows.csv", text: table.render()))
      }
      if paths > 0 {
        var draws = CSVDocument(header: ["path", "year", "value"])
        for (pathIndex, path) in forecast.simulate(paths: paths, seed: seed).enumerated() {
          for (index, year) in forecast.years.enumerated() {
            draws.append([String(pathIndex + 1), String(year), NumberFormat.fixed(path[index], decimals: 1)])
          }
        }
        files.append((name: "paths.csv", text: draws.render()))
      }
      try CommandOutputSet.forecast.write(
        files, to: outFolder, input: url.path, protecting: Set([url.path] + (calibrateOn.map { [$0] } ?? [])))

      print(
        "\(target.name) (\(target.id)): trained on \(forecast.trainingYears.lowerBound)–"
          + "\(forecast.trainingYears.upperBound), method \(forecast.method)" + (method == nil ? " (the default)" : ""))
      print(Self.columnsNote)
      print(["year", "point", "lower_80", "upper_80", "lower_95", "upper_95"].map(pad).joined(separator: " "))
      for (index, year) in forecast.years.enumerated() {
        let cells = [
          forecast.point[index], bounds.lower80[index], bounds.upper80[index], bounds.lower95[index],
          bounds.upper95[index],
        ].map { NumberFormat.fixed($0, decimals: 1) }
        print(([String(year)] + cells).map(pad).joined(separator: " "))
      }
      if let flows {
        print("children entering and leaving care each year (stock = last year's stock + entrants − endings):")
        print(["year", "stock", "entrants", "endings"].map(pad).joined(separator: " "))
        for (index, year) in forecast.years.enumerated() {
          let cells = [forecast.point[index], flows.entrants[index], flows.endings[index]].map {
            NumberFormat.fixed($0, decimals: 1)
          }
          print(([String(year)] + cells).map(pad).joined(separator: " "))
        }
      }
      print(ForecastAccuracyText.reason(method: forecast.method, named: method != nil))
      for line in CalibrationAdvice.lines(
        seriesCount: panel.series.count, calibrateOn: calibrateOn, calibrationSeries: calibrationPanel?.series.count,
        when: "known at the forecast's origin (the accuracy below is measured with them)")
      {
        print(line)
      }
      let accuracy = ForecastAccuracy.defaultAndPersistence(forecast.backtest)
      if let line = ForecastAccuracyText.line(method: forecast.method, accuracy: accuracy) { print(line) }
      if panel.series.count > 1, let backtest = forecast.backtest,
        let line = ForecastAccuracyText.seriesLine(
          name: target.name, seriesID: target.id, method: forecast.method, backtest: backtest)
      {
        print(line)
      }
      if !forecast.hasIntervals {
        FileHandle.standardError.write(
          Data("warning: too little backtest history to calibrate intervals; bounds equal the point forecast\n".utf8))
      }
      print("wrote \(outFolder.appendingPathComponent("forecast.csv").path)")
    }

    /// What the printed columns mean, in one line.
    static let columnsNote =
      "point: the central forecast of children looked after at 31 March; lower/upper_80: the range that held the"
      + " outcome 80 % of the time when this method was tested on past years (lower/upper_95: 95 %)"

    /// The columns of forecast.csv.
    static let header = [
      "year", "series", "need_group", "point", "lower_80", "upper_80", "lower_95", "upper_95", "method",
    ]

    /// Forecasts a scenario's forecast demand and writes forecast.csv.
    private func runOnScenario() throws {
      let loaded = try ScenarioLocator.load(input)
      let table = try ScenarioForecastTable(scenario: loaded.scenario, horizon: horizon).build()
      let rows = table.rows
      var document = CSVDocument(header: Self.header)
      for row in rows {
        document.append(
          [String(row.year), row.series, row.needGroup] + row.values.map { NumberFormat.fixed($0, decimals: 1) }
            + [row.method])
      }
      let file = URL(fileURLWithPath: out).appendingPathComponent("forecast.csv")
      try CommandOutputSet.forecast.write(
        [(name: "forecast.csv", text: document.render())], to: URL(fileURLWithPath: out),
        input: loaded.scenario.sourcePath ?? "", inputHash: loaded.contentHash, protecting: Set(loaded.inputPaths))
      print("\(loaded.scenario.name): forecast from history up to \(loaded.scenario.baseYear)")
      print(Self.columnsNote)
      print(
        ["year", "series", "point", "lower_80", "upper_80", "lower_95", "upper_95"].map(pad).joined(separator: " "))
      for row in rows where row.needGroup == "all" {
        print(
          ([String(row.year), row.series] + row.values.map { NumberFormat.fixed($0, decimals: 1) }).map(pad)
            .joined(separator: " "))
      }
      for demand in loaded.scenario.demand {
        guard case .forecast(let specification) = demand.source, let levers = specification.levers, !levers.isIdentity
        else { continue }
        print("\(specification.seriesCode) changed by the scenario's levers: " + levers.phrases.joined(separator: "; "))
      }
      for (series, forecast, named) in table.forecasts {
        print("\(series) " + ForecastAccuracyText.reason(method: forecast.method, named: named))
        if let line = ForecastAccuracyText.line(method: forecast.method, accuracy: forecast.accuracy) {
          print("\(series) \(line)")
        }
      }
      for (series, forecast, _) in table.forecasts {
        guard let groups = forecast.needGroups else { continue }
        let placed =
          loaded.scenario.demand.compactMap { demand -> Double? in
            guard case .forecast(let specification) = demand.source, specification.seriesCode == series else {
              return nil
            }
            return specification.placedShare
          }.first ?? 1
        print(
          "\(series) children the plan places on an average day, by need group"
            + (placed < 1
              ? " (of the looked-after total, the \(NumberFormat.fixed(placed * 100, decimals: 1)) % who need a placement from this plan)"
              : "")
            + ". " + groups.rule)
        let names = groups.levels.map(\.needGroup).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var lines = [["year"] + names + ["total"]]
        for year in groups.totalChildren.keys.sorted() {
          let cells = names.map { name -> String in
            guard let level = groups.levels.first(where: { $0.year == year && $0.needGroup == name }) else { return "" }
            return Self.level(level.children, level.enoughShare)
          }
          lines.append(
            [String(year)] + cells + [Self.level(groups.totalChildren[year] ?? 0, groups.totalEnoughShare[year] ?? 0)])
        }
        let widths = (0..<(names.count + 2)).map { column in lines.map { $0[column].count }.max() ?? 0 }
        for line in lines {
          print(
            zip(line, widths).map { String(repeating: " ", count: max(0, $1 - $0.count) + 2) + $0 }.joined())
        }
        print("(Pnn after a number: that many children are enough in nn of 100 simulated years)")
      }
      print("wrote \(file.path)")
    }

    /// A planned number of children and how often it is enough: "34.0 (P81)".
    private static func level(_ children: Double, _ enoughShare: Double) -> String {
      NumberFormat.fixed(children, decimals: 1) + " (P" + String(Int((enoughShare * 100).rounded())) + ")"
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

    private func pad(_ text: String) -> String {
      text.count >= 9 ? text : String(repeating: " ", count: 9 - text.count) + text
    }
  }
}

import Forecasting
import MessageFormat
import Planning
import TableIO

/// What `forecast` prints: the table of each year's forecast and its ranges, then in plain words why the method was
/// used, where its ranges come from and how far off it was in the backtest beside persistence.
public enum ForecastPrintout {
  /// What the printed columns mean, in one line.
  public static let columnsNote =
    "point: the central forecast of children looked after at 31 March; lower/upper_80: the range that held the"
    + " outcome 80 % of the time when this method was tested on past years (lower/upper_95: 95 %)"

  /// The lines for one series' forecast (`forecast CSV`).
  ///
  /// - Parameters:
  ///   - series: the series forecast (for its name and code).
  ///   - named: whether the user named the method.
  ///   - flows: the entrants and endings behind the central forecast, when the history has them.
  ///   - calibration: where the ranges come from (``CalibrationAdvice/lines(seriesCount:calibrateOn:calibrationSeries:when:englandPanelPath:)``).
  ///   - panelSeriesCount: how many series the panel holds (a series' own line follows for more than one).
  public static func seriesLines(
    _ forecast: Forecast, series: AnnualSeries, named: Bool, flows: ForecastFlows?, calibration: [String],
    panelSeriesCount: Int
  ) -> [String] {
    var lines = [
      "\(series.name) (\(series.id)): trained on \(forecast.trainingYears.lowerBound)–"
        + "\(forecast.trainingYears.upperBound), method \(forecast.method)" + (named ? "" : " (the default)"),
      columnsNote,
      row(["year", "point", "lower_80", "upper_80", "lower_95", "upper_95"]),
    ]
    for index in forecast.years.indices {
      let total = ForecastTable.totalRow(forecast, series: series.id, index: index)
      lines.append(row([String(total.year)] + total.values.map { NumberFormat.fixed($0, decimals: 1) }))
    }
    if let flows {
      lines.append("children entering and leaving care each year (stock = last year's stock + entrants − endings):")
      lines.append(row(["year", "stock", "entrants", "endings"]))
      for (index, year) in forecast.years.enumerated() {
        let cells = [forecast.point[index], flows.entrants[index], flows.endings[index]].map {
          NumberFormat.fixed($0, decimals: 1)
        }
        lines.append(row([String(year)] + cells))
      }
    }
    lines.append(ForecastAccuracyText.reason(method: forecast.method, named: named))
    lines += calibration
    let accuracy = ForecastAccuracy.defaultAndPersistence(forecast.backtest)
    if let line = ForecastAccuracyText.line(method: forecast.method, accuracy: accuracy) { lines.append(line) }
    if panelSeriesCount > 1, let backtest = forecast.backtest,
      let line = ForecastAccuracyText.seriesLine(
        name: series.name, seriesID: series.id, method: forecast.method, backtest: backtest)
    {
      lines.append(line)
    }
    return lines
  }

  /// The lines for a scenario's forecasts (`forecast SCENARIO`): the totals' rows of `rows`, the levers that change
  /// each forecast, then each series' method and accuracy.
  public static func scenarioLines(
    scenarioName: String, baseYear: Int, rows: [ForecastTableRow], series: [ScenarioForecastTable.Series]
  ) -> [String] {
    var lines = [
      "\(scenarioName): forecast from history up to \(baseYear)", columnsNote,
      row(["year", "series", "point", "lower_80", "upper_80", "lower_95", "upper_95"]),
    ]
    for total in rows where total.group == ForecastTable.totalGroup {
      lines.append(row([String(total.year), total.series] + total.values.map { NumberFormat.fixed($0, decimals: 1) }))
    }
    for forecast in series where !forecast.leverPhrases.isEmpty {
      lines.append(
        "\(forecast.series) changed by the scenario's levers: " + forecast.leverPhrases.joined(separator: "; "))
    }
    for forecast in series {
      lines.append(
        "\(forecast.series) " + ForecastAccuracyText.reason(method: forecast.forecast.method, named: forecast.named))
      if let line = ForecastAccuracyText.line(method: forecast.forecast.method, accuracy: forecast.forecast.accuracy) {
        lines.append("\(forecast.series) \(line)")
      }
    }
    for forecast in series { lines += needGroupLines(forecast) }
    return lines
  }

  /// The children the plan places on an average day by need group, year by year, each with how often it is enough;
  /// none when the forecast sizes no need groups.
  static func needGroupLines(_ series: ScenarioForecastTable.Series) -> [String] {
    guard let groups = series.forecast.needGroups else { return [] }
    let placed = series.placedShare
    var lines = [
      "\(series.series) children the plan places on an average day, by need group"
        + (placed < 1
          ? " (of the looked-after total, the \(NumberFormat.fixed(placed * 100, decimals: 1)) % who need a placement from this plan)"
          : "")
        + ". " + groups.rule
    ]
    let names = groups.levels.map(\.needGroup).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    var table = [["year"] + names + ["total"]]
    for year in groups.totalChildren.keys.sorted() {
      let cells = names.map { name -> String in
        guard let level = groups.levels.first(where: { $0.year == year && $0.needGroup == name }) else { return "" }
        return Self.level(level.children, level.enoughShare)
      }
      table.append(
        [String(year)] + cells + [Self.level(groups.totalChildren[year] ?? 0, groups.totalEnoughShare[year] ?? 0)])
    }
    let widths = (0..<(names.count + 2)).map { column in table.map { $0[column].count }.max() ?? 0 }
    for row in table {
      lines.append(zip(row, widths).map { String(repeating: " ", count: max(0, $1 - $0.count) + 2) + $0 }.joined())
    }
    lines.append("(Pnn after a number: that many children are enough in nn of 100 simulated years)")
    return lines
  }

  /// A planned number of children and how often it is enough: "34.0 (P81)".
  static func level(_ children: Double, _ enoughShare: Double) -> String {
    NumberFormat.fixed(children, decimals: 1) + " (P" + String(Int((enoughShare * 100).rounded())) + ")"
  }

  /// Cells right-aligned in columns of nine characters (wider cells as they are), separated by a space.
  static func row(_ cells: [String]) -> String {
    cells.map { $0.count >= 9 ? $0 : String(repeating: " ", count: 9 - $0.count) + $0 }.joined(separator: " ")
  }
}

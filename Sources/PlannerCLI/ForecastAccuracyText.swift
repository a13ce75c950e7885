import Forecasting
import Planning
import TableIO

/// The sentence `forecast` prints under its table: how the chosen method did in the backtest against persistence,
/// horizon by horizon, and how often its 80 % intervals held the outcome.
enum ForecastAccuracyText {
  /// One line, or `nil` when the backtest scored nothing (too short a history).
  static func line(method: String, accuracy: [ForecastAccuracy]) -> String? {
    let chosen = accuracy.filter { $0.method == method && $0.mape != nil }.sorted { $0.horizon < $1.horizon }
    guard !chosen.isEmpty else { return nil }
    let persistenceName = ForecastMethod.naive.name
    let persistence = Dictionary(
      accuracy.filter { $0.method == persistenceName }.map { ($0.horizon, $0) },
      uniquingKeysWith: { first, _ in first })
    let matched = chosen.map { persistence[$0.horizon] }
    func percents(_ rows: [ForecastAccuracy?]) -> String { mapeList(rows.map { $0?.mape }) }
    func meanMASE(_ rows: [ForecastAccuracy?]) -> String {
      let values = rows.compactMap { $0?.mase }
      guard values.count == rows.count, !values.isEmpty else { return "n/a" }
      return NumberFormat.fixed(values.reduce(0, +) / Double(values.count), decimals: 2)
    }

    var text = "backtest: \(method) MAPE \(percents(chosen))"
    text += " at \(chosen.map { String($0.horizon) }.joined(separator: " / ")) years ahead"
    if method != persistenceName {
      text += ", persistence \(percents(matched)); mean MASE \(meanMASE(chosen)) against \(meanMASE(matched))"
      text += " for persistence (the default is chosen by MASE)"
    }
    let covered = chosen.compactMap { row in
      row.coverage80.map { (percent: $0, outcomes: row.intervalOutcomes ?? row.forecasts) }
    }
    let outcomes = covered.map(\.outcomes).reduce(0, +)
    if outcomes > 0 {
      let share = covered.map { $0.percent * Double($0.outcomes) }.reduce(0, +) / Double(outcomes)
      text += "; 80 % intervals held \(NumberFormat.fixed(share, decimals: 0)) % of \(outcomes) outcomes"
    }
    return text
  }

  /// A second line for a panel of several series: how the chosen method and persistence did on `seriesID`'s own
  /// backtest forecasts, so a council sees its own track record beside the panel's. `nil` when the series has none.
  static func seriesLine(
    name: String, seriesID: String, method: String, backtest: BacktestSummary
  ) -> String? {
    guard let chosenMethod = ForecastMethod(name: method) else { return nil }
    let chosen = backtest.rows(forSeries: seriesID, method: chosenMethod)
    guard !chosen.isEmpty else { return nil }
    let persistence = Dictionary(
      backtest.rows(forSeries: seriesID, method: .naive).map { ($0.horizon, $0) },
      uniquingKeysWith: { first, _ in first })
    func mapes(_ rows: [BacktestSummaryRow?]) -> String { mapeList(rows.map { $0?.mape }) }
    var text = "\(name)'s own backtest forecasts: \(method) MAPE \(mapes(chosen))"
    if chosenMethod != .naive { text += ", persistence \(mapes(chosen.map { persistence[$0.horizon] }))" }
    let bounded = chosen.compactMap { row in row.coverage80.map { (percent: $0, outcomes: row.intervalOutcomes) } }
    let outcomes = bounded.map(\.outcomes).reduce(0, +)
    if outcomes > 0 {
      let held = bounded.map { Int(($0.percent * Double($0.outcomes) / 100).rounded()) }.reduce(0, +)
      text += "; 80 % intervals held \(held) of \(outcomes)"
    }
    return text
  }

  /// MAPEs as "6.0 % / 9.0 % / …", "n/a" where missing.
  private static func mapeList(_ values: [Double?]) -> String {
    values.map { value in value.map { NumberFormat.fixed($0, decimals: 1) + " %" } ?? "n/a" }.joined(separator: " / ")
  }
}

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
    func percents(_ rows: [ForecastAccuracy?]) -> String {
      rows.map { row in row?.mape.map { NumberFormat.fixed($0, decimals: 1) + " %" } ?? "n/a" }
        .joined(separator: " / ")
    }
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
    let own = backtest.forecasts.filter { $0.record.seriesID == seriesID }
    let chosen = own.filter { $0.record.method.name == method }
    let horizons = Set(chosen.map(\.record.horizon)).sorted()
    guard !horizons.isEmpty else { return nil }
    func mapes(_ scored: [ScoredForecast]) -> String {
      horizons.map { step in
        let subset = scored.filter { $0.record.horizon == step }
        return AccuracyMeasures.mape(actual: subset.map(\.record.actual), forecast: subset.map(\.record.pointForecast))
          .map { NumberFormat.fixed($0, decimals: 1) + " %" } ?? "n/a"
      }.joined(separator: " / ")
    }
    var text = "\(name)'s own backtest forecasts: \(method) MAPE \(mapes(chosen))"
    if method != ForecastMethod.naive.name {
      text += ", persistence \(mapes(own.filter { $0.record.method == .naive }))"
    }
    let bounded = chosen.compactMap { scored in scored.intervals[.p80].map { (scored.record.actual, $0) } }
    if !bounded.isEmpty {
      let held = bounded.filter { $0.1.contains($0.0) }.count
      text += "; 80 % intervals held \(held) of \(bounded.count)"
    }
    return text
  }
}

import Forecasting
import MessageFormat
import Planning
import TableIO

/// The plain sentences `forecast` prints under its table: why this method, how far off it was in the backtest
/// against persistence, horizon by horizon, and how often its 80 % ranges held the outcome.
public enum ForecastAccuracyText {
  /// Why the forecast uses `method`: named by the user, or the default and what the default does.
  public static func reason(method: String, named: Bool) -> String {
    if named { return "why this method: you named it (--method or the scenario's forecast.method)" }
    switch ForecastMethod(name: method) {
    case .shrunkCombination?:
      return "why this method: next year's count is hard to predict better than by this year's (persistence), so"
        + " the default starts from persistence and moves toward the average of six simple methods only as far as"
        + " that average beat persistence on the panel's earlier years. It was fixed before it was scored:"
        + " replayed with past data only it was closer than persistence 1, 2 and 3 years ahead on 133 councils"
        + " outside the North East and on the North East's 12 (docs/forecast-validation.md)"
    case .naive?:
      return "why this method: persistence (next year = this year), because the default could not be computed from"
        + " this history"
    default:
      return "why this method: chosen by the backtest"
    }
  }

  /// One line, or `nil` when the backtest scored nothing (too short a history).
  public static func line(method: String, accuracy: [ForecastAccuracy]) -> String? {
    let chosen = accuracy.filter { $0.method == method && $0.mape != nil }.sorted { $0.horizon < $1.horizon }
    guard !chosen.isEmpty else { return nil }
    let persistenceName = ForecastMethod.naive.name
    let persistence = Dictionary(
      accuracy.filter { $0.method == persistenceName }.map { ($0.horizon, $0) },
      uniquingKeysWith: { first, _ in first })
    let matched = chosen.map { persistence[$0.horizon] }

    var text = "backtest (past years, each forecast made as it would have been then): \(method) was on average "
    text += percentList(chosen.map(\.mape)) + " off at " + chosen.map { String($0.horizon) }.joined(separator: " / ")
    text += chosen.count == 1 && chosen[0].horizon == 1 ? " year ahead" : " years ahead"
    if method != persistenceName {
      text += ", persistence " + percentList(matched.map { $0?.mape })
      let closer = zip(chosen, matched).filter { mine, naive in
        guard let ours = mine.mape, let theirs = naive?.mape else { return false }
        return ours < theirs
      }.count
      text += " (closer than persistence at \(closer) of \(chosen.count))"
    }
    let covered = chosen.compactMap { row in
      row.coverage80.map { (percent: $0, outcomes: row.intervalOutcomes ?? row.forecasts) }
    }
    let outcomes = covered.map(\.outcomes).reduce(0, +)
    if outcomes > 0 {
      let share = covered.map { $0.percent * Double($0.outcomes) }.reduce(0, +) / Double(outcomes)
      text += "; its 80 % ranges held \(NumberFormat.fixed(share, decimals: 0)) % of \(outcomes) outcomes"
      let below = chosen.compactMap(\.below80).reduce(0, +)
      let above = chosen.compactMap(\.above80).reduce(0, +)
      if below + above > 0 { text += " (\(below) fell below the range, \(above) above)" }
    }
    return text
  }

  /// A second line for a panel of several series: how the chosen method and persistence did on `seriesID`'s own
  /// backtest forecasts, so a council sees its own track record beside the panel's. `nil` when the series has none.
  public static func seriesLine(
    name: String, seriesID: String, method: String, backtest: BacktestSummary
  ) -> String? {
    guard let chosenMethod = ForecastMethod(name: method) else { return nil }
    let chosen = backtest.rows(forSeries: seriesID, method: chosenMethod)
    guard !chosen.isEmpty else { return nil }
    let persistence = Dictionary(
      backtest.rows(forSeries: seriesID, method: .naive).map { ($0.horizon, $0) },
      uniquingKeysWith: { first, _ in first })
    var text = "\(name)'s own backtest forecasts: \(method) on average \(percentList(chosen.map(\.mape))) off"
    if chosenMethod != .naive {
      text += ", persistence \(percentList(chosen.map { persistence[$0.horizon]?.mape }))"
    }
    let bounded = chosen.compactMap { row in row.coverage80.map { (percent: $0, outcomes: row.intervalOutcomes) } }
    let outcomes = bounded.map(\.outcomes).reduce(0, +)
    if outcomes > 0 {
      let held = bounded.map { Int(($0.percent * Double($0.outcomes) / 100).rounded()) }.reduce(0, +)
      text += "; its 80 % ranges held \(held) of \(outcomes)"
    }
    return text
  }

  /// Percentages as "6.0 % / 9.0 % / …", "n/a" where missing.
  private static func percentList(_ values: [Double?]) -> String {
    values.map { value in value.map { NumberFormat.fixed($0, decimals: 1) + " %" } ?? "n/a" }.joined(separator: " / ")
  }
}

import Planning
import TableIO

/// The sentence `forecast` prints under its table: how the chosen method did in the backtest against persistence,
/// horizon by horizon, and how often its 80 % intervals held the outcome.
enum ForecastAccuracyText {
  /// One line, or `nil` when the backtest scored nothing (too short a history).
  static func line(method: String, accuracy: [ForecastAccuracy]) -> String? {
    let chosen = accuracy.filter { $0.method == method && $0.mape != nil }.sorted { $0.horizon < $1.horizon }
    guard !chosen.isEmpty else { return nil }
    let naive = Dictionary(
      accuracy.filter { $0.method == "Naive" }.map { ($0.horizon, $0) }, uniquingKeysWith: { first, _ in first })
    func percent(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, decimals: 1) + " %" } ?? "n/a" }
    let horizons = chosen.map { String($0.horizon) }.joined(separator: " / ")
    var text = "backtest: \(method) MAPE \(chosen.map { percent($0.mape) }.joined(separator: " / "))"
    text += " at \(horizons) years ahead"
    func ratio(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, decimals: 2) } ?? "n/a" }
    func meanMASE(_ rows: [ForecastAccuracy?]) -> Double? {
      let values = rows.compactMap { $0?.mase }
      return values.count == rows.count && !values.isEmpty ? values.reduce(0, +) / Double(values.count) : nil
    }
    if method != "Naive" {
      text += ", persistence \(chosen.map { percent(naive[$0.horizon]?.mape) }.joined(separator: " / "))"
      text += "; mean MASE \(ratio(meanMASE(chosen))) against \(ratio(meanMASE(chosen.map { naive[$0.horizon] })))"
      text += " for persistence (the default is chosen by MASE)"
    }
    let covered = chosen.compactMap { row in row.coverage80.map { ($0, row.forecasts) } }
    let outcomes = covered.map(\.1).reduce(0, +)
    if outcomes > 0 {
      let share = covered.map { $0.0 * Double($0.1) }.reduce(0, +) / Double(outcomes)
      text += "; 80 % intervals held \(NumberFormat.fixed(share, decimals: 0)) % of \(outcomes) outcomes"
    }
    return text
  }
}

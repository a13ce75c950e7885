import Forecasting

/// What `backtest` prints: each method's accuracy by horizon as a table, what the columns mean, and which origins
/// and default the table comes from.
public enum BacktestPrintout {
  /// The lines for `summary` of a panel of `seriesCount` series, with `calibration` (where the ranges come from) and
  /// the count of (series, origin) pairs `skipped` for lack of history.
  public static func lines(_ summary: BacktestSummary, seriesCount: Int, calibration: [String], skipped: Int)
    -> [String]
  {
    let width = max(18, summary.rows.map(\.method.count).max() ?? 0)
    func left(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    func right(_ text: String) -> String { String(repeating: " ", count: max(0, 8 - text.count)) + text }
    let cell = BacktestFiles.cell
    var lines = [
      left("method")
        + ["h", "n", "MAPE", "MASE", "bias", "cov80", "cov95", "below80", "above80", "default"].map(right).joined()
    ]
    for row in summary.rows {
      lines.append(
        left(row.method)
          + [
            String(row.horizon), String(row.forecasts), cell(row.mape, 2), cell(row.mase, 3), cell(row.bias, 2),
            cell(row.coverage80, 1), cell(row.coverage95, 1), String(row.below80), String(row.above80),
            row.isDefault ? "*" : "",
          ].map(right).joined())
    }
    lines.append(
      "MAPE: how far off on average, in % of the outcome (6 = on average 6 % off); MASE: the error as a multiple of "
        + "the series' typical yearly change; bias: the average signed error in % (positive = too high); "
        + "cov80/cov95: % of outcomes inside the 80 %/95 % ranges; below80/above80: outcomes under/over the 80 % "
        + "range")
    lines.append(
      "series: \(seriesCount); origins scored: " + summary.originsScored.map(String.init).joined(separator: ","))
    lines += calibration
    lines.append("skipped (series, origin) pairs lacking history: \(skipped)")
    lines.append(
      "default method: \(summary.defaultMethod.name) (the same rule at every origin, so its rows are the default "
        + "replayed with past data only)")
    return lines
  }
}

import Forecasting
import MessageFormat
import TableIO

/// The files `backtest` writes: `backtest.csv` (each method's accuracy by horizon) and `forecasts.csv` (every scored
/// forecast beside its outcome).
public enum BacktestFiles {
  /// The columns of `backtest.csv`.
  public static let summaryHeader = [
    "method", "horizon", "forecasts", "mape", "mase", "bias", "coverage_80", "coverage_95", "below_80", "above_80",
    "is_default",
  ]

  /// `backtest.csv`: one row per method and horizon; MAPE and bias in percent to 2 decimals, MASE to 3, coverage in
  /// percent to 1, blank where nothing was scored.
  public static func summaryDocument(_ summary: BacktestSummary) -> CSVDocument {
    var document = CSVDocument(header: summaryHeader)
    for row in summary.rows {
      document.append([
        row.method, String(row.horizon), String(row.forecasts), cell(row.mape, 2), cell(row.mase, 3),
        cell(row.bias, 2), cell(row.coverage80, 1), cell(row.coverage95, 1), String(row.below80),
        String(row.above80), row.isDefault ? "true" : "false",
      ])
    }
    return document
  }

  /// `forecasts.csv`: one row per scored forecast: what each method said, its intervals, and the outcome.
  public static func forecastsDocument(_ summary: BacktestSummary, names series: [AnnualSeries]) -> CSVDocument {
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
        cells += [bounds?.lowerBound, bounds?.upperBound].map { cell($0, 1) }
      }
      cells.append(record.method == summary.defaultMethod ? "true" : "false")
      document.append(cells)
    }
    return document
  }

  /// A value to `decimals` places, or blank when there is none.
  static func cell(_ value: Double?, _ decimals: Int) -> String {
    value.map { NumberFormat.fixed($0, decimals: decimals) } ?? ""
  }
}

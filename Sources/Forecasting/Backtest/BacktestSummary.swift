/// One line of a backtest table: a method's accuracy at one horizon, aggregated over every series and origin.
public struct BacktestSummaryRow: Sendable, Equatable {
  /// The method's canonical name (or the nested-selection diagnostic).
  public let method: String
  /// Steps ahead.
  public let horizon: Int
  /// How many forecasts were scored.
  public let forecasts: Int
  /// Mean absolute percentage error, in percent.
  public let mape: Double?
  /// Mean absolute scaled error (1 = as good as the in-sample one-step naive error).
  public let mase: Double?
  /// Mean percentage error (forecast − actual) / actual, in percent; positive means over-forecasting.
  public let bias: Double?
  /// Percentage of outcomes inside the 80 % interval.
  public let coverage80: Double?
  /// Percentage of outcomes inside the 95 % interval.
  public let coverage95: Double?
  /// How many forecasts had an 80 % interval: the outcomes the coverage is a percentage of (forecasts at origins
  /// with too few earlier errors have none).
  public let intervalOutcomes: Int
  /// How many of those outcomes fell below the 80 % interval.
  public let below80: Int
  /// How many of those outcomes fell above the 80 % interval (misses on both sides, in about equal numbers, are what
  /// intervals that do not lean one way give).
  public let above80: Int
  /// True on the default method's rows.
  public let isDefault: Bool

  /// Makes a row.
  public init(
    method: String, horizon: Int, forecasts: Int, mape: Double?, mase: Double?, bias: Double?,
    coverage80: Double?, coverage95: Double?, intervalOutcomes: Int, below80: Int = 0, above80: Int = 0,
    isDefault: Bool
  ) {
    self.method = method
    self.horizon = horizon
    self.forecasts = forecasts
    self.mape = mape
    self.mase = mase
    self.bias = bias
    self.coverage80 = coverage80
    self.coverage95 = coverage95
    self.intervalOutcomes = intervalOutcomes
    self.below80 = below80
    self.above80 = above80
    self.isDefault = isDefault
  }

  /// One row per horizon 1 … `horizons` that has forecasts: accuracy of `scored` (one method's, or a selection's),
  /// with coverage over the forecasts that have intervals.
  static func rows(name: String, horizons: Int, scored: [ScoredForecast]) -> [BacktestSummaryRow] {
    (1...max(1, horizons)).compactMap { step in
      let subset = scored.filter { $0.record.horizon == step }
      guard !subset.isEmpty else { return nil }
      let actual = subset.map(\.record.actual)
      let forecast = subset.map(\.record.pointForecast)
      var coverage: [IntervalLevel: Double] = [:]
      var intervalOutcomes = 0
      var below80 = 0
      var above80 = 0
      for level in IntervalLevel.defaults {
        let bounded = subset.compactMap { item in item.intervals[level].map { (item.record.actual, $0) } }
        coverage[level] = AccuracyMeasures.coverage(
          actual: bounded.map(\.0), lower: bounded.map(\.1.lowerBound), upper: bounded.map(\.1.upperBound))
        if level == .p80 {
          intervalOutcomes = bounded.count
          below80 = bounded.filter { $0.0 < $0.1.lowerBound }.count
          above80 = bounded.filter { $0.0 > $0.1.upperBound }.count
        }
      }
      return BacktestSummaryRow(
        method: name, horizon: step, forecasts: subset.count,
        mape: AccuracyMeasures.mape(actual: actual, forecast: forecast),
        mase: AccuracyMeasures.mase(actual: actual, forecast: forecast, scale: subset.map(\.record.naiveScale)),
        bias: AccuracyMeasures.bias(actual: actual, forecast: forecast),
        coverage80: coverage[.p80], coverage95: coverage[.p95], intervalOutcomes: intervalOutcomes, below80: below80,
        above80: above80, isDefault: false)
    }
  }

  func markingDefault(_ flag: Bool) -> BacktestSummaryRow {
    BacktestSummaryRow(
      method: method, horizon: horizon, forecasts: forecasts, mape: mape, mase: mase, bias: bias,
      coverage80: coverage80, coverage95: coverage95, intervalOutcomes: intervalOutcomes, below80: below80,
      above80: above80, isDefault: flag)
  }
}

/// A backtest's accuracy table and the default method it chose.
public struct BacktestSummary: Sendable, Equatable {
  /// Rows by method (declaration order, nested selection last), then horizon.
  public let rows: [BacktestSummaryRow]
  /// The method the backtest chose as default.
  public let defaultMethod: ForecastMethod
  /// The origins that produced at least one scored forecast.
  public let originsScored: [Int]
  /// Every method's forecast at every scored origin and horizon, with its intervals and outcome (series, origin,
  /// method and horizon order).
  public let forecasts: [ScoredForecast]

  /// Makes a summary.
  public init(
    rows: [BacktestSummaryRow], defaultMethod: ForecastMethod, originsScored: [Int], forecasts: [ScoredForecast] = []
  ) {
    self.rows = rows
    self.defaultMethod = defaultMethod
    self.originsScored = originsScored
    self.forecasts = forecasts
  }

  /// The accuracy rows of `method` on one series' own forecasts, horizon by horizon (how the method did for that
  /// council alone).
  public func rows(forSeries seriesID: String, method: ForecastMethod) -> [BacktestSummaryRow] {
    let own = forecasts.filter { $0.record.seriesID == seriesID && $0.record.method == method }
    return BacktestSummaryRow.rows(name: method.name, horizons: own.map(\.record.horizon).max() ?? 0, scored: own)
  }

  /// The row for a method name and horizon.
  public func row(_ method: String, horizon: Int) -> BacktestSummaryRow? {
    rows.first { $0.method == method && $0.horizon == horizon }
  }
}

/// One backtest forecast beside its outcome, with the 80 % and 95 % intervals calibrated from errors known at its
/// origin.
public struct ScoredForecast: Sendable, Equatable {
  /// The forecast and its outcome.
  public let record: BacktestRecord
  /// The interval bounds (children) for each level, absent where the origin had too few earlier errors.
  public let intervals: [IntervalLevel: ClosedRange<Double>]

  /// Makes a scored forecast.
  public init(record: BacktestRecord, intervals: [IntervalLevel: ClosedRange<Double>]) {
    self.record = record
    self.intervals = intervals
  }
}

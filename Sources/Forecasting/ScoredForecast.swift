/// One backtest forecast beside its outcome: what the method said at the origin, with the 80 % and 95 % intervals
/// calibrated from errors known at that origin, and what happened.
public struct ScoredForecast: Sendable, Equatable {
  /// The series (council code, or the file's single series).
  public let seriesID: String
  /// The last observed year when the forecast was made.
  public let origin: Int
  /// Years ahead of the origin.
  public let horizon: Int
  /// The method's display name.
  public let method: String
  /// The point forecast (children).
  public let pointForecast: Double
  /// The outcome (children).
  public let actual: Double
  /// The interval bounds (children) for each level, absent where the origin had too few earlier errors.
  public let intervals: [IntervalLevel: ClosedRange<Double>]

  /// Makes a scored forecast.
  public init(
    seriesID: String, origin: Int, horizon: Int, method: String, pointForecast: Double, actual: Double,
    intervals: [IntervalLevel: ClosedRange<Double>]
  ) {
    self.seriesID = seriesID
    self.origin = origin
    self.horizon = horizon
    self.method = method
    self.pointForecast = pointForecast
    self.actual = actual
    self.intervals = intervals
  }

  /// The year forecast.
  public var targetYear: Int { origin + horizon }
}

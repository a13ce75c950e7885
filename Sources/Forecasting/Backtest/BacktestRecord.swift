/// One scored forecast in a backtest: a method's h-step forecast of one series from one origin, and the outcome.
public struct BacktestRecord: Sendable, Equatable {
  /// The series forecast.
  public let seriesID: String
  /// The last year the method saw.
  public let origin: Int
  /// Steps ahead (1 = the year after the origin).
  public let horizon: Int
  /// The method.
  public let method: ForecastMethod
  /// The forecast.
  public let pointForecast: Double
  /// What happened.
  public let actual: Double
  /// The in-sample mean absolute one-step change of the training window (the MASE scale), or `nil` when zero.
  public let naiveScale: Double?

  /// Makes a record.
  public init(
    seriesID: String, origin: Int, horizon: Int, method: ForecastMethod, pointForecast: Double, actual: Double,
    naiveScale: Double?
  ) {
    self.seriesID = seriesID
    self.origin = origin
    self.horizon = horizon
    self.method = method
    self.pointForecast = pointForecast
    self.actual = actual
    self.naiveScale = naiveScale
  }

  /// The year forecast.
  public var targetYear: Int { origin + horizon }
}

import Foundation
import Statistics

/// A forecast with its provenance: the method, the training years, point forecasts, and an error distribution
/// from which intervals, quantiles and simulated paths are drawn.
///
/// Every bound is `point · exp(q)`, where q is a quantile of the method's calibrated log errors at that horizon
/// (see ``ErrorDistribution``). When the backtest gave too few errors to calibrate, ``hasIntervals`` is false and
/// every bound equals the point forecast.
public struct Forecast: Sendable, Equatable {
  /// The series forecast.
  public let seriesID: String
  /// The method's canonical name (``ForecastMethod/name``).
  public let method: String
  /// The years the method was fitted on.
  public let trainingYears: ClosedRange<Int>
  /// The years forecast, consecutive after the training years.
  public let years: [Int]
  /// The point forecast for each year.
  public let point: [Double]
  /// The calibrated error distribution behind the intervals.
  public let errors: ErrorDistribution
  /// The backtest that chose the method and calibrated the intervals, when one was run.
  public let backtest: BacktestSummary?

  /// Makes a forecast.
  public init(
    seriesID: String, method: String, trainingYears: ClosedRange<Int>, years: [Int], point: [Double],
    errors: ErrorDistribution, backtest: BacktestSummary?
  ) {
    self.seriesID = seriesID
    self.method = method
    self.trainingYears = trainingYears
    self.years = years
    self.point = point
    self.errors = errors
    self.backtest = backtest
  }

  /// True when the intervals come from calibrated errors (otherwise they collapse to the point forecast).
  public var hasIntervals: Bool { errors.isCalibrated }

  /// The p-quantile (0 < p < 1) of each year's outcome: P50 is `quantile(0.5)`, P80 `quantile(0.8)`.
  public func quantile(_ probability: Double) -> [Double] {
    guard let logQuantiles = errors.logQuantiles(probability, horizon: years.count) else { return point }
    return zip(point, logQuantiles).map { $0 * exp($1) }
  }

  /// The lower bound of the central interval at `level` for each year.
  public func lower(_ level: IntervalLevel) -> [Double] { quantile(level.lowerProbability) }

  /// The upper bound of the central interval at `level` for each year.
  public func upper(_ level: IntervalLevel) -> [Double] { quantile(level.upperProbability) }

  /// `paths` simulated trajectories, repeatable for a given `seed`.
  ///
  /// Each path draws one uniform u and takes the u-quantile in every year, so a path that starts high stays high
  /// (errors of a stock accumulate) and the draws' percentiles match ``quantile(_:)``.
  public func simulate(paths: Int, seed: UInt64) -> [[Double]] {
    var generator = SplitMix64(seed: seed)
    return (0..<max(0, paths)).map { _ in quantile(generator.nextUnit()) }
  }

  /// A copy with scenario levers applied through the stock-flow identity (see
  /// ``ScenarioLevers/adjustedStock(base:lastStock:flows:)``); every bound moves in proportion to the point.
  public func applying(_ levers: ScenarioLevers, lastStock: Double, flows: StockFlowModel.Flows) -> Forecast {
    Forecast(
      seriesID: seriesID, method: method, trainingYears: trainingYears, years: years,
      point: levers.adjustedStock(base: point, lastStock: lastStock, flows: flows), errors: errors,
      backtest: backtest)
  }
}

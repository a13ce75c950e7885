import Foundation

/// The simple benchmark methods: persistence, drift, damped log drift and fitted trends.
///
/// Each returns the point forecasts for years `origin + 1 … origin + horizon`, or `nil` when the series is too
/// short. Forecasts are never negative.
public enum TrendModels {
  /// Years used by the linear and log-linear trends (the most recent five observations).
  public static let trendWindow = 5
  /// Damping factor of ``dampedLogDrift(_:horizon:)``: the growth in step h is weighted by `phi^h`.
  public static let logDriftDamping = 0.9

  /// Persistence ("naive"): every future year equals the last observation.
  public static func naive(_ values: [Double], horizon: Int) -> [Double]? {
    guard let last = values.last else { return nil }
    return Array(repeating: last, count: horizon)
  }

  /// Drift: the last value plus the average annual change over the whole history, times the step.
  public static func drift(_ values: [Double], horizon: Int) -> [Double]? {
    guard values.count >= 2, let first = values.first, let last = values.last else { return nil }
    let slope = (last - first) / Double(values.count - 1)
    return (1...horizon).map { max(0, last + slope * Double($0)) }
  }

  /// Damped log drift: the average annual log growth over the whole history, applied with damping
  /// ``logDriftDamping`` (growth factor in step h is exp(g · (phi + … + phi^h))).
  public static func dampedLogDrift(_ values: [Double], horizon: Int) -> [Double]? {
    guard values.count >= 2, let first = values.first, let last = values.last, first > 0, last > 0 else { return nil }
    let growth = log(last / first) / Double(values.count - 1)
    return dampedGrowthPath(from: last, growth: growth, damping: logDriftDamping, horizon: horizon)
  }

  /// Linear trend: ordinary least squares on the last ``trendWindow`` observations, extrapolated.
  public static func linearTrend(_ values: [Double], horizon: Int) -> [Double]? {
    let window = Array(values.suffix(trendWindow))
    guard window.count >= 3, let (intercept, slope) = leastSquaresLine(window) else { return nil }
    let lastIndex = Double(window.count - 1)
    return (1...horizon).map { max(0, intercept + slope * (lastIndex + Double($0))) }
  }

  /// Log-linear trend: least squares on the logarithms of the last ``trendWindow`` observations, extrapolated and
  /// exponentiated (constant percentage growth).
  public static func logLinearTrend(_ values: [Double], horizon: Int) -> [Double]? {
    let window = Array(values.suffix(trendWindow))
    guard window.count >= 3, window.allSatisfy({ $0 > 0 }) else { return nil }
    guard let (intercept, slope) = leastSquaresLine(window.map { log($0) }) else { return nil }
    let lastIndex = Double(window.count - 1)
    return (1...horizon).map { exp(intercept + slope * (lastIndex + Double($0))) }
  }

  /// The intercept and slope of y against 0, 1, …, n − 1.
  static func leastSquaresLine(_ values: [Double]) -> (intercept: Double, slope: Double)? {
    let count = Double(values.count)
    guard values.count >= 2 else { return nil }
    let meanX = (count - 1) / 2
    let meanY = values.reduce(0, +) / count
    var sxy = 0.0
    var sxx = 0.0
    for (index, value) in values.enumerated() {
      let dx = Double(index) - meanX
      sxy += dx * (value - meanY)
      sxx += dx * dx
    }
    let slope = sxy / sxx
    return (meanY - slope * meanX, slope)
  }

  /// `start · exp(growth · (phi + phi² + … + phi^h))` for h = 1 … horizon.
  static func dampedGrowthPath(from start: Double, growth: Double, damping: Double, horizon: Int) -> [Double] {
    var cumulative = 0.0
    var weight = 1.0
    return (1...horizon).map { _ in
      weight *= damping
      cumulative += weight
      return start * exp(growth * cumulative)
    }
  }
}

import Foundation

/// The log quantiles of every default interval level at horizons 1 … `horizons`, from one error distribution: what
/// ``BacktestRun/summary(origins:used:calibration:)`` keeps of each origin's calibration to set its forecasts' ranges.
struct BacktestRangeBounds {
  private var bounds: [IntervalLevel: (low: [Double], high: [Double])] = [:]

  init(_ calibration: ErrorDistribution, horizons: Int) {
    for level in IntervalLevel.defaults {
      guard let low = calibration.logQuantiles(level.lowerProbability, horizon: horizons),
        let high = calibration.logQuantiles(level.upperProbability, horizon: horizons)
      else { continue }
      bounds[level] = (low, high)
    }
  }

  /// The `level` interval of a record's forecast (children), or `nil` when the distribution is not calibrated.
  func interval(_ record: BacktestRecord, _ level: IntervalLevel) -> ClosedRange<Double>? {
    let step = record.horizon - 1
    guard let (low, high) = bounds[level], low.indices.contains(step), high.indices.contains(step) else { return nil }
    return record.pointForecast * exp(low[step])...record.pointForecast * exp(high[step])
  }
}

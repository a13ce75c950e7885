import Foundation

/// A pooled method: every series in the panel grows at the region's recent growth rate, damped.
///
/// The regional growth g is the average annual log growth of the panel total over the last ``windowYears`` years
/// (only series observed in every year of the window count, so the total is like for like). The forecast is
/// `last · exp(g · (φ + … + φ^h))` with φ = ``damping``. The panel is already cut at the origin, so no later
/// data enters.
public enum PooledGrowthModel {
  /// Years of regional growth averaged.
  public static let windowYears = 3
  /// The damping φ applied to the regional growth.
  public static let damping = 0.8

  /// The regional average annual log growth over the window ending at `origin`, or `nil` when no series covers it.
  public static func regionalGrowth(_ panel: SeriesPanel, origin: Int, windowYears: Int = windowYears) -> Double? {
    guard windowYears >= 1 else { return nil }
    let start = origin - windowYears
    var startTotal = 0.0
    var endTotal = 0.0
    for series in panel.series {
      guard let first = series.value(in: start), let last = series.value(in: origin) else { continue }
      startTotal += first
      endTotal += last
    }
    guard startTotal > 0, endTotal > 0 else { return nil }
    return log(endTotal / startTotal) / Double(windowYears)
  }

  /// Point forecasts for the context's series, or `nil` with fewer than two years of history.
  public static func forecast(_ context: ForecastContext, horizon: Int) -> [Double]? {
    let series = context.series
    guard let last = series.values.last, series.count >= 2 else { return nil }
    let window = min(windowYears, series.count - 1)
    guard let growth = regionalGrowth(context.panel, origin: context.origin, windowYears: window) else {
      return nil
    }
    return TrendModels.dampedGrowthPath(from: last, growth: growth, damping: damping, horizon: horizon)
  }
}

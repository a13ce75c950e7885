/// Everything a method may use at one forecast origin: the target series and the panel, both already cut at the
/// origin, so no method can look at later years.
public struct ForecastContext: Sendable {
  /// The target series, ending at the origin.
  public let series: AnnualSeries
  /// Every series available for pooling (may include the target), ending at or before the origin.
  public let panel: SeriesPanel
  /// How far ``ForecastMethod/shrunkCombination`` moves from persistence toward the combination, fitted on
  /// backtest forecasts whose outcomes are known at the origin; `nil` (no past forecasts) means persistence.
  public var shrinkage: PersistenceShrinkage?

  /// Cuts `series` and `panel` at `origin` and makes the context.
  public init(series: AnnualSeries, panel: SeriesPanel? = nil, origin: Int) {
    self.series = series.truncated(throughYear: origin)
    self.panel = (panel ?? SeriesPanel([series])).truncated(throughYear: origin)
  }

  /// Makes the context from a panel already cut at `origin` (``SeriesPanel/truncated(throughYear:)``), so a backtest
  /// cuts the panel once per origin rather than once per series and origin.
  init(series: AnnualSeries, origin: Int, panelCutAtOrigin: SeriesPanel) {
    self.series = series.truncated(throughYear: origin)
    self.panel = panelCutAtOrigin
  }

  /// The last observed year (the forecast origin).
  public var origin: Int { series.lastYear ?? 0 }
}

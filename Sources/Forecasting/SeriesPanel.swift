/// Several annual series of the same measure (for example one per council), ordered by id. Pooled methods use the
/// other series in the panel, always cut at the forecast origin.
public struct SeriesPanel: Sendable, Equatable {
  /// The series, sorted by id.
  public let series: [AnnualSeries]

  /// Makes a panel; series are sorted by id.
  public init(_ series: [AnnualSeries]) {
    self.series = series.sorted { $0.id < $1.id }
  }

  /// The series with this id, matched exactly.
  public func series(withID id: String) -> AnnualSeries? { series.first { $0.id == id } }

  /// Every series cut after `origin` (see ``AnnualSeries/truncated(throughYear:)``); empty series are dropped.
  public func truncated(throughYear origin: Int) -> SeriesPanel {
    SeriesPanel(series.map { $0.truncated(throughYear: origin) }.filter { $0.count > 0 })
  }

  /// The earliest year in any series, or `nil` for an empty panel.
  public var firstYear: Int? { series.compactMap(\.firstYear).min() }

  /// The latest year in any series, or `nil` for an empty panel.
  public var lastYear: Int? { series.compactMap(\.lastYear).max() }
}

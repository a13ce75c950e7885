import Foundation

/// Several annual series of the same measure (for example one per council), ordered by id. Pooled methods use the
/// other series in the panel, always cut at the forecast origin.
public struct SeriesPanel: Sendable, Equatable {
  /// The series, sorted by id.
  public let series: [AnnualSeries]
  /// Series in the file that could not be used (a suppressed stock), with why; for warnings.
  public var skipped: [SkippedSeries] = []

  /// Makes a panel; series are sorted by id.
  public init(_ series: [AnnualSeries]) {
    self.series = series.sorted { $0.id < $1.id }
  }

  /// The series with this id, matched exactly.
  public func series(withID id: String) -> AnnualSeries? { series.first { $0.id == id } }

  /// The series with this id, or else the one whose name matches ignoring case and surrounding spaces (a council
  /// can be asked for as `E06000003` or `Redcar and Cleveland`).
  public func series(matching requested: String) -> AnnualSeries? {
    let wanted = requested.trimmingCharacters(in: .whitespaces)
    return series(withID: wanted) ?? series.first { $0.name.lowercased() == wanted.lowercased() }
  }

  /// The skipped series with this id or name, if the request names one, as an error naming the cell to fill in.
  public func skippedError(matching requested: String) -> ForecastingError? {
    skippedSeries(matching: requested).map { skipped in
      let reason = skipped.reason
      return .invalidData([
        DataIssue(
          path: reason.path, line: reason.line, column: reason.column,
          message: "series \(requested) cannot be used: \(reason.message). Fill in the value, or choose another series")
      ])
    }
  }

  /// The skipped series with this id or name, if the request names one.
  public func skippedSeries(matching requested: String) -> SkippedSeries? {
    let wanted = requested.trimmingCharacters(in: .whitespaces).lowercased()
    return skipped.first { $0.id.lowercased() == wanted || $0.name?.lowercased() == wanted }
  }

  /// Every series cut after `origin` (see ``AnnualSeries/truncated(throughYear:)``); empty series are dropped.
  public func truncated(throughYear origin: Int) -> SeriesPanel {
    SeriesPanel(series.map { $0.truncated(throughYear: origin) }.filter { $0.count > 0 })
  }

  /// The earliest year in any series, or `nil` for an empty panel.
  public var firstYear: Int? { series.compactMap(\.firstYear).min() }

  /// The latest year in any series, or `nil` for an empty panel.
  public var lastYear: Int? { series.compactMap(\.lastYear).max() }
}

/// A series left out of a panel, and why (the first cell that made it unusable).
public struct SkippedSeries: Sendable, Equatable {
  public let id: String
  public let name: String?
  public let reason: DataIssue

  /// Records a skipped series.
  public init(id: String, name: String?, reason: DataIssue) {
    self.id = id
    self.name = name
    self.reason = reason
  }

  /// `warning: <file>:<line>: series E09000001 (City of London) skipped: … ; the other series are used`.
  public var warning: String {
    let label = name.map { "\(id) (\($0))" } ?? id
    var location = reason.path
    if let line = reason.line { location += ":\(line)" }
    return "warning: \(location): series \(label) skipped: \(reason.message); the other series are used"
  }
}

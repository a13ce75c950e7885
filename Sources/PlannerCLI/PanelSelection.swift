import Forecasting

/// Picks one series out of a panel by code or name.
enum PanelSelection {
  /// The requested series (by id, or by name ignoring case), or the only series when none is requested; the panel's
  /// skipped series are reported on stderr, and asking for one of them is an error naming why it was skipped.
  ///
  /// - Throws: ``ForecastingError/seriesNotFound(id:path:available:)`` when it is absent, or when the file has
  ///   several series and none was requested.
  static func series(in panel: SeriesPanel, requested: String?, path: String) throws -> AnnualSeries {
    if let requested, let error = panel.skippedError(matching: requested) { throw error }
    for skipped in panel.skipped { StandardError.print(skipped.warning) }
    let available = panel.series.map { "\($0.id) (\($0.name))" }
    guard let requested else {
      if panel.series.count == 1, let only = panel.series.first { return only }
      throw ForecastingError.seriesNotFound(id: "(none given: use --series)", path: path, available: available)
    }
    if let match = panel.series(matching: requested) { return match }
    throw ForecastingError.seriesNotFound(id: requested, path: path, available: available)
  }
}

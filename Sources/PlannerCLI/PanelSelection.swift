import Forecasting

/// Picks one series out of a panel by code or name.
enum PanelSelection {
  /// The requested series (by id, or by name ignoring case), or the only series when none is requested.
  ///
  /// - Throws: ``ForecastingError/seriesNotFound(id:path:available:)`` when it is absent, or when the file has
  ///   several series and none was requested.
  static func series(in panel: SeriesPanel, requested: String?, path: String) throws -> AnnualSeries {
    let available = panel.series.map { "\($0.id) (\($0.name))" }
    guard let requested else {
      if panel.series.count == 1, let only = panel.series.first { return only }
      throw ForecastingError.seriesNotFound(id: "(none given: use --series)", path: path, available: available)
    }
    if let match = panel.series(withID: requested)
      ?? panel.series.first(where: { $0.name.lowercased() == requested.lowercased() })
    {
      return match
    }
    throw ForecastingError.seriesNotFound(id: requested, path: path, available: available)
  }
}

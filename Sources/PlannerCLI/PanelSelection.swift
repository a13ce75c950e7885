import Forecasting

/// Picks one series out of a panel by code or name.
enum PanelSelection {
  /// The most near matches a "not found" message suggests.
  static let suggestionLimit = 5

  /// The requested series (by id, or by name ignoring case), or the only series when none is requested; the panel's
  /// skipped series are reported on stderr, and asking for one of them is an error naming why it was skipped.
  ///
  /// - Throws: ``ForecastingError/seriesNotChosen(path:count:examples:)`` when the file has several series and none
  ///   was requested; ``ForecastingError/seriesNotFound(id:path:suggestions:count:)`` when the requested one is
  ///   absent, with the names that come close.
  static func series(in panel: SeriesPanel, requested: String?, path: String) throws -> AnnualSeries {
    if let requested, let error = panel.skippedError(matching: requested) { throw error }
    for skipped in panel.skipped { StandardError.print(skipped.warning) }
    guard let requested else {
      if panel.series.count == 1, let only = panel.series.first { return only }
      throw ForecastingError.seriesNotChosen(
        path: path, count: panel.series.count, examples: panel.series.prefix(3).map(label))
    }
    if let match = panel.series(matching: requested) { return match }
    throw ForecastingError.seriesNotFound(
      id: requested, path: path, suggestions: nearMatches(requested, in: panel).map(label),
      count: panel.series.count)
  }

  /// The series whose name or code contains `requested` (ignoring case and punctuation), or failing that, whose name
  /// is within a few edits of it: at most ``suggestionLimit``, closest first.
  static func nearMatches(_ requested: String, in panel: SeriesPanel) -> [AnnualSeries] {
    let key = normalized(requested)
    guard !key.isEmpty else { return [] }
    let containing = panel.series.filter { normalized($0.name).contains(key) || normalized($0.id).contains(key) }
    if !containing.isEmpty { return Array(containing.prefix(suggestionLimit)) }
    let scored = panel.series.map { (series: $0, distance: editDistance(key, normalized($0.name))) }
    let allowed = max(2, key.count / 3)
    return scored.filter { $0.distance <= allowed }.sorted { $0.distance < $1.distance }.prefix(suggestionLimit)
      .map(\.series)
  }

  /// `E06000004 (Stockton-on-Tees)`.
  private static func label(_ series: AnnualSeries) -> String { "\(series.id) (\(series.name))" }

  /// Lower case letters and digits only, so "Stockton-on-Tees" and "stockton on tees" compare equal.
  private static func normalized(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        .map(Character.init))
  }

  /// The Levenshtein distance between two strings (insertions, deletions and substitutions of characters).
  private static func editDistance(_ first: String, _ second: String) -> Int {
    let a = Array(first)
    let b = Array(second)
    guard !a.isEmpty else { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

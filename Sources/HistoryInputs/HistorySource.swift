import CareEpisodes
import Forecasting
import Foundation

/// Reads a demand history from either a table in the DfE panel layout (or `year,value`) or a folder of SSDA903
/// returns, as a panel of annual series for forecasting. ``panel(at:seriesCode:)`` is the ``HistoryReader`` the
/// command line gives Planning's ``HistoryForecaster``.
public enum HistorySource {
  /// True when `path` is a folder (taken to hold SSDA903 Header and Episodes files).
  public static func isEpisodeFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// The history at `path`. For an SSDA903 folder, one series with id `seriesCode`: looked after at each 31 March,
  /// starts and ceased, as `ingest-903` counts them.
  public static func panel(at path: String, seriesCode: String) throws -> SeriesPanel {
    let url = URL(fileURLWithPath: path)
    guard isEpisodeFolder(path) else { return try SeriesTableReader.read(url) }
    let history = try EpisodeHistory.load(folder: url, options: IngestOptions())
    let years = history.years
    let series = try AnnualSeries(
      id: seriesCode, name: "SSDA903 returns in \(url.lastPathComponent)", years: years.map(\.year),
      values: years.map { Double($0.lookedAfter) }, starts: years.map { Double($0.starts) },
      ceased: years.map { Double($0.ceased) })
    return SeriesPanel([series])
  }
}

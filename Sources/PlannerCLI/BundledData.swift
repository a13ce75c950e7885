import Foundation

/// Finds files shipped with the tool under `Data/`, from the current folder or above the executable.
enum BundledData {
  /// The North East looked-after-children panel used when `forecast` or `backtest` gets no file.
  static let defaultPanel = "Data/cla-panel/la_cla_panel_north_east_2010_2025.csv"
  /// The series forecast when no file is given: Redcar and Cleveland.
  static let defaultSeries = "E06000003"

  /// The first existing path among `relativePath` under the current folder and each folder above the executable.
  static func locate(_ relativePath: String) -> URL {
    let fileManager = FileManager.default
    let current = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent(relativePath)
    if fileManager.fileExists(atPath: current.path) { return current }
    var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent(relativePath)
      if fileManager.fileExists(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return current
  }
}

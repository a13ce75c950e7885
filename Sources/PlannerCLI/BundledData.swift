import Foundation
import ScenarioInputs

/// Finds files shipped with the tool (`Data/`, `Scenarios/`), from any folder: under the current folder, then beside
/// the executable and above it (a build in the repository), then under `share/sufficiency/` of the installation prefix
/// (`make install PREFIX=/usr/local` puts the binary in `bin/` and the data in `share/sufficiency/`).
enum BundledData {
  /// The North East looked-after-children panel used when `forecast` or `backtest` gets no file.
  static let defaultPanel = "Data/cla-panel/la_cla_panel_north_east_2010_2025.csv"
  /// The series forecast when no file is given: Redcar and Cleveland.
  static let defaultSeries = "E06000003"
  /// The postcode-district centroid table, for `postcode:` in scenarios and for SSDA903 distances.
  static let postcodeTable = "Data/postcodes/uk_postcode_district_centroids.csv"
  /// The council boundaries drawn on the report's map (see `Data/boundaries/README.md`).
  static let councilBoundaries = "Data/boundaries/england_utla_boundaries.geojson"
  /// Where an installation keeps the data, under its prefix.
  static let installedDataFolder = "share/sufficiency"

  /// The first existing path among `relativePath` under the current folder and the executable's folders; the
  /// current folder's path when none exists (so the message names what was looked for).
  static func locate(_ relativePath: String) -> URL {
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(relativePath)
    return candidates(relativePath).first { FileManager.default.fileExists(atPath: $0.path) } ?? current
  }

  /// Every place `relativePath` is looked for, in order.
  static func candidates(_ relativePath: String) -> [URL] {
    var result = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(relativePath)]
    var folder = executableFolder
    for _ in 0..<6 {
      result.append(folder.appendingPathComponent(relativePath))
      result.append(folder.appendingPathComponent(installedDataFolder).appendingPathComponent(relativePath))
      folder = folder.deletingLastPathComponent()
    }
    return result
  }

  /// The locator scenarios use for `postcode:`, over the shipped centroid table; `nil` when it is not installed.
  static func postcodeLocator() -> PostcodeLocator? {
    ScenarioPostcodes.locator(firstExistingOf: candidates(postcodeTable))
  }

  /// The folder of the running executable, with symbolic links resolved (found even when it was run from `PATH`).
  static var executableFolder: URL {
    let executable =
      Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
    return executable.resolvingSymlinksInPath().deletingLastPathComponent()
  }
}

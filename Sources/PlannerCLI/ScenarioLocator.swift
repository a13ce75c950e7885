import Foundation
import PlacementDomain
import ScenarioInputs

/// Finds scenario files, including the bundled default when no path is given.
enum ScenarioLocator {
  /// The bundled default scenario, relative to the repository root.
  static let defaultScenario = "Scenarios/redcar-cleveland-2018/scenario.yaml"

  /// The scenario to use: the given path (a file, or a folder holding scenario.yaml), or the bundled default found
  /// from the current folder or the executable's folder (so `swift run` and the built binary both find it).
  static func resolve(_ path: String?) throws -> URL {
    if let path {
      var isDirectory: ObjCBool = false
      let url = URL(fileURLWithPath: path)
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        return url.appendingPathComponent("scenario.yaml")
      }
      return url
    }
    let candidate = BundledData.locate(defaultScenario)
    if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
    throw CLIInputError(
      message:
        "no scenario given and the bundled default (\(defaultScenario)) was not found beside the tool or under "
        + "share/sufficiency of its installation. Pass a scenario path, or reinstall with 'make install PREFIX=...'."
    )
  }

  /// True when `path` names a scenario rather than a table: a `.yaml`/`.yml` file or a folder with scenario.yaml.
  static func isScenario(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      return FileManager.default.fileExists(
        atPath: URL(fileURLWithPath: path).appendingPathComponent("scenario.yaml").path)
    }
    return path.hasSuffix(".yaml") || path.hasSuffix(".yml")
  }

  /// Loads a scenario with `options` (by default no changes and the bundled postcode table), printing its warnings
  /// to stderr (each once per run).
  static func load(_ path: String?, options: ScenarioLoader.Options? = nil) throws -> ScenarioLoader.Result {
    let url = try resolve(path)
    let result = try ScenarioLoader.load(
      from: url, options: options ?? ScenarioLoader.Options(postcodes: BundledData.postcodeLocator()))
    for warning in result.warnings { printOnce(warning.description) }
    return result
  }

  /// Warnings already printed in this run: `compare A A` loads one scenario twice but says each thing once.
  nonisolated(unsafe) private static var printed = Set<String>()
  private static let printedLock = NSLock()

  private static func printOnce(_ line: String) {
    let isNew = printedLock.withLock { printed.insert(line).inserted }
    if isNew { StandardError.print(line) }
  }
}

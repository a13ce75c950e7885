import Foundation
import PlacementDomain

/// Finds scenario files, including the bundled default when no path is given.
enum ScenarioLocator {
  /// The bundled default scenario, relative to the repository root.
  static let defaultScenario = "Scenarios/redcar-cleveland-2018/scenario.yaml"

  /// The scenario to use: the given path, or the bundled default found from the current folder or the
  /// executable's folder (so `swift run` and the built binary both find it).
  static func resolve(_ path: String?) throws -> URL {
    if let path {
      var isDirectory: ObjCBool = false
      let url = URL(fileURLWithPath: path)
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        return url.appendingPathComponent("scenario.yaml")
      }
      return url
    }
    for root in searchRoots() {
      let candidate = root.appendingPathComponent(defaultScenario)
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
    }
    throw CLIInputError(
      message:
        "no scenario given and the bundled default (\(defaultScenario)) was not found. Run from the repository folder or pass a scenario path."
    )
  }

  private static func searchRoots() -> [URL] {
    var roots = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
    var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<6 {
      roots.append(folder)
      folder = folder.deletingLastPathComponent()
    }
    return roots
  }

  /// Loads a scenario, printing its warnings to stderr.
  static func load(_ path: String?) throws -> ScenarioLoader.Result {
    let url = try resolve(path)
    let result = try ScenarioLoader.load(from: url)
    for warning in result.warnings { StandardError.print(warning.description) }
    return result
  }
}

import Foundation
import TableIO

/// The files one command writes into its output folder, written as one set (see `OutputFolder`) with a manifest
/// naming the command and its input, so a folder never mixes two runs: no `paths.csv` of an earlier forecast beside
/// a new `forecast.csv`, no `forecasts.csv` of another panel beside a new `backtest.csv`.
struct CommandOutputSet {
  /// The command, as the manifest names it (`backtest`, `forecast`, …).
  let command: String
  /// Every file name the command may write into the folder.
  let fileNames: Set<String>

  static let backtest = CommandOutputSet(command: "backtest", fileNames: ["backtest.csv", "forecasts.csv"])
  static let forecast = CommandOutputSet(command: "forecast", fileNames: ["forecast.csv", "flows.csv", "paths.csv"])
  static let sweep = CommandOutputSet(command: "sweep", fileNames: ["draws.csv", "sweep.csv"])

  /// Writes `files` into `folder` as one set; the manifest names `input` (and its content hash, when known).
  func write(
    _ files: [(name: String, text: String)], to folder: URL, input: String, inputHash: String? = nil,
    protecting inputs: Set<String>
  ) throws {
    var manifest = [
      "command": command, "input": input, "tool": "sufficiency \(SufficiencyCommand.toolVersion)",
    ]
    if let inputHash { manifest["input_hash"] = inputHash }
    try OutputFolder.write(files, to: folder, manifest: manifest, setNames: fileNames, protecting: inputs)
  }
}

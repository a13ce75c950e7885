import Foundation
import PlacementDomain
import Planning
import Reporting
import TableIO

/// Writes what `plan` and `report` produce as one set (see `OutputFolder`): the plan's files and/or the report, with
/// a manifest naming the scenario and its content hash, so the folder never mixes two runs.
enum PlanOutputSet {
  /// Every file name a plan or report folder may hold, so files of an earlier run are recognised and replaced.
  static let fileNames: Set<String> = [
    "plan.json", "recruitment-targets.csv", "budget.csv", "placements.csv", "sufficiency-gap.csv",
    "shadow-prices.csv", "emergency-capacity.csv", ReportFiles.htmlFileName, ReportFiles.markdownFileName,
  ]

  /// The report's files for a solved run.
  static func reportFiles(_ run: PlanRunner.Run) -> [(name: String, text: String)] {
    ReportFiles.files(for: PlanReportBuilder(plan: run.outcome.plan, scenario: run.loaded.scenario).document())
  }

  /// Writes `files` for `run` into `folder` as one set, protecting the run's inputs; returns the files' URLs.
  @discardableResult
  static func write(_ files: [(name: String, text: String)], of run: PlanRunner.Run, command: String, to folder: URL)
    throws -> [URL]
  {
    let manifest = [
      "command": command, "scenario": run.loaded.scenario.sourcePath ?? "",
      "scenario_hash": run.loaded.contentHash, "tool": "sufficiency \(SufficiencyCommand.toolVersion)",
    ]
    try OutputFolder.write(
      files, to: folder, manifest: manifest, setNames: fileNames, protecting: Set(run.loaded.inputPaths))
    return files.map { folder.appendingPathComponent($0.name) }
  }
}

import Foundation
import PlacementDomain
import Planning
import Reporting
import ScenarioInputs
import TableIO

/// Writes what `plan` and `report` produce as one set (see `OutputFolder`): the plan's files and/or the report, with
/// a manifest naming the scenario and its content hash, so the folder never mixes two runs.
enum PlanOutputSet {
  /// Every file name a plan or report folder may hold, so files of an earlier run are recognised and replaced.
  static let fileNames: Set<String> = [
    "plan.json", "recruitment-targets.csv", "budget.csv", "placements.csv", "placement-flows.csv",
    "sufficiency-gap.csv", "shadow-prices.csv", "emergency-capacity.csv", "sibling-places.csv", workbookName,
    ReportFiles.htmlFileName,
    ReportFiles.markdownFileName,
  ]

  /// The finance workbook's file name.
  static let workbookName = "plan.xlsx"

  /// The report's files for a solved run. The report's risk section re-solves the plan for `riskDraws` seeded demand
  /// draws and for each main assumption changed (``PlanRiskAnalysis``), with the run's solver options; 0 draws
  /// leaves the sweep and the re-solved variants out.
  static func reportFiles(
    _ run: PlanRunner.Run, solverOptions: SolverOptionGroup, riskDraws: Int = PlanRiskAnalysis.defaultDraws
  ) throws -> [(name: String, text: String)] {
    var timings: [PhaseTiming] = []
    return try reportFiles(run, solverOptions: solverOptions, riskDraws: riskDraws, timings: &timings)
  }

  /// The report's files as ``reportFiles(_:solverOptions:riskDraws:)`` makes them, adding the time of each part
  /// to `timings`: `risk_sweep` and `sensitivity` (the risk section's re-solves), `report_document` (the document)
  /// and `report_render` (its HTML and Markdown).
  static func reportFiles(
    _ run: PlanRunner.Run, solverOptions: SolverOptionGroup, riskDraws: Int, timings: inout [PhaseTiming]
  ) throws -> [(name: String, text: String)] {
    let risk =
      riskDraws > 0
      ? try PlanRiskAnalysis.analyse(
        run.loaded.scenario, outcome: run.outcome, forecaster: run.forecaster, draws: riskDraws,
        solver: try solverOptions.makeSolver(), options: solverOptions.solveOptions,
        timings: &timings) : nil
    let boundaries = try CouncilBoundaryFile.read(
      firstExistingOf: BundledData.candidates(BundledData.councilBoundaries))
    let document = PhaseTiming.measure("report_document", into: &timings) {
      PlanReportBuilder(plan: run.outcome.plan, risk: risk, councilBoundaries: boundaries).document()
    }
    return PhaseTiming.measure("report_render", into: &timings) { ReportFiles.files(for: document) }
  }

  /// Writes `files` for `run` into `folder` as one set, protecting the run's inputs; returns the files' URLs.
  @discardableResult
  static func write(
    _ files: [(name: String, text: String)], binaryFiles: [(name: String, data: Data)] = [], of run: PlanRunner.Run,
    command: String, to folder: URL
  ) throws -> [URL] {
    let manifest = [
      "command": command, "scenario": run.loaded.scenario.sourcePath ?? "",
      "scenario_hash": run.loaded.contentHash, "tool": "sufficiency \(SufficiencyCommand.toolVersion)",
    ]
    try OutputFolder.write(
      files, binaryFiles: binaryFiles, to: folder, manifest: manifest, setNames: fileNames,
      protecting: Set(run.loaded.inputPaths))
    return (files.map(\.name) + binaryFiles.map(\.name)).map { folder.appendingPathComponent($0) }
  }
}

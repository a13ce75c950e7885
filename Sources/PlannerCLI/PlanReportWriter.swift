import Foundation
import Reporting

/// Builds the report for a solved run and writes `report.html` and `report.md`, protecting the run's inputs:
/// what `report` and `plan --report` share. The report's risk section re-solves the plan for a seeded demand sweep
/// and each main assumption changed (``ReportRiskAnalysis``), with the run's solver options.
enum PlanReportWriter {
  /// Writes the report into `folder` and returns the files written.
  @discardableResult
  /// `riskDraws` demand draws are swept for the risk section (0 leaves the sweep and the re-solved variants out).
  static func write(
    _ run: PlanRunner.Run, to folder: URL, solverOptions: SolverOptionGroup,
    riskDraws: Int = ReportRiskAnalysis.defaultDraws
  ) throws -> [URL] {
    let risk =
      riskDraws > 0
      ? try ReportRiskAnalysis.analyse(
        run, draws: riskDraws, solver: try solverOptions.makeSolver(), options: solverOptions.solveOptions) : nil
    let document = PlanReportBuilder(plan: run.outcome.plan, scenario: run.loaded.scenario, risk: risk).document()
    return try ReportFiles.write(document, to: folder, protecting: Set(run.loaded.inputPaths))
  }
}

import Foundation
import Reporting

/// Builds the report for a solved run and writes `report.html` and `report.md`, protecting the run's inputs:
/// what `report` and `plan --report` share.
enum PlanReportWriter {
  /// Writes the report into `folder` and returns the files written.
  @discardableResult
  static func write(_ run: PlanRunner.Run, to folder: URL) throws -> [URL] {
    let document = PlanReportBuilder(plan: run.outcome.plan, scenario: run.loaded.scenario).document()
    return try ReportFiles.write(document, to: folder, protecting: Set(run.loaded.inputPaths))
  }
}

import CXLSXWriter
import Foundation
import PlacementDomain
import Planning

/// The finance workbook, `plan.xlsx`: the plan's money and numbers as a finance team works with them. Sheets:
/// Summary (key figures; cost and children placed by financial year and provision type, each with a native stacked
/// column chart), Budget (each year and provision type beside the status quo, every cost line), Recruitment,
/// Placements, Sufficiency gap, Emergency capacity, Shadow prices, and Assumptions with their sources.
///
/// Figures are the plan's (each rounded once), in £ and thousands formats with frozen header rows; every total is a
/// `SUM` formula over the figures above it, cached with their sum to the penny, so it equals `budget.csv`'s.
/// Written with libxlsxwriter; the document's creation time is fixed (``createdTime``), so the same plan gives the
/// same bytes.
public enum FinanceWorkbook {
  /// The document's creation time: 2000-01-01T00:00:00Z, fixed so the file is byte-identical from run to run.
  public static let createdTime = 946_684_800

  /// Errors from libxlsxwriter.
  public struct WriteError: Error, CustomStringConvertible {
    public var description: String
  }

  /// The workbook's bytes.
  public static func data(plan: Plan, scenario: Scenario) throws -> Data {
    let temporary = FileManager.default.temporaryDirectory
      .appendingPathComponent("plan-\(UUID().uuidString).xlsx")
    defer { try? FileManager.default.removeItem(at: temporary) }
    guard let workbook = workbook_new(temporary.path) else {
      throw WriteError(description: "libxlsxwriter could not start a workbook at \(temporary.path)")
    }
    var properties = lxw_doc_properties()
    properties.created = time_t(createdTime)
    let title = strdup("Placement sufficiency plan: " + plan.scenarioName)
    let author = strdup("SufficiencyPlanner")
    defer {
      free(title)
      free(author)
    }
    properties.title = title
    properties.author = author
    workbook_set_properties(workbook, &properties)
    let formats = WorkbookFormats(workbook: workbook)
    var writer = Sheets(plan: plan, scenario: scenario, workbook: workbook, formats: formats)
    writer.summary()
    writer.budget()
    writer.recruitment()
    writer.placements()
    writer.gap()
    writer.emergency()
    writer.shadowPrices()
    writer.assumptions()
    let status = workbook_close(workbook)
    guard status == LXW_NO_ERROR else {
      throw WriteError(description: "libxlsxwriter could not write plan.xlsx: " + String(cString: lxw_strerror(status)))
    }
    return try Data(contentsOf: temporary)
  }

  /// Sums pounds exactly, in pence.
  static func sum(_ values: [Double]) -> Double {
    Double(values.reduce(0) { $0 + Int(($1 * 100).rounded()) }) / 100
  }
}

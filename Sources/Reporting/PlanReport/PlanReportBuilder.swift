import Foundation
import Geodesy
import PlacementDomain
import Planning

/// Turns a solved ``Plan`` (with what it was made for, its ``PlanSetting``) into the paper a commissioner takes to cabinet, laid out as a
/// sufficiency statement: an executive summary naming every decision, recommendations with their numbers, the plan
/// against carrying on as today, gaps and their causes, risks and sensitivity, each council's figures (regional plans), then
/// the detail (demand and forecast accuracy, placement mix, budget, recruitment, emergency beds, distance, what limits
/// the plan), the assumptions with their sources, and the data-quality notes.
///
/// ```swift
/// let document = PlanReportBuilder(plan: plan).document()
/// try ReportFiles.write(document, to: folder, protecting: inputs)
/// ```
/// The document depends only on its inputs (every list is sorted or in scenario order), so the same plan always
/// gives the same bytes.
public struct PlanReportBuilder: Sendable {
  /// The solved plan.
  public var plan: Plan
  /// What the plan was made for (names, places, policies, assumptions).
  var setting: PlanSetting { plan.setting }
  /// Notes on the quality of the input data, shown with the plan's own warnings.
  public var dataQualityNotes: [String]
  /// The demand sweep and re-solved variants for the risk section; `nil` to explain the plan without them.
  public var risk: RiskAnalysis?
  /// Council boundaries drawn behind the map's points; `nil` for a map of points alone.
  public var councilBoundaries: MapBoundaries?

  /// A builder for the report on `plan`, with optional data-quality notes, risk analysis
  /// and council boundaries for the map.
  public init(
    plan: Plan, dataQualityNotes: [String] = [], risk: RiskAnalysis? = nil,
    councilBoundaries: MapBoundaries? = nil
  ) {
    self.plan = plan
    self.dataQualityNotes = dataQualityNotes
    self.risk = risk
    self.councilBoundaries = councilBoundaries
  }

  /// The whole report.
  public func document() -> ReportDocument {
    var sections = [executiveSummarySection(), recommendationsSection(), headlineSection(), gapSection()]
    sections.append(riskSection())
    if let councils = councilsSection() { sections.append(councils) }
    sections += [howToReadSection(), demandSection(), placementMixSection(), budgetSection(), recruitmentSection()]
    if let emergency = emergencySection() { sections.append(emergency) }
    sections += [distanceSection(), bindingSection(), assumptionsSection(), notesSection()]
    return ReportDocument(
      title: "Placement sufficiency plan, " + yearRange,
      subtitle: plan.scenarioName + " (" + authorityNames + ")",
      generatedFrom: provenanceLine,
      sections: sections)
  }

  /// The headline and the sections a change of levers moves most (placement mix, recruitment, emergency beds), in
  /// report order: what the what-if explorer shows for each plan.
  public func leverSections() -> [ReportSection] {
    var sections = [headlineSection(), placementMixSection(), recruitmentSection()]
    if let emergency = emergencySection() { sections.append(emergency) }
    return sections
  }

  /// "2018-19 to 2022-23".
  var yearRange: String {
    guard let first = plan.planYears.first, let last = plan.planYears.last else { return "no plan years" }
    return first == last
      ? ReportText.yearLabel(first) : ReportText.yearLabel(first) + " to " + ReportText.yearLabel(last)
  }

  /// The authorities' names joined in scenario order.
  var authorityNames: String {
    ReportText.list(setting.authorities.map(\.name))
  }

  /// Where the numbers come from: the scenario file, its fingerprint, the base year and the solver.
  private var provenanceLine: String {
    var parts: [String] = []
    if let path = setting.sourcePath {
      let url = URL(fileURLWithPath: path)
      parts.append("Scenario " + url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent)
    }
    parts.append("fingerprint " + plan.scenarioHash)
    parts.append("stock at 31 March \(plan.baseYear)")
    parts.append("solved by \(plan.solver.backend) (\(plan.solver.termination))")
    return parts.joined(separator: "; ")
  }

  /// Provision type names by ID, in scenario order.
  var provisionNames: [String: String] {
    Dictionary(setting.provisionTypes.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  /// Provision types that are last resort (unregistered or hotel), by ID.
  var lastResortTypes: Set<String> { setting.lastResortProvisionTypeIDs }

  /// The plan's year labels ("2018-19"), in order.
  var yearLabels: [String] { plan.planYears.map(ReportText.yearLabel) }
}

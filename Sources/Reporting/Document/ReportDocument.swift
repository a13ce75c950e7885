/// A whole report: what the HTML and Markdown renderers turn into `report.html` and `report.md`.
///
/// Build it from plain values, section by section:
/// ```swift
/// let document = ReportDocument(
///   title: "Placement sufficiency plan 2025-26 to 2029-30",
///   subtitle: "Redcar and Cleveland Council, children's services",
///   generatedFrom: "Scenario default.yaml, data to 31 March 2025, sufficiency 0.1",
///   sections: [ReportSection(heading: "Headline", blocks: [.keyFigures([...]), .paragraph("...")])])
/// ```
/// The document holds no dates or random identifiers, so the same document always renders to the same bytes.
public struct ReportDocument: Sendable, Hashable {
  /// The report's title (the HTML `<title>` and top heading).
  public var title: String
  /// A line under the title, such as the council and service; empty for none.
  public var subtitle: String
  /// Where the numbers came from (scenario, data vintage, tool version); shown under the title. Empty for none.
  public var generatedFrom: String
  /// The sections, in reading order.
  public var sections: [ReportSection]

  /// A document with the given parts.
  public init(title: String, subtitle: String = "", generatedFrom: String = "", sections: [ReportSection]) {
    self.title = title
    self.subtitle = subtitle
    self.generatedFrom = generatedFrom
    self.sections = sections
  }
}

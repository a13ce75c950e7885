/// One piece of content in a report section.
public enum ReportBlock: Sendable, Hashable {
  /// A paragraph of plain text (escaped when rendered; no markup is interpreted).
  case paragraph(String)
  /// Headline tiles: big numbers with a label and a short note.
  case keyFigures([KeyFigure])
  /// A table of figures.
  case table(DataTable)
  /// A chart, followed by the data table behind it and its text alternative.
  case chart(ChartFigure)
  /// A bulleted list of plain-text items.
  case bulletList([String])
  /// A boxed list of notes or caveats under a short title (for example "Data-quality notes").
  case notes(title: String, items: [String])
  /// A smaller heading inside a section (an `<h3>` in HTML, `###` in Markdown).
  case subheading(String)
}

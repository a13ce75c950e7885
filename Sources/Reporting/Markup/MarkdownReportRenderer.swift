/// Renders a ``ReportDocument`` as Markdown (`report.md`): tables as Markdown tables, and each chart replaced by
/// its text alternative and the data table behind it.
public struct MarkdownReportRenderer: Sendable {
  /// A renderer.
  public init() {}

  /// The Markdown text for `document`.
  public func render(_ document: ReportDocument) -> String {
    var lines = ["# " + MarkupEscaping.markdownInline(document.title), ""]
    if !document.subtitle.isEmpty { lines += ["_" + MarkupEscaping.markdownInline(document.subtitle) + "_", ""] }
    if !document.generatedFrom.isEmpty { lines += [MarkupEscaping.markdownInline(document.generatedFrom), ""] }
    var figureNumber = 0
    var tableNumber = 0
    for section in document.sections {
      lines += ["## " + MarkupEscaping.markdownInline(section.heading), ""]
      for block in section.blocks {
        lines += self.lines(for: block, figureNumber: &figureNumber, tableNumber: &tableNumber) + [""]
      }
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  private func lines(for block: ReportBlock, figureNumber: inout Int, tableNumber: inout Int) -> [String] {
    switch block {
    case .paragraph(let text):
      return [escapedParagraph(text)]
    case .subheading(let text):
      return ["### " + MarkupEscaping.markdownInline(text)]
    case .bulletList(let items):
      return items.map { "- " + MarkupEscaping.markdownInline($0) }
    case .notes(let title, let items):
      return ["**" + MarkupEscaping.markdownInline(title) + "**", ""]
        + items.map { "- " + MarkupEscaping.markdownInline($0) }
    case .keyFigures(let figures):
      return figures.map { figure in
        var line =
          "- **" + MarkupEscaping.markdownInline(figure.label) + ":** "
          + MarkupEscaping.markdownInline(figure.value)
        if !figure.note.isEmpty { line += " (" + MarkupEscaping.markdownInline(figure.note) + ")" }
        return line
      }
    case .table(let table):
      tableNumber += 1
      return tableLines(table, title: "Table \(tableNumber). " + table.caption)
    case .chart(let figure):
      figureNumber += 1
      var result = ["**Figure \(figureNumber). " + MarkupEscaping.markdownInline(figure.title) + "**", ""]
      result += ["> " + MarkupEscaping.markdownInline(figure.textAlternative), ""]
      result += tableLines(figure.dataTable, title: "Data for figure \(figureNumber)")
      if !figure.source.isEmpty { result += ["", "Source: " + MarkupEscaping.markdownInline(figure.source)] }
      return result
    }
  }

  /// A paragraph with Markdown syntax escaped, and a leading list marker or numbered-list pattern neutralised.
  private func escapedParagraph(_ text: String) -> String {
    var escaped = MarkupEscaping.markdownInline(text)
    if let first = escaped.first, "-+=".contains(first) { escaped = "\\" + escaped }
    if let dot = escaped.firstIndex(of: "."), escaped[..<dot].allSatisfy(\.isNumber), dot != escaped.startIndex {
      escaped.insert("\\", at: dot)
    }
    return escaped
  }

  private func tableLines(_ table: DataTable, title: String) -> [String] {
    guard !table.columns.isEmpty else { return ["**" + MarkupEscaping.markdownInline(title) + "**"] }
    func row(_ cells: [String], bold: Bool = false) -> String {
      let shown = cells.map { cell in
        cell.isEmpty
          ? " " : bold ? "**" + MarkupEscaping.markdownInline(cell) + "**" : MarkupEscaping.markdownInline(cell)
      }
      return "| " + shown.joined(separator: " | ") + " |"
    }
    var lines = ["**" + MarkupEscaping.markdownInline(title) + "**", ""]
    lines.append(row(table.columns.map(\.title)))
    lines.append("|" + table.columns.map { $0.isNumeric ? " ---: " : " --- " }.joined(separator: "|") + "|")
    lines += table.rows.map { row(table.normalised($0)) }
    lines += table.footerRows.map { row(table.normalised($0), bold: true) }
    return lines
  }
}

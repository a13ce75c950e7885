/// Renders a ``ReportDocument`` as one self-contained HTML5 page: inline CSS and inline SVG charts, no scripts and
/// no external resources, so it can be attached to a cabinet paper, opened offline and printed.
///
/// Every text value is escaped; the output is plain ASCII (non-ASCII characters become character references) and
/// well-formed XML as well as valid HTML5. The same document always gives the same bytes.
public struct HTMLReportRenderer: Sendable {
  /// A renderer.
  public init() {}

  /// The report's inline style sheet, for a page that shows report sections (such as the what-if explorer).
  public static var styleSheet: String { HTMLStyleSheet.css.description }

  /// `text` escaped for an HTML text node or a quoted attribute value, as the report escapes every value.
  public static func escaped(_ text: String) -> String { MarkupEscaping.escaped(text) }

  /// The HTML of `sections` alone, without the page around them: what a page that shows several plans side by side
  /// embeds. Every element id starts with `idPrefix`, so two fragments can share one page.
  public func fragment(_ sections: [ReportSection], idPrefix: String) -> String {
    sectionNodes(sections, idPrefix: idPrefix).map { $0.rendered() }.joined(separator: "\n")
  }

  /// The HTML page for `document`.
  public func render(_ document: ReportDocument) -> String {
    let sections = sectionNodes(document.sections, idPrefix: "")
    var header: [MarkupNode] = [.el("h1", text: document.title)]
    if !document.subtitle.isEmpty { header.append(.el("p", [("class", "subtitle")], text: document.subtitle)) }
    if !document.generatedFrom.isEmpty {
      header.append(.el("p", [("class", "provenance")], text: document.generatedFrom))
    }
    var main: [MarkupNode] = [.el("header", [], header)]
    if document.sections.count > 2 {
      let links: [MarkupNode] = document.sections.enumerated().map { index, section in
        .el("li", [], [.el("a", [("href", "#section-\(index + 1)")], text: section.heading)])
      }
      main.append(.el("nav", [("aria-label", "Contents")], [.el("h2", text: "Contents"), .el("ol", [], links)]))
    }
    main += sections
    let head: MarkupNode = .el(
      "head", [],
      [
        .el("meta", [("charset", "utf-8")]),
        .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
        .el("title", text: document.title),
        .el("style", [], [.raw(HTMLStyleSheet.css)]),
      ])
    let html: MarkupNode = .el("html", [("lang", "en-GB")], [head, .el("body", [], [.el("main", [], main)])])
    return "<!DOCTYPE html>\n" + html.rendered() + "\n"
  }

  private func sectionNodes(_ reportSections: [ReportSection], idPrefix: String) -> [MarkupNode] {
    var figureNumber = 0
    var tableNumber = 0
    var sections: [MarkupNode] = []
    for (sectionIndex, section) in reportSections.enumerated() {
      var children: [MarkupNode] = [.el("h2", text: section.heading)]
      for block in section.blocks {
        children.append(node(for: block, idPrefix: idPrefix, figureNumber: &figureNumber, tableNumber: &tableNumber))
      }
      sections.append(.el("section", [("id", "\(idPrefix)section-\(sectionIndex + 1)")], children))
    }
    return sections
  }

  private func node(for block: ReportBlock, idPrefix: String, figureNumber: inout Int, tableNumber: inout Int)
    -> MarkupNode
  {
    switch block {
    case .paragraph(let text):
      return .el("p", text: text)
    case .subheading(let text):
      return .el("h3", text: text)
    case .bulletList(let items):
      return .el("ul", [], items.map { .el("li", text: $0) })
    case .notes(let title, let items):
      return .el(
        "aside", [("class", "notes")], [.el("h3", text: title), .el("ul", [], items.map { .el("li", text: $0) })])
    case .keyFigures(let figures):
      return .el(
        "dl", [("class", "key-figures")],
        figures.map { figure in
          var parts: [MarkupNode] = [
            .el("dt", text: figure.label), .el("dd", [("class", "value")], text: figure.value),
          ]
          if !figure.note.isEmpty { parts.append(.el("dd", [("class", "note")], text: figure.note)) }
          return .el("div", [("class", "key-figure")], parts)
        })
    case .table(let table):
      tableNumber += 1
      return .el("div", [("class", "table-wrap")], [tableNode(table, label: "Table \(tableNumber). ")])
    case .chart(let figure):
      figureNumber += 1
      return chartNode(figure, number: figureNumber, idPrefix: idPrefix)
    }
  }

  private func chartNode(_ figure: ChartFigure, number: Int, idPrefix: String) -> MarkupNode {
    let id = "\(idPrefix)figure-\(number)"
    var children: [MarkupNode] = [
      .el(
        "figcaption", [], [.el("span", [("class", "figure-number")], text: "Figure \(number). "), .text(figure.title)])
    ]
    if !figure.summary.isEmpty { children.append(.el("p", [("class", "chart-summary")], text: figure.summary)) }
    let table = figure.dataTable
    let narrow = table.columns.count <= 4
    children.append(
      .el(
        "div", [("class", narrow ? "chart-with-data beside" : "chart-with-data")],
        [
          .el("div", [("class", "chart-image")], [SVGChartRenderer.node(for: figure, id: "\(id)-svg")]),
          .el(
            "div", [("class", "chart-data")],
            [
              tableNode(
                DataTable(
                  caption: "Data for figure \(number)", columns: table.columns, rows: table.rows,
                  footerRows: table.footerRows), label: "")
            ]),
        ]))
    if !figure.source.isEmpty { children.append(.el("p", [("class", "source")], text: "Source: " + figure.source)) }
    return .el("figure", [("id", id), ("class", "chart-figure")], children)
  }

  private func tableNode(_ table: DataTable, label: String) -> MarkupNode {
    var caption: [MarkupNode] = []
    if !label.isEmpty { caption.append(.el("span", [("class", "table-number")], text: label)) }
    caption.append(.text(table.caption))
    let header: MarkupNode = .el(
      "tr", [],
      table.columns.map { column in
        .el("th", [("scope", "col")] + (column.isNumeric ? [("class", "num")] : []), text: column.title)
      })
    func row(_ cells: [String]) -> MarkupNode {
      .el(
        "tr", [],
        table.normalised(cells).enumerated().map { index, cell in
          let numeric = table.columns[index].isNumeric
          if index == 0 { return .el("th", [("scope", "row")] + (numeric ? [("class", "num")] : []), text: cell) }
          return .el("td", numeric ? [("class", "num")] : [], text: cell)
        })
    }
    var parts: [MarkupNode] = [.el("caption", [], caption), .el("thead", [], [header])]
    parts.append(.el("tbody", [], table.rows.map(row)))
    if !table.footerRows.isEmpty { parts.append(.el("tfoot", [], table.footerRows.map(row))) }
    return .el("table", [], parts)
  }
}

import Foundation
import Testing

@testable import Reporting

@Suite("Report rendering")
struct DocumentRenderingTests {
  static let html = HTMLReportRenderer().render(SampleReport.document)
  static let markdown = MarkdownReportRenderer().render(SampleReport.document)

  @Test("the HTML is well-formed, self-contained and has no scripts or external resources")
  func selfContained() throws {
    let tree = try XMLTree.parse(Self.html)
    #expect(Self.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(tree.elements(named: "script").isEmpty)
    #expect(tree.elements(named: "link").isEmpty && tree.elements(named: "img").isEmpty)
    for element in tree.allElements {
      for (name, value) in element.attributes where ["src", "href"].contains(name) {
        #expect(value.hasPrefix("#"), "\(element.name) \(name)=\(value) points outside the file")
      }
      for (name, _) in element.attributes { #expect(!name.lowercased().hasPrefix("on"), "event handler \(name)") }
    }
    #expect(
      !Self.html.contains("http://")
        || Self.html.components(separatedBy: "http://").count - 1
          == tree.elements(named: "svg").count,
      "only the SVG namespace may name a URL")
    let isASCII = Self.html.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(isASCII)
    #expect(!Self.html.contains("@import") && !Self.html.contains("url(http"))
  }

  @Test("every chart is an image with a title and a description, followed by its data table")
  func textAlternatives() throws {
    let tree = try XMLTree.parse(Self.html)
    let figures = tree.elements(withClass: "chart-figure")
    #expect(figures.count == 8)
    var ids = Set<String>()
    for element in tree.allElements {
      if let id = element.attributes["id"] { #expect(ids.insert(id).inserted, "\(id)") }
    }
    for figure in figures {
      let svg = try #require(figure.elements(named: "svg").first)
      #expect(svg.attributes["role"] == "img")
      let labelled = (svg.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
      let known = labelled.allSatisfy { ids.contains($0) }
      #expect(labelled.count == 2 && known)
      let title = try #require(svg.children.first { $0.name == "title" })
      let desc = try #require(svg.children.first { $0.name == "desc" })
      #expect(!title.allText.isEmpty && desc.allText.count > 40)
      let table = try #require(figure.elements(named: "table").first)
      #expect(table.elements(named: "tr").count >= 2)
      #expect(svg.elements(withClass: "legend-entry").count >= 1 || svg.elements(withClass: "bar").count > 0)
    }
  }

  @Test("the stacked chart's data table totals equal the sums of its series")
  func dataTableTotals() {
    let table = ChartFigure(
      title: "Mix",
      chart: .stackedBar(
        StackedBarChart(
          categories: SampleReport.years, series: SampleReport.mix, valueLabel: "N"))
    ).dataTable
    // 142+96+38+24+41 = 341 and 176+74+41+28+45 = 364, added by hand.
    #expect(table.rows.first?.last == "341")
    #expect(table.rows.last?.last == "364")
  }

  @Test("the same document gives byte-identical HTML and Markdown")
  func deterministic() {
    #expect(HTMLReportRenderer().render(SampleReport.document) == Self.html)
    #expect(MarkdownReportRenderer().render(SampleReport.document) == Self.markdown)
    let svg = SVGChartRenderer.svg(for: ChartFigure(title: "Map", chart: .map(SampleReport.map)), id: "m")
    #expect(SVGChartRenderer.svg(for: ChartFigure(title: "Map", chart: .map(SampleReport.map)), id: "m") == svg)
  }

  @Test("markup characters, quotes and non-ASCII text are escaped and read back unchanged")
  func escaping() throws {
    let nasty = "Hartlepool's <b>\"best\"</b> & £5 | café </svg><script>x</script>"
    let document = ReportDocument(
      title: nasty, subtitle: nasty, generatedFrom: nasty,
      sections: [
        ReportSection(
          heading: nasty,
          blocks: [
            .paragraph(nasty), .bulletList([nasty]), .notes(title: nasty, items: [nasty]),
            .keyFigures([KeyFigure(label: nasty, value: nasty, note: nasty)]),
            .table(
              DataTable(caption: nasty, columns: [.init(nasty), .init("n", isNumeric: true)], rows: [[nasty, "1"]])),
            .chart(
              ChartFigure(
                title: nasty,
                chart: .bar(
                  BarChart(
                    categories: [nasty], series: [BarSeries(name: nasty, values: [3])], valueLabel: nasty,
                    referenceLine: ReferenceLine(value: 2, label: nasty))), summary: nasty, source: nasty)),
            .chart(
              ChartFigure(
                title: nasty,
                chart: .map(
                  PointMap(points: [
                    .init(label: nasty, longitude: -1, latitude: 54, kind: .provider)
                  ])))),
          ])
      ])
    let html = HTMLReportRenderer().render(document)
    #expect(!html.contains("<script>") && !html.contains("<b>"))
    #expect(html.contains("Hartlepool&#39;s") && html.contains("&#xA3;5"))
    let tree = try XMLTree.parse(html)
    #expect(tree.elements(named: "title").first?.allText == nasty)
    #expect(tree.elements(named: "p").contains { $0.allText == nasty })
    #expect(tree.elements(named: "td").isEmpty == false)
    #expect(tree.elements(named: "svg").flatMap { $0.elements(named: "text") }.contains { $0.allText.contains(nasty) })

    let markdown = MarkdownReportRenderer().render(document)
    #expect(markdown.contains("Hartlepool's \\<b\\>\"best\"\\</b\\> & £5 \\| caf"))
    // Every row of a Markdown table has as many unescaped column breaks as its header.
    var expectedBreaks: Int?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      guard line.hasPrefix("|") else {
        expectedBreaks = nil
        continue
      }
      var breaks = 0
      var previous: Character = " "
      for character in line {
        if character == "|", previous != "\\" { breaks += 1 }
        previous = character
      }
      if let expected = expectedBreaks { #expect(breaks == expected, "row \(line)") } else { expectedBreaks = breaks }
    }
  }

  @Test("Markdown replaces each chart by its text alternative and data table, with numeric columns right-aligned")
  func markdownCharts() {
    let markdown = Self.markdown
    #expect(!markdown.contains("<svg"))
    #expect(markdown.contains("**Figure 2. Placement mix by year**"))
    let quote =
      "> In-house fostering grows each year while IFA placements fall."
      + " Stacked bar chart of children placed at 31 March, split into"
    #expect(markdown.contains(quote))
    #expect(markdown.contains("| Year | In-house fostering | IFA | Residential | Supported 16-17 | Other | Total |"))
    #expect(markdown.contains("| --- | ---: | ---: | ---: | ---: | ---: | ---: |"))
    #expect(markdown.contains("| 2025-26 | 142 | 96 | 38 | 24 | 41 | 341 |"))
    #expect(markdown.contains("- **Saving:** £6.3m (against keeping today's mix)"))
  }

  @Test("ReportFiles writes report.html and report.md, and writes the demo for the visual check when asked")
  func writesFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-test-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let urls = try ReportFiles.write(SampleReport.document, to: folder)
    #expect(urls.map(\.lastPathComponent) == ["report.html", "report.md"])
    #expect(try String(contentsOf: urls[0], encoding: .utf8) == Self.html)
    if let demo = ProcessInfo.processInfo.environment["REPORT_DEMO_DIR"], !demo.isEmpty {
      try ReportFiles.write(SampleReport.document, to: URL(fileURLWithPath: demo))
    }
  }
}

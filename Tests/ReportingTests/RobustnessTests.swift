import Foundation
import Statistics
import Testing

@testable import Reporting

@Suite("Robustness and random data")
struct RobustnessTests {
  @Test("for 120 random stacked charts, segments read back through the axis add up to hand-summed totals")
  func randomStacks() throws {
    var generator = SplitMix64(seed: 7)
    for trial in 0..<120 {
      let categoryCount = Int.random(in: 1...8, using: &generator)
      let seriesCount = Int.random(in: 1...6, using: &generator)
      let scale = [1.0, 40, 1_000, 2_500_000][trial % 4]
      let series = (0..<seriesCount).map { index in
        BarSeries(
          name: "S\(index)",
          values: (0..<categoryCount).map { _ in (Double.random(in: 0...1, using: &generator) * scale).rounded() })
      }
      let format: ValueFormat = scale > 1e5 ? .poundsMillions(decimals: 1) : .number(decimals: 0)
      let chart = StackedBarChart(
        categories: (0..<categoryCount).map { "C\($0)" }, series: series, valueLabel: "V", valueFormat: format)
      let tree = try XMLTree.parse(
        SVGChartRenderer.svg(for: ChartFigure(title: "T", chart: .stackedBar(chart)), id: "r"))
      let axis = ReadAxis(tree)
      let unit = format == .number(decimals: 0) ? 1.0 : 1e6  // tick labels in millions for the pound charts
      let pixelsPerValue = axis.pixelsPerUnit / unit
      for category in 0..<categoryCount {
        var total = 0.0
        for entry in series { total += entry.values[category] }
        let heights = tree.elements(withClass: "bar-segment").filter {
          $0.attributes["data-category"] == String(category)
        }.compactMap { $0.number("height") }
        let drawn = heights.reduce(0, +) / pixelsPerValue
        #expect(abs(drawn - total) <= 0.01 * Double(heights.count + 1) / pixelsPerValue + 1e-9)
        #expect((axis.ticks.last?.value ?? 0) * unit >= total)
      }
      #expect((axis.ticks.first?.value ?? 1) <= 0)
    }
  }

  @Test("empty and broken inputs render valid markup without crashing")
  func degenerateInputs() throws {
    let charts: [ChartSpec] = [
      .stackedBar(StackedBarChart(categories: [], series: [], valueLabel: "")),
      .stackedBar(
        StackedBarChart(categories: ["A", "B"], series: [BarSeries(name: "x", values: [.nan])], valueLabel: "")),
      .bar(BarChart(categories: ["A"], series: [BarSeries(name: "x", values: [.infinity, 3])], valueLabel: "")),
      .line(LineChart(series: [], valueLabel: "")),
      .line(LineChart(series: [.init(name: "one", points: [ChartPoint(x: 2025, y: 4)])], valueLabel: "")),
      .fan(FanChart(valueLabel: "", history: [], forecast: [])),
      .fan(
        FanChart(
          valueLabel: "", history: [ChartPoint(x: 2025, y: 10)],
          forecast: [.init(x: 2026, point: 11, lower80: .nan, upper80: 12, lower95: 9, upper95: 13)])),
      .map(PointMap(points: [])),
    ]
    let document = ReportDocument(
      title: "",
      sections: [ReportSection(heading: "", blocks: charts.map { .chart(ChartFigure(title: "", chart: $0)) })]
        + [ReportSection(heading: "Empty", blocks: [.table(DataTable(caption: "", columns: [], rows: [["a"]]))])])
    let html = HTMLReportRenderer().render(document)
    let tree = try XMLTree.parse(html)
    #expect(tree.elements(named: "svg").count == charts.count)
    for bad in ["\"nan", "\"-nan", ">nan<", "NaN", "\"inf", "\"-inf", ",nan", ",inf"] {
      #expect(!html.contains(bad), "non-finite number \(bad) written into the markup")
    }
    #expect(!MarkdownReportRenderer().render(document).isEmpty)
  }

  @Test("two charts on one page never share element ids")
  func uniqueIDs() throws {
    let html = HTMLReportRenderer().render(SampleReport.document)
    let tree = try XMLTree.parse(html)
    let ids = tree.allElements.compactMap { $0.attributes["id"] }
    #expect(Set(ids).count == ids.count)
    for element in tree.allElements {
      for value in element.attributes.values where value.hasPrefix("url(#") {
        let target = String(value.dropFirst(5).dropLast())
        #expect(ids.contains(target), "dangling reference \(value)")
      }
    }
  }
}

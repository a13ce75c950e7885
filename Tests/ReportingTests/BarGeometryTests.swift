import Testing

@testable import Reporting

@Suite("Bar chart geometry")
struct BarGeometryTests {
  static let categories = ["2025-26", "2026-27", "2027-28"]
  static let series = [
    BarSeries(name: "In-house", values: [142, 151, 160]),
    BarSeries(name: "IFA", values: [96, 90, 84]),
    BarSeries(name: "Residential", values: [38, 39, 40]),
  ]
  /// Totals added by hand: 142+96+38, 151+90+39, 160+84+40.
  static let totals = [276.0, 280, 284]

  func svg(_ chart: ChartSpec) throws -> XMLTree {
    try XMLTree.parse(SVGChartRenderer.svg(for: ChartFigure(title: "Test", chart: chart), id: "t"))
  }

  @Test("segment labels show the data table's figures, which add up to the total shown")
  func segmentLabelsMatchTable() throws {
    // £4.444m three times: rounded one by one each reads £4.44m against a total of £13.33m; one part reads £4.45m.
    let chart = StackedBarChart(
      categories: ["2025-26"],
      series: ["A", "B", "C"].map { BarSeries(name: $0, values: [4_444_000]) },
      valueLabel: "Cost", valueFormat: .poundsMillions(decimals: 2))
    let tree = try svg(.stackedBar(chart))
    let labels = tree.elements(withClass: "segment-label").map(\.allText)
    let row = try #require(ChartDataTables.table(for: .stackedBar(chart), caption: "t").rows.first)
    #expect(labels.count == 3)
    #expect(labels.sorted() == Array(row[1...3]).sorted())
    #expect(labels.sorted() == ["£4.44m", "£4.44m", "£4.45m"])
    #expect(tree.elements(withClass: "bar-total").map(\.allText) == ["£13.33m"])
  }

  @Test("stacked segments, read back through the axis scale, add up to the totals")
  func stackedBarsAddUp() throws {
    let tree = try svg(.stackedBar(StackedBarChart(categories: Self.categories, series: Self.series, valueLabel: "N")))
    let axis = ReadAxis(tree)
    #expect(axis.pixelsPerUnit > 0)
    let segments = tree.elements(withClass: "bar-segment")
    #expect(segments.count == 9)
    for (index, total) in Self.totals.enumerated() {
      let stack = segments.filter { $0.attributes["data-category"] == String(index) }
      let heights = stack.compactMap { $0.number("height") }
      let summed = heights.reduce(0, +) / axis.pixelsPerUnit
      #expect(abs(summed - total) < 0.05, "category \(index): bars add to \(summed), total \(total)")
      let top = stack.compactMap { $0.number("y") }.min() ?? .nan
      #expect(abs(top - axis.y(of: total)) < 0.05, "stack top at \(top), expected \(axis.y(of: total))")
      let bottom =
        stack.compactMap { rect in rect.number("y").flatMap { y in rect.number("height").map { y + $0 } } }
        .max() ?? .nan
      #expect(abs(bottom - axis.y(of: 0)) < 0.02, "stack must start at zero")
    }
    let totalLabels = tree.elements(withClass: "bar-total").map(\.allText)
    #expect(totalLabels == ["276", "280", "284"])
    #expect((axis.ticks.first?.value ?? 1) <= 0)
    #expect((axis.ticks.last?.value ?? 0) >= 284)
  }

  @Test("each segment's height matches its own value, in stacking order")
  func segmentsMatchValues() throws {
    let tree = try svg(.stackedBar(StackedBarChart(categories: Self.categories, series: Self.series, valueLabel: "N")))
    let axis = ReadAxis(tree)
    for segment in tree.elements(withClass: "bar-segment") {
      guard let series = segment.attributes["data-series"].flatMap(Int.init),
        let category = segment.attributes["data-category"].flatMap(Int.init),
        let height = segment.number("height")
      else {
        Issue.record("segment without data attributes")
        continue
      }
      #expect(abs(height / axis.pixelsPerUnit - Self.series[series].values[category]) < 0.02)
    }
  }

  @Test("grouped bars start at zero, match their values, and the reference line sits at its value")
  func groupedBars() throws {
    let chart = BarChart(
      categories: ["In-house", "IFA", "Residential"],
      series: [
        BarSeries(name: "Plan", values: [0.06, 0.21, 0.55]), BarSeries(name: "Now", values: [0.08, 0.27, 0.62]),
      ],
      valueLabel: "Share", valueFormat: .percent(decimals: 0),
      referenceLine: ReferenceLine(value: 0.25, label: "Ceiling"))
    let tree = try svg(.bar(chart))
    let axis = ReadAxis(tree)
    let scale = axis.pixelsPerUnit * 100  // tick labels are percentage points; values are fractions
    #expect((axis.ticks.first?.value ?? 1) == 0)
    #expect((axis.ticks.last?.value ?? 0) >= 62)
    let bars = tree.elements(withClass: "bar")
    #expect(bars.count == 6)
    for bar in bars {
      let series = Int(bar.attributes["data-series"] ?? "") ?? -1
      let category = Int(bar.attributes["data-category"] ?? "") ?? -1
      let expected = [[0.06, 0.21, 0.55], [0.08, 0.27, 0.62]][series][category]
      #expect(abs((bar.number("height") ?? 0) / scale - expected) < 0.001)
      #expect(abs((bar.number("y") ?? 0) + (bar.number("height") ?? 0) - axis.y(of: 0)) < 0.02)
    }
    let reference = try #require(tree.elements(withClass: "reference-line").first?.elements(named: "line").first)
    #expect(abs((reference.number("y1") ?? 0) - axis.y(of: 25)) < 0.02)
  }

  @Test("negative values stack below zero and the axis reaches them")
  func negativeValues() throws {
    let chart = StackedBarChart(
      categories: ["A"], series: [BarSeries(name: "Up", values: [30]), BarSeries(name: "Down", values: [-12])],
      valueLabel: "Change")
    let tree = try svg(.stackedBar(chart))
    let axis = ReadAxis(tree)
    #expect((axis.ticks.first?.value ?? 0) <= -12)
    let down = try #require(tree.elements(withClass: "bar-segment").first { $0.attributes["data-series"] == "1" })
    #expect(abs((down.number("y") ?? 0) - axis.y(of: 0)) < 0.02)
    #expect(abs((down.number("height") ?? 0) / axis.pixelsPerUnit - 12) < 0.02)
  }
}

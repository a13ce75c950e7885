/// Draws a ``BarChart``: bars side by side within each category, from zero, with an optional reference line.
enum BarChartDrawing {
  /// The drawing of `chart`, with element ids starting `id`.
  static func draw(_ chart: BarChart, id: String) -> ChartDrawing {
    let width = ChartDrawing.standardWidth
    let height = ChartDrawing.standardHeight
    let count = chart.categories.count
    let values = chart.series.flatMap { series in chart.categories.indices.compactMap { series.value(at: $0) } }
    // 8% headroom above the tallest bar keeps its value label clear of the axis title, and as much below the lowest
    // negative bar keeps its label (drawn under the bar) clear of the category labels.
    let headroom = (values.max() ?? 0) * 1.08
    let footroom = min(values.min() ?? 0, 0) * 1.12
    let axis = NiceAxis(
      covering: values + [headroom, footroom] + (chart.referenceLine.map { [$0.value] } ?? []), includeZero: true)
    let styles = chart.series.indices.map { SeriesStyle(index: $0) }
    let patternIDs = chart.series.indices.map { "\(id)-pattern-\($0)" }
    var legendEntries: [ChartLegend.Entry] = []
    if chart.series.count > 1 {
      legendEntries = chart.series.indices.map {
        ChartLegend.Entry(label: chart.series[$0].name, swatch: .fill(styles[$0].barFill(patternID: patternIDs[$0])))
      }
    }
    if let reference = chart.referenceLine {
      legendEntries.append(.init(label: reference.label, swatch: .stroke(colour: "#000000", width: 2, dash: "8 4")))
    }
    let (legendNodes, legendHeight) = ChartLegend(entries: legendEntries).layout(left: 12, top: 6, width: width - 24)
    let left = ChartAxes.valueLabelWidth(axis, format: chart.valueFormat) + 18
    // A reference line's label goes beside the plot, where no bar can hide it.
    let right =
      width - 16
      - (chart.referenceLine.map { ChartAxes.referenceLabelMargin($0, format: chart.valueFormat) } ?? 0)
    let band = (right - left) / Double(max(count, 1))
    let labelHeight = ChartAxes.categoryLabelHeight(chart.categories, bandWidth: band)
    let area = PlotArea(
      width: width, height: height, left: left, top: 6 + legendHeight + ChartDrawing.axisTitleSpace,
      right: right, bottom: height - labelHeight)
    let scale = area.valueScale(axis)
    let groupWidth = min(band * 0.75, 70 * Double(max(chart.series.count, 1)))
    let barWidth = groupWidth / Double(max(chart.series.count, 1))
    var body =
      [area.boundaryNode] + ChartAxes.valueAxis(axis, in: area, format: chart.valueFormat, title: chart.valueLabel)
    var labels: [MarkupNode] = []
    for index in 0..<count {
      let groupLeft = area.left + band * (Double(index) + 0.5) - groupWidth / 2
      for (seriesIndex, series) in chart.series.enumerated() {
        guard let value = series.value(at: index) else { continue }
        let x = groupLeft + barWidth * Double(seriesIndex)
        let top = min(scale.position(0), scale.position(value))
        let barHeight = abs(scale.position(value) - scale.position(0))
        let style = styles[seriesIndex]
        body.append(
          .el(
            "rect",
            [
              ("class", "bar"), ("data-series", String(seriesIndex)), ("data-category", String(index)),
              ("x", svgNumber(x + 1)), ("y", svgNumber(top)), ("width", svgNumber(max(barWidth - 2, 1))),
              ("height", svgNumber(barHeight)), ("fill", style.barFill(patternID: patternIDs[seriesIndex])),
            ], [.el("title", text: "\(chart.categories[index]), \(series.name): \(chart.valueFormat.string(value))")]))
        let text = chart.valueFormat.string(value)
        if estimatedTextWidth(text, fontSize: 11) <= barWidth + 8 {
          let y = value >= 0 ? top - 5 : top + barHeight + 13
          labels.append(
            .el(
              "text",
              [
                ("class", "bar-label"), ("x", svgNumber(x + barWidth / 2)), ("y", svgNumber(y)),
                ("text-anchor", "middle"), ("font-size", "11"), ("fill", "#000000"),
              ], text: text))
        }
      }
    }
    body += labels
    body += ChartAxes.categoryAxis(
      chart.categories, bandCentre: { area.left + band * (Double($0) + 0.5) }, bandWidth: band, in: area)
    if let reference = chart.referenceLine {
      body.append(
        ChartAxes.referenceLine(reference, scale: scale, in: area, format: chart.valueFormat, labelOutside: true))
    }
    body += legendNodes
    let definitions = chart.series.indices.compactMap { styles[$0].patternDefinition(id: patternIDs[$0]) }
    return ChartDrawing(width: width, height: height, definitions: definitions, body: body)
  }
}

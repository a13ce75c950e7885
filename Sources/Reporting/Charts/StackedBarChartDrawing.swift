/// Draws a ``StackedBarChart``: one stack per category, positives upward and negatives downward from zero.
enum StackedBarChartDrawing {
  /// The drawing of `chart`, with element ids starting `id`.
  static func draw(_ chart: StackedBarChart, id: String) -> ChartDrawing {
    let width = ChartDrawing.standardWidth
    let height = ChartDrawing.standardHeight
    let count = chart.categories.count
    var positiveTotals = Array(repeating: 0.0, count: count)
    var negativeTotals = Array(repeating: 0.0, count: count)
    for series in chart.series {
      for index in 0..<count {
        guard let value = series.value(at: index) else { continue }
        if value >= 0 { positiveTotals[index] += value } else { negativeTotals[index] += value }
      }
    }
    // 8% headroom above the tallest stack keeps its total label clear of the axis title.
    let headroom = (positiveTotals.max() ?? 0) * 1.08
    let axis = NiceAxis(covering: positiveTotals + negativeTotals + [headroom], includeZero: true)
    let styles = chart.series.indices.map { SeriesStyle(index: $0) }
    let patternIDs = chart.series.indices.map { "\(id)-pattern-\($0)" }
    let legend = ChartLegend(
      entries: chart.series.indices.map {
        ChartLegend.Entry(label: chart.series[$0].name, swatch: .fill(styles[$0].barFill(patternID: patternIDs[$0])))
      })
    let (legendNodes, legendHeight) = legend.layout(left: 12, top: 6, width: width - 24)
    let left = ChartAxes.valueLabelWidth(axis, format: chart.valueFormat) + 18
    let band = (width - 16 - left) / Double(max(count, 1))
    let labelHeight = ChartAxes.categoryLabelHeight(chart.categories, bandWidth: band)
    let area = PlotArea(
      width: width, height: height, left: left, top: 6 + legendHeight + ChartDrawing.axisTitleSpace,
      right: width - 16, bottom: height - labelHeight)
    let scale = area.valueScale(axis)
    let barWidth = min(band * 0.62, 90)
    var body =
      [area.boundaryNode] + ChartAxes.valueAxis(axis, in: area, format: chart.valueFormat, title: chart.valueLabel)
    var labels: [MarkupNode] = []
    for index in 0..<count {
      let centre = area.left + band * (Double(index) + 0.5)
      var positive = 0.0
      var negative = 0.0
      // The figures the data table shows, so a label never differs from its table cell in the last digit.
      let shown = ChartDataTables.shownParts(
        chart.series.map { $0.value(at: index) }, of: chart.total(at: index), chart.valueFormat)
      for (seriesIndex, series) in chart.series.enumerated() {
        guard let value = series.value(at: index), value != 0 else { continue }
        let start = value > 0 ? positive : negative
        let end = start + value
        if value > 0 { positive = end } else { negative = end }
        let top = min(scale.position(start), scale.position(end))
        let segmentHeight = abs(scale.position(end) - scale.position(start))
        let style = styles[seriesIndex]
        body.append(
          .el(
            "rect",
            [
              ("class", "bar-segment"), ("data-series", String(seriesIndex)), ("data-category", String(index)),
              ("x", svgNumber(centre - barWidth / 2)), ("y", svgNumber(top)), ("width", svgNumber(barWidth)),
              ("height", svgNumber(segmentHeight)), ("fill", style.barFill(patternID: patternIDs[seriesIndex])),
              ("stroke", "#FFFFFF"), ("stroke-width", "0.75"),
            ], [.el("title", text: "\(chart.categories[index]), \(series.name): \(shown[seriesIndex])")]))
        let text = shown[seriesIndex]
        if segmentHeight >= 16, estimatedTextWidth(text, fontSize: 11) + 6 <= barWidth {
          labels.append(
            .el(
              "text",
              [
                ("class", "segment-label"), ("x", svgNumber(centre)), ("y", svgNumber(top + segmentHeight / 2)),
                ("dy", "0.32em"), ("text-anchor", "middle"), ("font-size", "11"), ("fill", style.textColour),
                ("stroke", style.colour), ("stroke-width", "4"), ("paint-order", "stroke"),
              ], text: text))
        }
      }
      if chart.showsTotals {
        labels.append(
          .el(
            "text",
            [
              ("class", "bar-total"), ("x", svgNumber(centre)),
              ("y", svgNumber(scale.position(positiveTotals[index]) - 6)),
              ("text-anchor", "middle"), ("font-weight", "700"), ("fill", "#000000"),
            ], text: chart.valueFormat.string(positiveTotals[index] + negativeTotals[index])))
      }
    }
    body += labels
    body += ChartAxes.categoryAxis(
      chart.categories, bandCentre: { area.left + band * (Double($0) + 0.5) }, bandWidth: band, in: area)
    body += legendNodes
    let definitions = chart.series.indices.compactMap { styles[$0].patternDefinition(id: patternIDs[$0]) }
    return ChartDrawing(width: width, height: height, definitions: definitions, body: body)
  }
}

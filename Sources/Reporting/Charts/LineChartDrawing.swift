/// Draws a ``LineChart``: each series as a line with markers and its name at its right-hand end.
enum LineChartDrawing {
  /// The drawing of `chart`, with element ids starting `id`.
  static func draw(_ chart: LineChart, id: String) -> ChartDrawing {
    let width = ChartDrawing.standardWidth
    let height = ChartDrawing.standardHeight
    let series = chart.series.map { line in
      line.points.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x }
    }
    let xs = series.flatMap { $0.map(\.x) }
    let values = series.flatMap { $0.map(\.y) } + (chart.referenceLine.map { [$0.value] } ?? [])
    let axis = NiceAxis(covering: values, includeZero: chart.includesZero)
    let styles = chart.series.indices.map { SeriesStyle(index: $0) }
    var entries = chart.series.indices.map {
      ChartLegend.Entry(label: chart.series[$0].name, swatch: .line(styles[$0]))
    }
    if let reference = chart.referenceLine {
      entries.append(.init(label: reference.label, swatch: .stroke(colour: "#000000", width: 2, dash: "8 4")))
    }
    let (legendNodes, legendHeight) = ChartLegend(entries: entries).layout(left: 12, top: 6, width: width - 24)
    let left = ChartAxes.valueLabelWidth(axis, format: chart.valueFormat) + 18
    let labelWidth = chart.series.map { estimatedTextWidth($0.name, fontSize: 13) }.max() ?? 0  // bold labels
    let area = PlotArea(
      width: width, height: height, left: left, top: 6 + legendHeight + ChartDrawing.axisTitleSpace,
      right: width - min(max(labelWidth + 26, 24), width / 3), bottom: height - 34)
    let scale = area.valueScale(axis)
    let lowerX = xs.min() ?? 0
    let upperX = xs.max() ?? 1
    let padding = upperX > lowerX ? 0 : 0.5
    let xScale = LinearScale(
      domainStart: lowerX - padding, domainEnd: upperX + padding, rangeStart: area.left + 12, rangeEnd: area.right - 12)
    var body =
      [area.boundaryNode] + ChartAxes.valueAxis(axis, in: area, format: chart.valueFormat, title: chart.valueLabel)
    body += ChartAxes.numericXAxis(lower: lowerX, upper: upperX, scale: xScale, in: area, format: chart.xFormat)
    if let reference = chart.referenceLine {
      body.append(ChartAxes.referenceLine(reference, scale: scale, in: area, format: chart.valueFormat))
    }
    var endPositions: [Double] = []
    var endSeries: [Int] = []
    for (index, points) in series.enumerated() where !points.isEmpty {
      let style = styles[index]
      let path = points.enumerated().map { offset, point in
        (offset == 0 ? "M" : "L") + svgNumber(xScale.position(point.x)) + "," + svgNumber(scale.position(point.y))
      }.joined(separator: " ")
      var attributes: [(String, String)] = [
        ("class", "series-line"), ("data-series", String(index)), ("d", path), ("fill", "none"),
        ("stroke", style.colour), ("stroke-width", "2.5"), ("stroke-linejoin", "round"),
      ]
      if !style.dash.isEmpty { attributes.append(("stroke-dasharray", style.dash)) }
      body.append(.el("path", attributes))
      body += points.map { style.markerNode(x: xScale.position($0.x), y: scale.position($0.y)) }
      if let last = points.last {
        endPositions.append(scale.position(last.y))
        endSeries.append(index)
      }
    }
    let labelYs = spreadLabels(endPositions, gap: 14, top: area.top, bottom: area.bottom)
    for (offset, index) in endSeries.enumerated() {
      guard let last = series[index].last else { continue }
      body.append(
        .el(
          "text",
          [
            ("class", "direct-label"), ("x", svgNumber(xScale.position(last.x) + 10)),
            ("y", svgNumber(labelYs[offset])),
            ("dy", "0.32em"), ("fill", "#000000"), ("font-weight", "600"),
          ], text: chart.series[index].name))
    }
    body += legendNodes
    return ChartDrawing(width: width, height: height, definitions: [], body: body)
  }
}

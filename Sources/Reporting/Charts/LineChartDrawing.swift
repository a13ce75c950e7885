/// Draws a ``LineChart``: each series as a line with markers and its name at its right-hand end; a band is a shaded
/// range with edges and a middle line behind the series, its three lines named at their right-hand ends.
enum LineChartDrawing {
  /// The opacity of a band's fill (its edges are drawn solid, so the range reads in grey print too).
  static let bandOpacity = 0.22

  /// The drawing of `chart`, with element ids starting `id`.
  static func draw(_ chart: LineChart, id: String) -> ChartDrawing {
    let width = ChartDrawing.standardWidth
    let height = ChartDrawing.standardHeight
    let series = chart.series.map { line in
      line.points.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x }
    }
    let band = chart.band?.drawnSteps ?? []
    let xs = series.flatMap { $0.map(\.x) } + band.map(\.x)
    let values =
      series.flatMap { $0.map(\.y) } + band.flatMap { [$0.lower, $0.upper] }
      + (chart.referenceLine.map { [$0.value] } ?? [])
    let axis = NiceAxis(covering: values, includeZero: chart.includesZero)
    // A band takes the first style (its middle line's), so the series keep theirs apart from it.
    let bandStyle = SeriesStyle(index: 0)
    let offset = chart.band == nil ? 0 : 1
    let styles = chart.series.indices.map { SeriesStyle(index: $0 + offset) }
    var entries: [ChartLegend.Entry] = []
    if let named = chart.band, !band.isEmpty {
      entries.append(.init(label: named.name, swatch: .band(colour: bandStyle.colour, opacity: bandOpacity)))
      entries.append(.init(label: named.middleName, swatch: .line(bandStyle)))
    }
    entries += chart.series.indices.map {
      ChartLegend.Entry(label: chart.series[$0].name, swatch: .line(styles[$0]))
    }
    if let reference = chart.referenceLine {
      entries.append(.init(label: reference.label, swatch: .stroke(colour: "#000000", width: 2, dash: "8 4")))
    }
    let (legendNodes, legendHeight) = ChartLegend(entries: entries).layout(left: 12, top: 6, width: width - 24)
    let left = ChartAxes.valueLabelWidth(axis, format: chart.valueFormat) + 18
    let endNames = chart.series.map(\.name) + (chart.band.map { [$0.lowerName, $0.middleName, $0.upperName] } ?? [])
    let labelWidth = endNames.map { estimatedTextWidth($0, fontSize: 13) }.max() ?? 0  // bold labels
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
    var endLabels: [(x: Double, name: String)] = []
    if let named = chart.band, let last = band.last {
      func point(_ x: Double, _ y: Double) -> String {
        svgNumber(xScale.position(x)) + "," + svgNumber(scale.position(y))
      }
      func line(_ value: KeyPath<LineChart.Band.Step, Double>) -> String {
        band.enumerated().map { ($0.offset == 0 ? "M" : "L") + point($0.element.x, $0.element[keyPath: value]) }
          .joined(separator: " ")
      }
      let outline =
        band.map { point($0.x, $0.upper) } + band.reversed().map { point($0.x, $0.lower) }
      body.append(
        .el(
          "g", [("class", "band")],
          [
            .el(
              "path",
              [
                ("class", "band-area"), ("d", "M" + outline.joined(separator: " L") + " Z"),
                ("fill", bandStyle.colour), ("fill-opacity", svgNumber(bandOpacity)), ("stroke", "none"),
              ]),
            .el(
              "path",
              [
                ("class", "band-edge"), ("d", line(\.upper)), ("fill", "none"), ("stroke", bandStyle.colour),
                ("stroke-width", "1"),
              ]),
            .el(
              "path",
              [
                ("class", "band-edge"), ("d", line(\.lower)), ("fill", "none"), ("stroke", bandStyle.colour),
                ("stroke-width", "1"),
              ]),
            .el(
              "path",
              [
                ("class", "band-middle"), ("d", line(\.middle)), ("fill", "none"), ("stroke", bandStyle.colour),
                ("stroke-width", "2.5"), ("stroke-linejoin", "round"),
              ]),
          ] + band.map { bandStyle.markerNode(x: xScale.position($0.x), y: scale.position($0.middle)) }))
      for (name, value) in [
        (named.upperName, last.upper), (named.middleName, last.middle), (named.lowerName, last.lower),
      ] {
        endPositions.append(scale.position(value))
        endLabels.append((last.x, name))
      }
    }
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
        endLabels.append((last.x, chart.series[index].name))
      }
    }
    let labelYs = spreadLabels(endPositions, gap: 14, top: area.top, bottom: area.bottom)
    for (label, y) in zip(endLabels, labelYs) {
      body.append(
        .el(
          "text",
          [
            ("class", "direct-label"), ("x", svgNumber(xScale.position(label.x) + 10)), ("y", svgNumber(y)),
            ("dy", "0.32em"), ("fill", "#000000"), ("font-weight", "600"),
          ], text: label.name))
    }
    body += legendNodes
    return ChartDrawing(width: width, height: height, definitions: [], body: body)
  }
}

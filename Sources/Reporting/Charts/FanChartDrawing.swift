/// Draws a ``FanChart``: 95% and 80% bands behind the point forecast, joined to the observed history.
enum FanChartDrawing {
  /// The fill colour of the bands (Okabe–Ito blue); the 95% band is lighter than the 80% band.
  static let bandColour = "#0072B2"
  /// The opacity of the 95% band.
  static let outerOpacity = 0.18
  /// The opacity of the 80% band (drawn over the 95% band).
  static let innerOpacity = 0.30
  /// The colour of the planned line (Okabe–Ito vermillion).
  static let plannedColour = "#D55E00"

  /// The drawing of `chart`, with element ids starting `id`.
  static func draw(_ chart: FanChart, id: String) -> ChartDrawing {
    let width = ChartDrawing.standardWidth
    let height = ChartDrawing.standardHeight
    let history = chart.history.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x }
    var steps = chart.forecast.filter { step in
      [step.x, step.point, step.lower80, step.upper80, step.lower95, step.upper95].allSatisfy(\.isFinite)
    }.sorted { $0.x < $1.x }
    if let origin = history.last, let first = steps.first, first.x > origin.x {
      steps.insert(
        .init(
          x: origin.x, point: origin.y, lower80: origin.y, upper80: origin.y,
          lower95: origin.y, upper95: origin.y), at: 0)
    }
    var planned = chart.planned.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x }
    if let origin = history.last, let first = planned.first, first.x > origin.x { planned.insert(origin, at: 0) }
    let values =
      history.map(\.y) + steps.flatMap { [$0.point, $0.lower80, $0.upper80, $0.lower95, $0.upper95] }
      + planned.map(\.y)
    let axis = NiceAxis(covering: values, includeZero: chart.includesZero)
    var entries: [ChartLegend.Entry] = [
      .init(label: "Observed", swatch: .stroke(colour: "#000000", width: 2.5, dash: "")),
      .init(label: "Forecast", swatch: .stroke(colour: bandColour, width: 2.5, dash: "7 4")),
      .init(label: "80% interval", swatch: .band(colour: bandColour, opacity: innerOpacity + outerOpacity)),
      .init(label: "95% interval", swatch: .band(colour: bandColour, opacity: outerOpacity)),
    ]
    if planned.count > 1 {
      entries.append(.init(label: chart.plannedLabel, swatch: .stroke(colour: plannedColour, width: 2.5, dash: "2 3")))
    }
    let (legendNodes, legendHeight) = ChartLegend(entries: entries).layout(left: 12, top: 6, width: width - 24)
    let left = ChartAxes.valueLabelWidth(axis, format: chart.valueFormat) + 18
    let area = PlotArea(
      width: width, height: height, left: left, top: 6 + legendHeight + ChartDrawing.axisTitleSpace,
      right: width - 56, bottom: height - 34)
    let scale = area.valueScale(axis)
    let xs = history.map(\.x) + steps.map(\.x)
    let lowerX = xs.min() ?? 0
    let upperX = xs.max() ?? 1
    let padding = upperX > lowerX ? 0 : 0.5
    let xScale = LinearScale(
      domainStart: lowerX - padding, domainEnd: upperX + padding, rangeStart: area.left + 10, rangeEnd: area.right)
    var body =
      [area.boundaryNode] + ChartAxes.valueAxis(axis, in: area, format: chart.valueFormat, title: chart.valueLabel)
    body += ChartAxes.numericXAxis(lower: lowerX, upper: upperX, scale: xScale, in: area, format: chart.xFormat)
    func point(_ x: Double, _ y: Double) -> String {
      svgNumber(xScale.position(x)) + "," + svgNumber(scale.position(y))
    }
    func band(_ upper: KeyPath<FanChart.Step, Double>, _ lower: KeyPath<FanChart.Step, Double>) -> String {
      let top = steps.map { point($0.x, $0[keyPath: upper]) }
      let bottom = steps.reversed().map { point($0.x, $0[keyPath: lower]) }
      return "M" + (top + bottom).joined(separator: " L") + " Z"
    }
    if let origin = history.last, !steps.isEmpty {
      let x = svgNumber(xScale.position(origin.x))
      body.append(
        .el(
          "g", [("class", "forecast-origin")],
          [
            .el(
              "line",
              [
                ("x1", x), ("x2", x), ("y1", svgNumber(area.top)), ("y2", svgNumber(area.bottom)),
                ("stroke", "#767676"),
                ("stroke-dasharray", "3 3"),
              ]),
            .el(
              "text",
              [
                ("x", svgNumber(xScale.position(origin.x) + 6)), ("y", svgNumber(area.top + 12)),
                ("fill", "#333333"), ("font-style", "italic"),
              ], text: "Forecast"),
            .el(
              "text",
              [
                ("x", svgNumber(xScale.position(origin.x) - 6)), ("y", svgNumber(area.top + 12)),
                ("fill", "#333333"), ("font-style", "italic"), ("text-anchor", "end"),
              ], text: "Observed"),
          ]))
    }
    if steps.count > 1 {
      body.append(
        .el(
          "path",
          [
            ("class", "band band-95"), ("d", band(\.upper95, \.lower95)), ("fill", bandColour),
            ("fill-opacity", svgNumber(outerOpacity)),
          ]))
      body.append(
        .el(
          "path",
          [
            ("class", "band band-80"), ("d", band(\.upper80, \.lower80)), ("fill", bandColour),
            ("fill-opacity", svgNumber(innerOpacity)),
          ]))
      let line = steps.enumerated().map { ($0.offset == 0 ? "M" : "L") + point($0.element.x, $0.element.point) }
      body.append(
        .el(
          "path",
          [
            ("class", "forecast-line"), ("d", line.joined(separator: " ")), ("fill", "none"), ("stroke", bandColour),
            ("stroke-width", "2.5"), ("stroke-dasharray", "7 4"),
          ]))
    }
    if planned.count > 1 {
      let line = planned.enumerated().map { ($0.offset == 0 ? "M" : "L") + point($0.element.x, $0.element.y) }
      body.append(
        .el(
          "path",
          [
            ("class", "planned-line"), ("d", line.joined(separator: " ")), ("fill", "none"),
            ("stroke", plannedColour), ("stroke-width", "2.5"), ("stroke-dasharray", "2 3"),
          ]))
    }
    if !history.isEmpty {
      let line = history.enumerated().map { ($0.offset == 0 ? "M" : "L") + point($0.element.x, $0.element.y) }
      body.append(
        .el(
          "path",
          [
            ("class", "history-line"), ("d", line.joined(separator: " ")), ("fill", "none"), ("stroke", "#000000"),
            ("stroke-width", "2.5"), ("stroke-linejoin", "round"),
          ]))
      body += history.map {
        .el(
          "circle",
          [
            ("cx", svgNumber(xScale.position($0.x))), ("cy", svgNumber(scale.position($0.y))), ("r", "3"),
            ("fill", "#000000"),
          ])
      }
    }
    if let end = steps.last, steps.count > 1 {
      let wanted = [(end.upper95 + end.upper80) / 2, (end.upper80 + end.lower80) / 2, (end.lower80 + end.lower95) / 2]
      let ys = spreadLabels(wanted.map(scale.position), gap: 13, top: area.top, bottom: area.bottom)
      let names = ["95%", "80%", "95%"]
      body += zip(names, ys).map { name, y in
        .el(
          "text",
          [
            ("class", "direct-label"), ("x", svgNumber(area.right + 6)), ("y", svgNumber(y)),
            ("dy", "0.32em"), ("fill", "#000000"), ("font-size", "11"),
          ], text: name)
      }
    }
    body += legendNodes
    return ChartDrawing(width: width, height: height, definitions: [], body: body)
  }
}

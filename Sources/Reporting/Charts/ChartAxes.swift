/// Shared chart furniture: value-axis ticks and gridlines, the axis title, numeric x ticks and reference lines.
enum ChartAxes {
  /// Gridlines and labels for each tick of a vertical value axis, plus the axis title above the plot.
  ///
  /// Each tick is a `<g class="tick y-tick" data-value="...">` holding its gridline and label, so the axis scale
  /// can be read back from the SVG.
  static func valueAxis(_ axis: NiceAxis, in area: PlotArea, format: ValueFormat, title: String) -> [MarkupNode] {
    let scale = area.valueScale(axis)
    let decimals = format.axisDecimals(step: axis.step)
    var nodes: [MarkupNode] = axis.ticks.map { tick in
      let y = svgNumber(scale.position(tick))
      let isZero = tick == 0
      return .el(
        "g", [("class", "tick y-tick"), ("data-value", format.string(tick, decimals: decimals))],
        [
          .el(
            "line",
            [
              ("x1", svgNumber(area.left)), ("x2", svgNumber(area.right)), ("y1", y), ("y2", y),
              ("stroke", isZero ? "#333333" : "#D9D9D9"), ("stroke-width", isZero ? "1.2" : "1"),
            ]),
          .el(
            "text",
            [
              ("x", svgNumber(area.left - 8)), ("y", y), ("dy", "0.32em"), ("text-anchor", "end"), ("fill", "#333333"),
            ], text: format.string(tick, decimals: decimals)),
        ])
    }
    nodes.append(
      .el(
        "text",
        [
          ("class", "axis-title"), ("x", svgNumber(area.left)), ("y", svgNumber(area.top - 12)),
          ("fill", "#333333"), ("font-weight", "600"),
        ], text: title))
    return nodes
  }

  /// The width the value-axis tick labels need, in pixels.
  static func valueLabelWidth(_ axis: NiceAxis, format: ValueFormat) -> Double {
    let decimals = format.axisDecimals(step: axis.step)
    return axis.ticks.map { estimatedTextWidth(format.string($0, decimals: decimals), fontSize: 12) }.max() ?? 20
  }

  /// Tick marks and labels along the bottom for a numeric x scale, at "nice" values inside the data range.
  static func numericXAxis(
    lower: Double, upper: Double, scale: LinearScale, in area: PlotArea, format: ValueFormat
  ) -> [MarkupNode] {
    let minimumStep: Double = format == .year || format == .financialYear ? 1 : 0
    let axis = NiceAxis(covering: [lower, upper], includeZero: false, targetTickCount: 7, minimumStep: minimumStep)
    let decimals = format.axisDecimals(step: axis.step)
    let ticks = axis.ticks.filter { $0 >= lower - 1e-9 && $0 <= upper + 1e-9 }
    var nodes: [MarkupNode] = [
      .el(
        "line",
        [
          ("x1", svgNumber(area.left)), ("x2", svgNumber(area.right)),
          ("y1", svgNumber(area.bottom)), ("y2", svgNumber(area.bottom)), ("stroke", "#333333"),
        ])
    ]
    for tick in ticks {
      let x = svgNumber(scale.position(tick))
      nodes.append(
        .el(
          "g", [("class", "tick x-tick"), ("data-value", format.string(tick, decimals: decimals))],
          [
            .el(
              "line",
              [
                ("x1", x), ("x2", x), ("y1", svgNumber(area.bottom)), ("y2", svgNumber(area.bottom + 5)),
                ("stroke", "#333333"),
              ]),
            .el(
              "text",
              [
                ("x", x), ("y", svgNumber(area.bottom + 18)), ("text-anchor", "middle"), ("fill", "#333333"),
              ], text: format.string(tick, decimals: decimals)),
          ]))
    }
    return nodes
  }

  /// A dashed horizontal reference line across the plot with its label at the right, above the line.
  static func referenceLine(
    _ reference: ReferenceLine, scale: LinearScale, in area: PlotArea, format: ValueFormat, labelOutside: Bool = false
  ) -> MarkupNode {
    let y = scale.position(reference.value)
    let label = referenceLabel(reference, format: format)
    let text: MarkupNode
    if labelOutside {
      // Beside the plot's right edge, clear of bars: one or two lines centred on the line.
      let lines = wrapped(label, width: referenceLabelWidth, fontSize: 12)
      let top = y - Double(lines.count - 1) * 7
      text = .el(
        "text",
        [
          ("x", svgNumber(area.right + 6)), ("y", svgNumber(top)), ("dy", "0.32em"), ("font-weight", "700"),
          ("fill", "#000000"),
        ],
        lines.enumerated().map { index, line in
          .el("tspan", [("x", svgNumber(area.right + 6)), ("dy", index == 0 ? "0" : "14")], text: line)
        })
    } else {
      text = .el(
        "text",
        [
          ("x", svgNumber(area.right - 4)), ("y", svgNumber(y - 6)), ("text-anchor", "end"),
          ("font-weight", "700"), ("fill", "#000000"), ("stroke", "#FFFFFF"), ("stroke-width", "3"),
          ("paint-order", "stroke"),
        ], text: label)
    }
    return .el(
      "g", [("class", "reference-line"), ("data-value", format.string(reference.value))],
      [
        .el(
          "line",
          [
            ("x1", svgNumber(area.left)), ("x2", svgNumber(area.right)), ("y1", svgNumber(y)), ("y2", svgNumber(y)),
            ("stroke", "#000000"), ("stroke-width", "2"), ("stroke-dasharray", "8 4"),
          ]),
        text,
      ])
  }

  /// The most a reference label written beside the plot takes per line, in pixels.
  static let referenceLabelWidth = 100.0

  /// A reference line's label with its value: "Policy ceiling (25%)".
  static func referenceLabel(_ reference: ReferenceLine, format: ValueFormat) -> String {
    "\(reference.label) (\(format.string(reference.value)))"
  }

  /// The room a reference label written beside the plot needs to the plot's right (its widest line and a gap).
  static func referenceLabelMargin(_ reference: ReferenceLine, format: ValueFormat) -> Double {
    let lines = wrapped(referenceLabel(reference, format: format), width: referenceLabelWidth, fontSize: 12)
    // Bold text is about a tenth wider than the estimate.
    return (lines.map { estimatedTextWidth($0, fontSize: 12) }.max() ?? 0) * 1.1 + 12
  }

  /// `text` split into lines no wider than `width` pixels (at least one word per line, at most three lines).
  static func wrapped(_ text: String, width: Double, fontSize: Double) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ").map(String.init) {
      let candidate = current.isEmpty ? word : current + " " + word
      if current.isEmpty || estimatedTextWidth(candidate, fontSize: fontSize) <= width {
        current = candidate
      } else {
        lines.append(current)
        current = word
      }
    }
    if !current.isEmpty { lines.append(current) }
    if lines.count > 3 { lines = Array(lines.prefix(2)) + [lines.dropFirst(2).joined(separator: " ")] }
    return lines
  }

  /// Category labels centred under each band of a band scale, wrapped to the band width.
  static func categoryAxis(_ categories: [String], bandCentre: (Int) -> Double, bandWidth: Double, in area: PlotArea)
    -> [MarkupNode]
  {
    categories.indices.map { index in
      let lines = wrapped(categories[index], width: max(bandWidth - 6, 30), fontSize: 12)
      let x = svgNumber(bandCentre(index))
      let spans: [MarkupNode] = lines.enumerated().map { offset, line in
        .el("tspan", [("x", x), ("dy", offset == 0 ? "0" : "1.2em")], text: line)
      }
      return .el(
        "text",
        [
          ("class", "category-label"), ("x", x), ("y", svgNumber(area.bottom + 18)), ("text-anchor", "middle"),
          ("fill", "#333333"),
        ], spans)
    }
  }

  /// The height the wrapped category labels need below the plot.
  static func categoryLabelHeight(_ categories: [String], bandWidth: Double) -> Double {
    let lines = categories.map { wrapped($0, width: max(bandWidth - 6, 30), fontSize: 12).count }.max() ?? 1
    return 12 + Double(lines) * 14.4
  }
}

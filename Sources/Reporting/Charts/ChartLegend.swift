/// A chart legend laid out in rows across the top of the chart.
struct ChartLegend {
  /// What a legend entry's swatch looks like.
  enum Swatch {
    /// A filled square, with the fill (a colour or a pattern reference).
    case fill(String)
    /// A short line with a dash pattern and the series marker.
    case line(SeriesStyle)
    /// A plain line with a colour, width and dash pattern.
    case stroke(colour: String, width: Double, dash: String)
    /// A translucent band.
    case band(colour: String, opacity: Double)
    /// A map point shape.
    case mapPoint(PointMap.Kind)
  }

  /// One legend entry.
  struct Entry {
    /// The entry's text.
    let label: String
    /// Its swatch.
    let swatch: Swatch
  }

  /// The entries, in order.
  let entries: [Entry]

  private static let rowHeight = 20.0
  private static let swatchWidth = 22.0

  /// The legend's nodes and the height it takes, when laid out from (`left`, `top`) within `width` pixels.
  func layout(left: Double, top: Double, width: Double) -> (nodes: [MarkupNode], height: Double) {
    guard !entries.isEmpty else { return ([], 0) }
    var nodes: [MarkupNode] = []
    var x = left
    var y = top
    for entry in entries {
      let entryWidth = Self.swatchWidth + 6 + estimatedTextWidth(entry.label, fontSize: 12) + 18
      if x > left, x + entryWidth > left + width {
        x = left
        y += Self.rowHeight
      }
      let middle = y + Self.rowHeight / 2
      nodes.append(
        .el(
          "g", [("class", "legend-entry")],
          [
            swatchNode(entry.swatch, x: x, middle: middle),
            .el(
              "text",
              [
                ("x", svgNumber(x + Self.swatchWidth + 6)), ("y", svgNumber(middle)), ("dy", "0.32em"),
                ("fill", "#222222"),
              ], text: entry.label),
          ]))
      x += entryWidth
    }
    return (nodes, y + Self.rowHeight - top)
  }

  private func swatchNode(_ swatch: Swatch, x: Double, middle: Double) -> MarkupNode {
    let right = x + Self.swatchWidth
    switch swatch {
    case .fill(let fill):
      return .el(
        "rect",
        [
          ("x", svgNumber(x + 3)), ("y", svgNumber(middle - 8)), ("width", "16"), ("height", "16"), ("fill", fill),
          ("stroke", "#333333"), ("stroke-width", "0.5"),
        ])
    case .line(let style):
      var attributes: [(String, String)] = [
        ("x1", svgNumber(x)), ("x2", svgNumber(right)), ("y1", svgNumber(middle)), ("y2", svgNumber(middle)),
        ("stroke", style.colour), ("stroke-width", "2.5"),
      ]
      if !style.dash.isEmpty { attributes.append(("stroke-dasharray", style.dash)) }
      return .el("g", [], [.el("line", attributes), style.markerNode(x: x + Self.swatchWidth / 2, y: middle)])
    case .stroke(let colour, let width, let dash):
      var attributes: [(String, String)] = [
        ("x1", svgNumber(x)), ("x2", svgNumber(right)), ("y1", svgNumber(middle)), ("y2", svgNumber(middle)),
        ("stroke", colour), ("stroke-width", svgNumber(width)),
      ]
      if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
      return .el("line", attributes)
    case .band(let colour, let opacity):
      return .el(
        "rect",
        [
          ("x", svgNumber(x + 1)), ("y", svgNumber(middle - 7)), ("width", "20"), ("height", "14"),
          ("fill", colour), ("fill-opacity", svgNumber(opacity)),
        ])
    case .mapPoint(let kind):
      return MapMarkers.node(kind: kind, x: x + Self.swatchWidth / 2, y: middle)
    }
  }
}

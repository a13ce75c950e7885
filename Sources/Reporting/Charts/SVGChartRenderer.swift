/// Draws a ``ChartFigure`` as a standalone, accessible SVG image.
///
/// The `<svg>` has `role="img"` and is labelled by its `<title>` (the figure title) and `<desc>` (the text
/// alternative). Element ids start with the given id so that several charts can share one HTML page.
public enum SVGChartRenderer {
  /// The SVG markup for `figure`; `id` must be unique within the page and is used as a prefix for inner ids.
  public static func svg(for figure: ChartFigure, id: String) -> String {
    node(for: figure, id: id).rendered(inSVG: true)
  }

  /// The SVG element for `figure`.
  static func node(for figure: ChartFigure, id: String) -> MarkupNode {
    let drawing: ChartDrawing
    var kind = "chart"
    switch figure.chart {
    case .fan(let fan): drawing = FanChartDrawing.draw(fan, id: id)
    case .stackedBar(let stacked): drawing = StackedBarChartDrawing.draw(stacked, id: id)
    case .bar(let bar): drawing = BarChartDrawing.draw(bar, id: id)
    case .line(let line): drawing = LineChartDrawing.draw(line, id: id)
    case .map(let map):
      drawing = PointMapDrawing.draw(map, id: id)
      kind = "chart chart-map"
    }
    var children: [MarkupNode] = [
      .el("title", [("id", "\(id)-title")], text: figure.title),
      .el("desc", [("id", "\(id)-desc")], text: figure.textAlternative),
    ]
    if !drawing.definitions.isEmpty { children.append(.el("defs", [], drawing.definitions)) }
    children.append(
      .el(
        "rect",
        [
          ("width", svgNumber(drawing.width)), ("height", svgNumber(drawing.height)), ("fill", "#FFFFFF"),
        ]))
    children += drawing.body
    return .el(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", kind), ("role", "img"),
        ("aria-labelledby", "\(id)-title \(id)-desc"),
        ("viewBox", "0 0 \(svgNumber(drawing.width)) \(svgNumber(drawing.height))"),
        ("width", svgNumber(drawing.width)), ("height", svgNumber(drawing.height)),
        ("font-family", "'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"),
        ("font-size", "12"),
      ], children)
  }
}

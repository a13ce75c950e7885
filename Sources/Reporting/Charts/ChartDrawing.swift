/// The drawn parts of one chart, ready to be wrapped in an `<svg>` element by ``SVGChartRenderer``.
struct ChartDrawing {
  /// The SVG width in pixels.
  let width: Double
  /// The SVG height in pixels.
  let height: Double
  /// Pattern and other definitions (ids are prefixed with the chart's id so that several charts can share a page).
  let definitions: [MarkupNode]
  /// The visible content.
  let body: [MarkupNode]

  /// The standard chart width in pixels.
  static let standardWidth = 720.0
  /// The standard chart height in pixels.
  static let standardHeight = 400.0
  /// The space between the legend and the plot, holding the value-axis title.
  static let axisTitleSpace = 34.0
}

/// Labels that must not overlap vertically, spread apart by at least `gap` pixels and kept between `top` and
/// `bottom`. Returns the adjusted y positions in the input order.
func spreadLabels(_ positions: [Double], gap: Double, top: Double, bottom: Double) -> [Double] {
  let order = positions.indices.sorted { positions[$0] < positions[$1] }
  var placed = Array(repeating: 0.0, count: positions.count)
  var previous = -Double.infinity
  for index in order {
    let y = max(positions[index], previous + gap, top)
    placed[index] = y
    previous = y
  }
  if let last = order.last, placed[last] > bottom {
    var next = Double.infinity
    for index in order.reversed() {
      let y = min(placed[index], next - gap, bottom)
      placed[index] = y
      next = y
    }
  }
  return placed
}

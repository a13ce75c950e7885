/// Colour-blind-safe styles for chart series: the Okabe–Ito palette, each colour paired with a fill pattern,
/// a dash pattern and a marker shape, so that colour is never the only way to tell series apart.
struct SeriesStyle: Sendable {
  /// The Okabe–Ito colours (Okabe and Ito, "Color Universal Design", 2008), in the order series use them.
  static let palette: [(colour: String, textColour: String)] = [
    ("#0072B2", "#FFFFFF"),  // blue
    ("#E69F00", "#000000"),  // orange
    ("#009E73", "#000000"),  // bluish green
    ("#D55E00", "#000000"),  // vermillion
    ("#56B4E9", "#000000"),  // sky blue
    ("#CC79A7", "#000000"),  // reddish purple
    ("#F0E442", "#000000"),  // yellow
    ("#000000", "#FFFFFF"),  // black
  ]

  /// Fill textures laid over the colour of stacked and grouped bars.
  enum Texture: Int, CaseIterable, Sendable {
    case solid, diagonal, dots, horizontal, crossHatch, vertical
  }

  /// Marker shapes drawn at line-chart points.
  enum Marker: Int, CaseIterable, Sendable {
    case circle, square, triangle, diamond
  }

  /// The series fill or stroke colour.
  let colour: String
  /// A text colour readable on ``colour`` (contrast at least 4.5:1).
  let textColour: String
  /// The texture over bar fills.
  let texture: Texture
  /// The SVG `stroke-dasharray` for lines; empty for solid.
  let dash: String
  /// The point marker for lines.
  let marker: Marker

  /// The style of series number `index` (counting from 0); styles repeat only after 24 series.
  init(index: Int) {
    let safe = max(0, index)
    let entry = Self.palette[safe % Self.palette.count]
    colour = entry.colour
    textColour = entry.textColour
    texture = Texture.allCases[safe % Texture.allCases.count]
    let dashes = ["", "7 4", "2 3", "9 3 2 3"]
    dash = dashes[safe % dashes.count]
    marker = Marker.allCases[safe % Marker.allCases.count]
  }

  /// The `<pattern>` definition for this style's bar fill, with the given element id; nil when solid.
  func patternDefinition(id: String) -> MarkupNode? {
    let lines: String
    switch texture {
    case .solid: return nil
    case .diagonal: lines = "M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6"
    case .horizontal: lines = "M0,4 L8,4"
    case .vertical: lines = "M4,0 L4,8"
    case .crossHatch: lines = "M0,8 L8,0 M0,0 L8,8"
    case .dots:
      return .el(
        "pattern",
        [
          ("id", id), ("patternUnits", "userSpaceOnUse"), ("width", "6"), ("height", "6"),
        ],
        [
          .el("rect", [("width", "6"), ("height", "6"), ("fill", colour)]),
          .el("circle", [("cx", "3"), ("cy", "3"), ("r", "1.3"), ("fill", textColour), ("fill-opacity", "0.6")]),
        ])
    }
    return .el(
      "pattern",
      [
        ("id", id), ("patternUnits", "userSpaceOnUse"), ("width", "8"), ("height", "8"),
      ],
      [
        .el("rect", [("width", "8"), ("height", "8"), ("fill", colour)]),
        .el("path", [("d", lines), ("stroke", textColour), ("stroke-opacity", "0.55"), ("stroke-width", "1.5")]),
      ])
  }

  /// The fill attribute for a bar: the pattern reference when textured, otherwise the plain colour.
  func barFill(patternID: String) -> String {
    texture == .solid ? colour : "url(#\(patternID))"
  }

  /// The marker shape centred on (`x`, `y`).
  func markerNode(x: Double, y: Double, size: Double = 4) -> MarkupNode {
    let fill: [(String, String)] = [("fill", colour), ("stroke", "#FFFFFF"), ("stroke-width", "1")]
    switch marker {
    case .circle:
      return .el("circle", [("cx", svgNumber(x)), ("cy", svgNumber(y)), ("r", svgNumber(size))] + fill)
    case .square:
      return .el(
        "rect",
        [
          ("x", svgNumber(x - size)), ("y", svgNumber(y - size)),
          ("width", svgNumber(2 * size)), ("height", svgNumber(2 * size)),
        ] + fill)
    case .triangle:
      let path =
        "M\(svgNumber(x)),\(svgNumber(y - size * 1.2)) L\(svgNumber(x + size * 1.15)),\(svgNumber(y + size * 0.8))"
        + " L\(svgNumber(x - size * 1.15)),\(svgNumber(y + size * 0.8)) Z"
      return .el("path", [("d", path)] + fill)
    case .diamond:
      let path =
        "M\(svgNumber(x)),\(svgNumber(y - size * 1.3)) L\(svgNumber(x + size * 1.3)),\(svgNumber(y))"
        + " L\(svgNumber(x)),\(svgNumber(y + size * 1.3)) L\(svgNumber(x - size * 1.3)),\(svgNumber(y)) Z"
      return .el("path", [("d", path)] + fill)
    }
  }
}

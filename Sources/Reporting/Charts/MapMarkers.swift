/// The shapes of map points: blue circles for home areas, orange triangles for providers.
enum MapMarkers {
  /// The marker for `kind` centred on (`x`, `y`).
  static func node(kind: PointMap.Kind, x: Double, y: Double) -> MarkupNode {
    switch kind {
    case .area:
      return .el(
        "circle",
        [
          ("cx", svgNumber(x)), ("cy", svgNumber(y)), ("r", "6.5"), ("fill", "#0072B2"), ("stroke", "#FFFFFF"),
          ("stroke-width", "1.5"),
        ])
    case .provider:
      let path =
        "M\(svgNumber(x)),\(svgNumber(y - 6)) L\(svgNumber(x + 5.5)),\(svgNumber(y + 4))"
        + " L\(svgNumber(x - 5.5)),\(svgNumber(y + 4)) Z"
      return .el("path", [("d", path), ("fill", "#E69F00"), ("stroke", "#000000"), ("stroke-width", "0.8")])
    }
  }
}

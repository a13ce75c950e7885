import Geodesy

/// Draws ``MapBoundaries`` behind a ``PointMap``'s points: thin light-grey outlines, clipped to the plot area.
enum MapBoundaryDrawing {
  /// The line colour: lighter than the points and labels, darker than the graticule.
  static let stroke = "#A3ACB6"

  /// The clip path (a definition) and the group of outlines for the areas of `boundaries` that cross the visible
  /// extent (`west`...`east`, `south`...`north`), projected by `x` and `y`; `nil` when none crosses it. Vertices
  /// closer than half a pixel to the last one drawn are skipped, which keeps the SVG small without changing the
  /// lines.
  static func draw(
    _ boundaries: MapBoundaries, id: String, area: PlotArea,
    visible: (west: Double, east: Double, south: Double, north: Double),
    x: (Double) -> Double, y: (Double) -> Double
  ) -> (definition: MarkupNode, group: MarkupNode)? {
    let clipID = "\(id)-plot-clip"
    var paths: [MarkupNode] = []
    for outline in boundaries.areas {
      let vertices = outline.rings.joined()
      guard let west = vertices.map(\.longitude).min(), let east = vertices.map(\.longitude).max(),
        let south = vertices.map(\.latitude).min(), let north = vertices.map(\.latitude).max(),
        west <= visible.east, east >= visible.west, south <= visible.north, north >= visible.south
      else { continue }
      var commands: [String] = []
      for ring in outline.rings where ring.count >= 3 {
        var kept: [(x: Double, y: Double)] = []
        for vertex in ring {
          let point = (x: x(vertex.longitude), y: y(vertex.latitude))
          guard point.x.isFinite, point.y.isFinite else { continue }
          if let last = kept.last, abs(point.x - last.x) < 0.5, abs(point.y - last.y) < 0.5 { continue }
          kept.append(point)
        }
        guard kept.count >= 3 else { continue }
        commands.append(
          "M" + kept.map { svgNumber($0.x) + "," + svgNumber($0.y) }.joined(separator: " L") + " Z")
      }
      guard !commands.isEmpty else { continue }
      paths.append(
        .el(
          "path", [("class", "boundary"), ("d", commands.joined(separator: " "))],
          [.el("title", text: outline.name)]))
    }
    guard !paths.isEmpty else { return nil }
    let definition = MarkupNode.el(
      "clipPath", [("id", clipID)],
      [
        .el(
          "rect",
          [
            ("x", svgNumber(area.left)), ("y", svgNumber(area.top)), ("width", svgNumber(area.plotWidth)),
            ("height", svgNumber(area.plotHeight)),
          ])
      ])
    let group = MarkupNode.el(
      "g",
      [
        ("class", "boundaries"), ("clip-path", "url(#\(clipID))"), ("fill", "none"), ("stroke", stroke),
        ("stroke-width", "1"), ("stroke-linejoin", "round"),
      ], paths)
    return (definition, group)
  }
}

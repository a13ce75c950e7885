import Foundation

/// Draws a ``PointMap`` with an equirectangular projection scaled by cos(middle latitude), a graticule, the map's
/// area outlines (if any) and a scale bar in miles, with the points on top.
enum PointMapDrawing {
  /// Statute miles per degree of latitude (mean Earth radius 3,958.8 miles).
  static let milesPerDegree = 69.09

  /// The drawing of `map`, with element ids starting `id`.
  static func draw(_ map: PointMap, id: String) -> ChartDrawing {
    let width = ChartDrawing.standardWidth
    let height = 480.0
    let points = merged(
      map.points.filter {
        $0.longitude.isFinite && $0.latitude.isFinite && abs($0.latitude) < 85 && abs($0.longitude) <= 180
      })
    let entries: [ChartLegend.Entry] = [
      .init(label: map.areaLegend, swatch: .mapPoint(.area)),
      .init(label: map.providerLegend, swatch: .mapPoint(.provider)),
    ]
    let (legendNodes, legendHeight) = ChartLegend(entries: entries).layout(left: 12, top: 6, width: width - 24)
    let area = PlotArea(
      width: width, height: height, left: 70, top: 6 + legendHeight + 12, right: width - 16,
      bottom: height - 30)
    let latitudes = points.map(\.latitude)
    let longitudes = points.map(\.longitude)
    var south = latitudes.min() ?? 54.5
    var north = latitudes.max() ?? 54.6
    var west = longitudes.min() ?? -1.2
    var east = longitudes.max() ?? -1.0
    let middleLatitude = (south + north) / 2
    let cosine = max(cos(middleLatitude * .pi / 180), 0.05)
    let latitudePad = max((north - south) * 0.08, 0.02)
    let longitudePad = max((east - west) * 0.08, 0.02 / cosine)
    south -= latitudePad
    north += latitudePad
    west -= longitudePad
    east += longitudePad
    let pixelsPerDegree = min(area.plotWidth / ((east - west) * cosine), area.plotHeight / (north - south))
    let centreX = (area.left + area.right) / 2
    let centreY = (area.top + area.bottom) / 2
    let middleLongitude = (west + east) / 2
    let mapMiddleLatitude = (south + north) / 2
    func x(_ longitude: Double) -> Double { centreX + (longitude - middleLongitude) * cosine * pixelsPerDegree }
    func y(_ latitude: Double) -> Double { centreY - (latitude - mapMiddleLatitude) * pixelsPerDegree }
    let visibleWest = middleLongitude - (area.plotWidth / 2) / (cosine * pixelsPerDegree)
    let visibleEast = middleLongitude + (area.plotWidth / 2) / (cosine * pixelsPerDegree)
    let visibleSouth = mapMiddleLatitude - (area.plotHeight / 2) / pixelsPerDegree
    let visibleNorth = mapMiddleLatitude + (area.plotHeight / 2) / pixelsPerDegree

    var body: [MarkupNode] = [
      .el(
        "rect",
        [
          ("class", "plot-area"), ("x", svgNumber(area.left)), ("y", svgNumber(area.top)),
          ("width", svgNumber(area.plotWidth)), ("height", svgNumber(area.plotHeight)), ("fill", "#F4F6F8"),
          ("stroke", "#BBBBBB"),
        ])
    ]
    body += graticule(
      west: visibleWest, east: visibleEast, south: visibleSouth, north: visibleNorth, area: area,
      x: x, y: y)
    var definitions: [MarkupNode] = []
    if let boundaries = map.boundaries,
      let drawn = MapBoundaryDrawing.draw(
        boundaries, id: id, area: area,
        visible: (west: visibleWest, east: visibleEast, south: visibleSouth, north: visibleNorth), x: x, y: y)
    {
      definitions.append(drawn.definition)
      body.append(drawn.group)
    }
    body.append(scaleBar(pixelsPerMile: pixelsPerDegree / milesPerDegree, area: area))
    let positions = points.map { (x: x($0.longitude), y: y($0.latitude)) }
    let placements = labelPlacements(points: points, positions: positions, area: area)
    // Providers first, so that home areas (fewer, and the subject of the report) are drawn on top; except a provider
    // on top of a home area's marker, which is drawn last so that its triangle shows inside the area's circle.
    let areaPositions = points.indices.filter { points[$0].kind == .area }.map { positions[$0] }
    func layer(_ index: Int) -> Int {
      guard points[index].kind == .provider else { return 1 }
      let onArea = areaPositions.contains {
        abs($0.x - positions[index].x) < 6 && abs($0.y - positions[index].y) < 6
      }
      return onArea ? 2 : 0
    }
    let order = points.indices.sorted { (layer($0), points[$0].label, $0) < (layer($1), points[$1].label, $1) }
    for index in order {
      let point = points[index]
      var children = [MapMarkers.node(kind: point.kind, x: 0, y: 0)]
      if let placement = placements[index] {
        let isArea = point.kind == .area
        if placement.hasLeader {
          // From just outside the marker to just short of the label.
          let length = (placement.dx * placement.dx + placement.dy * placement.dy).squareRoot()
          let (unitX, unitY) = (placement.dx / length, placement.dy / length)
          children.append(
            .el(
              "line",
              [
                ("class", "leader"), ("x1", svgNumber(unitX * 7)), ("y1", svgNumber(unitY * 7)),
                ("x2", svgNumber(placement.dx - unitX * 4)), ("y2", svgNumber(placement.dy - unitY * 6)),
                ("stroke", "#555555"), ("stroke-width", "1"),
              ]))
        }
        children.append(
          .el(
            "text",
            [
              ("x", svgNumber(placement.dx)), ("y", svgNumber(placement.dy)), ("dy", "0.32em"),
              ("text-anchor", placement.anchor), ("font-size", isArea ? "12" : "11"),
              ("font-weight", isArea ? "700" : "400"), ("font-style", isArea ? "normal" : "italic"),
              ("fill", "#000000"), ("stroke", "#FFFFFF"), ("stroke-width", "3"), ("paint-order", "stroke"),
            ], text: point.label))
      }
      body.append(
        .el(
          "g",
          [
            ("class", "map-point \(point.kind.rawValue)"),
            ("transform", "translate(\(svgNumber(positions[index].x)),\(svgNumber(positions[index].y)))"),
          ], [.el("title", text: point.label)] + children))
    }
    body += legendNodes
    return ChartDrawing(width: width, height: height, definitions: definitions, body: body)
  }

  /// The points with those of one kind at the same place (to about 10 metres) drawn as one, labelled with every
  /// label ("11, 12"), so that no marker hides another and no two labels compete for the same spot.
  static func merged(_ points: [PointMap.Point]) -> [PointMap.Point] {
    var result: [PointMap.Point] = []
    var index: [String: Int] = [:]
    for point in points {
      let key =
        "\(point.kind.rawValue) \((point.latitude * 10_000).rounded()) \((point.longitude * 10_000).rounded())"
      if let existing = index[key] {
        let label = result[existing].label
        result[existing].label = label.isEmpty ? point.label : point.label.isEmpty ? label : label + ", " + point.label
      } else {
        index[key] = result.count
        result.append(point)
      }
    }
    return result
  }

  /// Where a point's label goes, relative to the point.
  struct LabelPlacement {
    let dx: Double
    let dy: Double
    let anchor: String
    /// True for the outer spots, whose label is joined to its point by a short line.
    var hasLeader = false
  }

  /// The spots tried around a point, nearest first: eight next to it, then two rings further out with a leader line.
  static let labelCandidates: [LabelPlacement] = [
    LabelPlacement(dx: 10, dy: 0, anchor: "start"), LabelPlacement(dx: -10, dy: 0, anchor: "end"),
    LabelPlacement(dx: 0, dy: -14, anchor: "middle"), LabelPlacement(dx: 0, dy: 15, anchor: "middle"),
    LabelPlacement(dx: 8, dy: -11, anchor: "start"), LabelPlacement(dx: 8, dy: 12, anchor: "start"),
    LabelPlacement(dx: -8, dy: -11, anchor: "end"), LabelPlacement(dx: -8, dy: 12, anchor: "end"),
    LabelPlacement(dx: 26, dy: 0, anchor: "start", hasLeader: true),
    LabelPlacement(dx: -26, dy: 0, anchor: "end", hasLeader: true),
    LabelPlacement(dx: 0, dy: -30, anchor: "middle", hasLeader: true),
    LabelPlacement(dx: 0, dy: 31, anchor: "middle", hasLeader: true),
    LabelPlacement(dx: 20, dy: -22, anchor: "start", hasLeader: true),
    LabelPlacement(dx: 20, dy: 23, anchor: "start", hasLeader: true),
    LabelPlacement(dx: -20, dy: -22, anchor: "end", hasLeader: true),
    LabelPlacement(dx: -20, dy: 23, anchor: "end", hasLeader: true),
    LabelPlacement(dx: 44, dy: 0, anchor: "start", hasLeader: true),
    LabelPlacement(dx: -44, dy: 0, anchor: "end", hasLeader: true),
    LabelPlacement(dx: 0, dy: -46, anchor: "middle", hasLeader: true),
    LabelPlacement(dx: 0, dy: 47, anchor: "middle", hasLeader: true),
    LabelPlacement(dx: 34, dy: -36, anchor: "start", hasLeader: true),
    LabelPlacement(dx: 34, dy: 37, anchor: "start", hasLeader: true),
    LabelPlacement(dx: -34, dy: -36, anchor: "end", hasLeader: true),
    LabelPlacement(dx: -34, dy: 37, anchor: "end", hasLeader: true),
  ]

  /// A label position for each labelled point, trying the ``labelCandidates`` spots around it so that labels
  /// overlap neither each other nor other points; home areas are placed first. A label with no free spot is left
  /// off the map (`nil`) rather than drawn over another: the point keeps its tooltip and the table under the map
  /// names it. Keep labels short where points crowd (the report numbers providers and letters home areas).
  static func labelPlacements(
    points: [PointMap.Point], positions: [(x: Double, y: Double)], area: PlotArea
  ) -> [LabelPlacement?] {
    struct Box {
      let left, top, right, bottom: Double
      func overlaps(_ other: Box) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
      }
    }
    var taken = positions.map { Box(left: $0.x - 7, top: $0.y - 7, right: $0.x + 7, bottom: $0.y + 7) }
    var placements = [LabelPlacement?](repeating: nil, count: points.count)
    let candidates = labelCandidates
    let order = points.indices.filter { !points[$0].label.isEmpty }.sorted {
      (points[$0].kind == .area ? 0 : 1, points[$0].label, $0) < (
        points[$1].kind == .area ? 0 : 1, points[$1].label, $1
      )
    }
    for index in order {
      // Area labels are bold (about a tenth wider); 2 px for the white halo.
      let isArea = points[index].kind == .area
      let width = estimatedTextWidth(points[index].label, fontSize: isArea ? 12 : 11) * (isArea ? 1.1 : 1) + 2
      let position = positions[index]
      func box(_ placement: LabelPlacement) -> Box {
        let x = position.x + placement.dx
        let left = placement.anchor == "start" ? x : placement.anchor == "end" ? x - width : x - width / 2
        let middle = position.y + placement.dy
        return Box(left: left, top: middle - 7, right: left + width, bottom: middle + 7)
      }
      let fits = candidates.first { candidate in
        let candidateBox = box(candidate)
        let inside =
          candidateBox.left >= area.left && candidateBox.right <= area.right
          && candidateBox.top >= area.top && candidateBox.bottom <= area.bottom
        return inside && !taken.enumerated().contains { $0.offset != index && $0.element.overlaps(candidateBox) }
      }
      guard let chosen = fits else { continue }
      placements[index] = chosen
      taken.append(box(chosen))
    }
    return placements
  }

  private static func graticule(
    west: Double, east: Double, south: Double, north: Double, area: PlotArea,
    x: (Double) -> Double, y: (Double) -> Double
  ) -> [MarkupNode] {
    let latitudes = graticuleLines(
      covering: south...north, targetTickCount: 5, kind: "latitude", hemispheres: (north: "°N", south: "°S")
    ) { latitude in
      let py = svgNumber(y(latitude))
      return (
        line: [("x1", svgNumber(area.left)), ("x2", svgNumber(area.right)), ("y1", py), ("y2", py)],
        label: [("x", svgNumber(area.left - 6)), ("y", py), ("dy", "0.32em"), ("text-anchor", "end")]
      )
    }
    let longitudes = graticuleLines(
      covering: west...east, targetTickCount: 6, kind: "longitude", hemispheres: (north: "°E", south: "°W")
    ) { longitude in
      let px = svgNumber(x(longitude))
      return (
        line: [("x1", px), ("x2", px), ("y1", svgNumber(area.top)), ("y2", svgNumber(area.bottom))],
        label: [("x", px), ("y", svgNumber(area.bottom + 16)), ("text-anchor", "middle")]
      )
    }
    return latitudes + longitudes
  }

  /// The graticule's lines of one `kind` (latitude or longitude): one at each round value of degrees within
  /// `range`, labelled with the degrees and `hemispheres`' letter (the first for values of zero and above);
  /// `place` gives a value's line ends and label position.
  private static func graticuleLines(
    covering range: ClosedRange<Double>, targetTickCount: Int, kind: String,
    hemispheres: (north: String, south: String),
    place: (Double) -> (line: [(String, String)], label: [(String, String)])
  ) -> [MarkupNode] {
    let axis = NiceAxis(
      covering: [range.lowerBound, range.upperBound], includeZero: false, targetTickCount: targetTickCount)
    let format = ValueFormat.number(decimals: 0)
    let decimals = format.axisDecimals(step: axis.step)
    return axis.ticks.filter(range.contains).map { value in
      let position = place(value)
      let label = format.string(abs(value), decimals: decimals) + (value >= 0 ? hemispheres.north : hemispheres.south)
      return .el(
        "g", [("class", "graticule \(kind)")],
        [
          .el("line", position.line + [("stroke", "#D5DAE0")]),
          .el("text", position.label + [("fill", "#555555"), ("font-size", "11")], text: label),
        ])
    }
  }

  private static func scaleBar(pixelsPerMile: Double, area: PlotArea) -> MarkupNode {
    let miles = NiceAxis.niceNumber(area.plotWidth / 5 / max(pixelsPerMile, 1e-9))
    let length = miles * pixelsPerMile
    let left = area.left + 12
    let baseline = area.bottom - 14
    let label =
      ValueFormat.number(decimals: 0).string(
        miles,
        decimals: ValueFormat.number(decimals: 0)
          .axisDecimals(step: miles)) + (miles == 1 ? " mile" : " miles")
    return .el(
      "g", [("class", "scale-bar")],
      [
        .el(
          "rect",
          [
            ("x", svgNumber(left - 4)), ("y", svgNumber(baseline - 20)), ("width", svgNumber(length + 8)),
            ("height", "28"), ("fill", "#FFFFFF"), ("fill-opacity", "0.8"),
          ]),
        .el(
          "path",
          [
            (
              "d",
              "M\(svgNumber(left)),\(svgNumber(baseline - 5)) V\(svgNumber(baseline)) H\(svgNumber(left + length))"
                + " V\(svgNumber(baseline - 5))"
            ),
            ("fill", "none"), ("stroke", "#000000"), ("stroke-width", "1.5"),
          ]),
        .el(
          "text",
          [
            ("x", svgNumber(left + length / 2)), ("y", svgNumber(baseline - 8)), ("text-anchor", "middle"),
            ("font-size", "11"), ("fill", "#000000"),
          ], text: label),
      ])
  }
}

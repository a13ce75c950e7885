/// Outlines of areas (such as councils) in longitude and latitude, with where they come from: what the report's map
/// draws behind its points.
///
/// The report never reads them from a file: the caller passes them in (`ScenarioInputs`' `CouncilBoundaryFile` reads
/// the shipped ones), so a report built without them is still whole (its map then shows only the points, the
/// graticule and the scale bar).
public struct MapBoundaries: Sendable, Hashable {
  /// One vertex of an outline.
  public struct Vertex: Sendable, Hashable {
    /// Degrees east (negative west of Greenwich).
    public var longitude: Double
    /// Degrees north.
    public var latitude: Double

    /// A vertex at `longitude`, `latitude`.
    public init(longitude: Double, latitude: Double) {
      self.longitude = longitude
      self.latitude = latitude
    }
  }

  /// One area's outline: every ring of its polygons (outer rings and holes alike, since only the lines are drawn).
  public struct Area: Sendable, Hashable {
    /// The area's code (a GSS code such as `E06000001`).
    public var code: String
    /// The area's name.
    public var name: String
    /// Closed rings of vertices (the last vertex joins the first).
    public var rings: [[Vertex]]

    /// An area's outline.
    public init(code: String, name: String, rings: [[Vertex]]) {
      self.code = code
      self.name = name
      self.rings = rings
    }
  }

  /// The outlines, drawn in this order.
  public var areas: [Area]
  /// Where the outlines come from and under what licence, for the map's source line.
  public var source: String

  /// Outlines with their source.
  public init(areas: [Area], source: String) {
    self.areas = areas
    self.source = source
  }
}

import Geodesy

/// A simple map: labelled points by longitude and latitude, of two kinds (home areas and providers).
///
/// Drawn with an equirectangular projection whose horizontal scale is corrected by the cosine of the middle
/// latitude, so distances look right over the small extent of one council's area.
public struct PointMap: Sendable, Hashable {
  /// What a point stands for; each kind has its own shape and colour.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Where children's homes are (demand), drawn as circles.
    case area
    /// Where a placement provider is (supply), drawn as triangles.
    case provider
  }

  /// One point on the map.
  public struct Point: Sendable, Hashable {
    /// The name written beside the point; empty for none.
    public var label: String
    /// Degrees east (negative west of Greenwich).
    public var longitude: Double
    /// Degrees north.
    public var latitude: Double
    /// Whether the point is a home area or a provider.
    public var kind: Kind

    /// A labelled point.
    public init(label: String, longitude: Double, latitude: Double, kind: Kind) {
      self.label = label
      self.longitude = longitude
      self.latitude = latitude
      self.kind = kind
    }
  }

  /// The points; points with non-finite or out-of-range coordinates are left off the map (but stay in the table).
  public var points: [Point]
  /// The legend text for areas ("Home areas").
  public var areaLegend: String
  /// The legend text for providers ("Providers").
  public var providerLegend: String
  /// Area outlines drawn as thin grey lines behind the points (those crossing the map only); `nil` for none.
  public var boundaries: MapBoundaries?

  /// A map of points, with area outlines behind them when `boundaries` is given.
  public init(
    points: [Point], areaLegend: String = "Home areas", providerLegend: String = "Providers",
    boundaries: MapBoundaries? = nil
  ) {
    self.points = points
    self.areaLegend = areaLegend
    self.providerLegend = providerLegend
    self.boundaries = boundaries
  }
}

/// A local authority taking part in the plan (one, or several for a regional plan).
public struct Authority: Sendable, Equatable, Codable {
  public var id: AuthorityID
  public var name: String
  /// The GSS code, such as `E06000003`, used to find the authority in official statistics.
  public var code: String?

  /// Creates an authority.
  public init(id: AuthorityID, name: String, code: String? = nil) {
    self.id = id
    self.name = name
    self.code = code
  }
}

/// A home area of an authority: where demand originates (by `demandShare`) and where in-house carers live.
public struct Area: Sendable, Equatable, Codable {
  public var id: AreaID
  public var authority: AuthorityID
  public var name: String
  public var location: GeoPoint
  /// The share of the authority's demand that comes from this area (shares are normalised per authority).
  public var demandShare: Double

  /// Creates an area.
  public init(id: AreaID, authority: AuthorityID, name: String, location: GeoPoint, demandShare: Double) {
    self.id = id
    self.authority = authority
    self.name = name
    self.location = location
    self.demandShare = demandShare
  }
}

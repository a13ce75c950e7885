import PlacementDomain

/// Places a postcode at its district's centroid, for areas and providers given a `postcode:` instead of a latitude
/// and longitude. ``ScenarioPostcodes`` builds it from the bundled centroid table
/// (`Data/postcodes/uk_postcode_district_centroids.csv`).
public struct PostcodeLocator: Sendable {
  /// The table the centroids come from, named in messages.
  public var source: String
  private let lookup: @Sendable (String) throws -> GeoPoint?

  /// A locator that asks `lookup` for a postcode's centroid (`nil` for an unknown postcode; it throws when the
  /// table itself cannot be read).
  public init(source: String, lookup: @escaping @Sendable (String) throws -> GeoPoint?) {
    self.source = source
    self.lookup = lookup
  }

  /// The centroid of the district `postcode` (a district such as `TS18`, or a full postcode) is in.
  public func location(of postcode: String) throws -> GeoPoint? {
    try lookup(postcode)
  }
}

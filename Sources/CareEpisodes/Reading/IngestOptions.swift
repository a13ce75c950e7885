/// Choices for turning SSDA903 files into a history.
public struct IngestOptions: Sendable {
  /// PLACE and PLACE_PROVIDER to provision type.
  public var mapping: PlacementMapping
  /// Which starts are emergency arrivals.
  public var emergencyRule: EmergencyRule
  /// Postcode-district centroids for distances, or `nil` to leave distances unknown.
  public var postcodes: PostcodeDistricts?
  /// Keep episodes under an agreed series of short breaks (LS `V3`, `V4`). DfE's published counts leave them out,
  /// and so does the default.
  public var includeShortBreaks: Bool
  /// The distance beyond which a placement counts as far from home, in miles (DfE: 20).
  public var farFromHomeMiles: Double

  /// Options; the defaults follow DfE's published definitions.
  public init(
    mapping: PlacementMapping = .standard, emergencyRule: EmergencyRule = .standard,
    postcodes: PostcodeDistricts? = nil, includeShortBreaks: Bool = false, farFromHomeMiles: Double = 20
  ) {
    self.mapping = mapping
    self.emergencyRule = emergencyRule
    self.postcodes = postcodes
    self.includeShortBreaks = includeShortBreaks
    self.farFromHomeMiles = farFromHomeMiles
  }
}

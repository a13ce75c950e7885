/// A group of children with similar placement needs (mainstream fostering, residential, …).
public struct NeedGroup: Sendable, Equatable, Codable {
  public var id: NeedGroupID
  public var name: String
  /// The longest road distance from home a placement may be, in miles; `nil` for no limit.
  public var maximumMiles: Double?
  /// True for the emergency or risk-taking group, whose placements count towards emergency beds held.
  public var isEmergency: Bool

  /// Creates a need group.
  public init(id: NeedGroupID, name: String, maximumMiles: Double? = nil, isEmergency: Bool = false) {
    self.id = id
    self.name = name
    self.maximumMiles = maximumMiles
    self.isEmergency = isEmergency
  }
}

/// A group of children with similar placement needs (mainstream fostering, residential, …).
public struct NeedGroup: Sendable, Equatable, Codable {
  public var id: NeedGroupID
  public var name: String
  /// The longest road distance from home a placement may be, in miles; `nil` for no limit.
  public var maximumMiles: Double?
  /// True for the emergency or risk-taking group, whose placements count towards emergency beds held.
  public var isEmergency: Bool
  /// The ages of the group's children (`any` when not modelled); supported accommodation suits only 16–17.
  public var ageBand: NeedAgeBand
  /// For an under-16 group: the 16–17 group its children's placements continue as when they turn 16.
  public var agesInto: NeedGroupID?

  /// Creates a need group.
  public init(
    id: NeedGroupID, name: String, maximumMiles: Double? = nil, isEmergency: Bool = false,
    ageBand: NeedAgeBand = .any, agesInto: NeedGroupID? = nil
  ) {
    self.id = id
    self.name = name
    self.maximumMiles = maximumMiles
    self.isEmergency = isEmergency
    self.ageBand = ageBand
    self.agesInto = agesInto
  }
}

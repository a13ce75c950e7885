/// One council's sibling groups: brothers and sisters placed together need a household approved for siblings
/// (seeds 000 and 002: placed together unless their plans say otherwise). See `docs/formulation.md` ("Siblings").
public struct SiblingDemand: Sendable, Equatable, Codable {
  /// The share of the children placed in ``needGroups`` who are in a sibling group to be placed together, 0–1.
  public var share: Double
  /// The need groups sibling groups come in; empty for every settled need group a fostering provision suits.
  public var needGroups: [NeedGroupID]
  /// False when the scenario says siblings need not be placed together: then no sibling-capable place is required.
  public var placedTogether: Bool

  /// Creates a sibling demand.
  public init(share: Double, needGroups: [NeedGroupID] = [], placedTogether: Bool = true) {
    self.share = share
    self.needGroups = needGroups
    self.placedTogether = placedTogether
  }
}

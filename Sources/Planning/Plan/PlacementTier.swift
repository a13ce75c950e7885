/// How a provider's place is bought: a spot place, paid per placement, or a bed in a block contract, paid for
/// whether used or not. Written as its raw value (`spot`, `block`) in plan.json and placements.csv.
public enum PlacementTier: String, Sendable, Hashable, Codable, CaseIterable {
  case spot
  case block
}

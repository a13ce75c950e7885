/// A whole-number capacity decision the plan makes. Written as its raw value in plan.json.
public enum CapacityDecisionKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Open new units at a provider that can open them (for example an in-house children's home).
  case openUnits = "open_units"
  /// Contract block beds with a provider.
  case blockBeds = "block_beds"
}

/// What a pound in the plan is spent on, for budget lines.
public enum CostItem: String, Sendable, Codable, CaseIterable, Comparable {
  /// Weekly prices of placements.
  case placements
  /// Distance costs (travel and contact) per placement-mile.
  case mileage
  /// Recruiting and approving in-house foster carers.
  case recruitment
  /// Supporting approved in-house households whether or not a child is placed.
  case householdSupport = "household_support"
  /// Retainers for emergency beds held vacant.
  case emergencyRetainer = "emergency_retainer"
  /// Running costs of newly opened units (such as an in-house home).
  case fixedCost = "fixed_cost"
  /// Block-contracted beds, paid whether used or not.
  case blockContract = "block_contract"
  /// Planned moves of settled children (step-downs): matching, transition and support.
  case plannedMoves = "planned_moves"

  public static func < (lhs: CostItem, rhs: CostItem) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

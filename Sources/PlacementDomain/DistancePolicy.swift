/// How distance from home limits and prices placements.
public struct DistancePolicy: Sendable, Equatable, Codable {
  /// Road miles per great-circle mile (typically 1.2–1.4).
  public var roadFactor: Double
  /// The largest share of placements (excluding last resort) more than 20 road miles from home, 0–1; `nil` for none.
  public var maximumShareOver20Miles: Double?
  /// Cost per placement per road mile from home per year (£), for travel and contact.
  public var annualCostPerPlacementMile: Double

  /// Creates a distance policy.
  public init(roadFactor: Double = 1.3, maximumShareOver20Miles: Double? = nil, annualCostPerPlacementMile: Double = 0)
  {
    self.roadFactor = roadFactor
    self.maximumShareOver20Miles = maximumShareOver20Miles
    self.annualCostPerPlacementMile = annualCostPerPlacementMile
  }
}

/// Budget and mix policies.
public struct PlanningPolicy: Sendable, Equatable, Codable {
  /// The most that may be spent in each plan year (£); years not listed have no ceiling.
  public var budgetCeilingByYear: [Int: Double]
  /// The smallest share of fostering placements that must be in-house, 0–1; `nil` for none.
  public var minimumInHouseFosteringShare: Double?
  /// The weekly penalty for one child's need left unmet (£); it should exceed every real price.
  public var weeklyUnmetNeedPenalty: Double
  /// The weekly penalty per fostering placement by which the in-house share target is missed (£). Above the
  /// in-house/IFA price gap, so the target is met wherever capacity allows; below last-resort prices, so it never
  /// sends a child to a hotel.
  public var weeklyInHouseSharePenalty: Double
  /// The weekly penalty per child of a sibling group not in a sibling-capable place (£): above fostering price gaps,
  /// below the unmet-need penalty, so no child goes unplaced to keep siblings together. Not spending.
  public var weeklySiblingGapPenalty: Double

  /// Creates a policy.
  public init(
    budgetCeilingByYear: [Int: Double] = [:], minimumInHouseFosteringShare: Double? = nil,
    weeklyUnmetNeedPenalty: Double = 50_000, weeklyInHouseSharePenalty: Double = 2_000,
    weeklySiblingGapPenalty: Double = 2_000
  ) {
    self.budgetCeilingByYear = budgetCeilingByYear
    self.minimumInHouseFosteringShare = minimumInHouseFosteringShare
    self.weeklyUnmetNeedPenalty = weeklyUnmetNeedPenalty
    self.weeklyInHouseSharePenalty = weeklyInHouseSharePenalty
    self.weeklySiblingGapPenalty = weeklySiblingGapPenalty
  }
}

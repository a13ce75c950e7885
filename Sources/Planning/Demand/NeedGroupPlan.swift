/// One need group's children planned in one plan year, and how often that many would have been enough.
public struct NeedGroupLevel: Sendable, Codable, Equatable {
  public var year: Int
  public var needGroup: String
  /// Children the plan places on an average day (after the placed share).
  public var children: Double
  /// The share of simulated years in which the group's children stay at or below ``children`` (0.8: 8 years in 10).
  public var enoughShare: Double
  /// What the total's planned quantile × the group's share would give (the rule before issue 18), for comparison.
  public var totalQuantileTimesShare: Double
  /// Whether the group takes the rest of the total's planned level instead of its own quantile.
  public var takesRemainder: Bool

  /// Creates a level.
  public init(
    year: Int, needGroup: String, children: Double, enoughShare: Double, totalQuantileTimesShare: Double,
    takesRemainder: Bool
  ) {
    self.year = year
    self.needGroup = needGroup
    self.children = children
    self.enoughShare = enoughShare
    self.totalQuantileTimesShare = totalQuantileTimesShare
    self.takesRemainder = takesRemainder
  }
}

/// How the plan sizes each need group from a forecast total, and what it gives.
public struct NeedGroupPlan: Sendable, Codable, Equatable {
  /// The rule in plain words.
  public var rule: String
  /// The group that takes the rest of the total (the largest share of the mix).
  public var remainderGroup: String
  /// Every group's level in every plan year, years in order, groups in the scenario's order.
  public var levels: [NeedGroupLevel]
  /// Per plan year: all groups' children together.
  public var totalChildren: [Int: Double]
  /// Per plan year: the share of simulated years in which all the children to place stay at or below
  /// ``totalChildren`` (the total's planned quantile unless the remainder group's floor binds).
  public var totalEnoughShare: [Int: Double]

  /// Creates a record.
  public init(
    rule: String, remainderGroup: String, levels: [NeedGroupLevel], totalChildren: [Int: Double],
    totalEnoughShare: [Int: Double]
  ) {
    self.rule = rule
    self.remainderGroup = remainderGroup
    self.levels = levels
    self.totalChildren = totalChildren
    self.totalEnoughShare = totalEnoughShare
  }

  /// The children planned for one group in one year.
  public func children(year: Int, need: String) -> Double? {
    levels.first { $0.year == year && $0.needGroup == need }?.children
  }
}

/// What the report's risk section shows beside the plan: the spread of a seeded demand sweep (each draw re-solved)
/// and the plan re-solved with one assumption changed at a time.
public struct RiskAnalysis: Sendable, Equatable {
  /// The 10th, 50th and 90th percentiles of one figure in one plan year over the sweep's draws.
  public struct Spread: Sendable, Equatable {
    public var year: Int
    public var p10: Double
    public var p50: Double
    public var p90: Double

    /// A spread for `year`.
    public init(year: Int, p10: Double, p50: Double, p90: Double) {
      self.year = year
      self.p10 = p10
      self.p50 = p50
      self.p90 = p90
    }
  }

  /// The plan re-solved with one assumption changed.
  public struct Sensitivity: Sendable, Equatable {
    /// The assumption ("Carer attrition").
    public var assumption: String
    /// The change, stated ("11% a year to 14%").
    public var change: String
    /// A few words for a chart's axis ("Attrition +3 points").
    public var shortLabel: String
    /// Total cost over the plan with the change (£).
    public var totalCost: Double
    /// Households to recruit over the plan with the change.
    public var householdsToRecruit: Double

    /// A re-solved variant.
    public init(
      assumption: String, change: String, shortLabel: String, totalCost: Double, householdsToRecruit: Double
    ) {
      self.assumption = assumption
      self.change = change
      self.shortLabel = shortLabel
      self.totalCost = totalCost
      self.householdsToRecruit = householdsToRecruit
    }
  }

  /// How many demand draws the sweep solved.
  public var draws: Int
  /// The sweep's seed (the same seed gives the same draws and the same report).
  public var seed: UInt64
  /// The spread (sigma) of the random demand factor for given, not forecast, demand.
  public var noise: Double
  /// Spending by year (£).
  public var cost: [Spread]
  /// Households approved by year.
  public var recruits: [Spread]
  /// Unmet need and last-resort placements by year (placement-years).
  public var gap: [Spread]
  /// Emergency beds held vacant by year.
  public var emergencyBedsHeld: [Spread]
  /// Total cost over the plan: P10, P50, P90 (£).
  public var totalCost: Spread
  /// Households to recruit over the plan: P10, P50, P90.
  public var totalRecruits: Spread
  /// The re-solved variants, in the order shown.
  public var sensitivities: [Sensitivity]

  /// A risk analysis from a sweep's spreads and re-solved variants.
  public init(
    draws: Int, seed: UInt64, noise: Double, cost: [Spread], recruits: [Spread], gap: [Spread],
    emergencyBedsHeld: [Spread],
    totalCost: Spread, totalRecruits: Spread, sensitivities: [Sensitivity]
  ) {
    self.draws = draws
    self.seed = seed
    self.noise = noise
    self.cost = cost
    self.recruits = recruits
    self.gap = gap
    self.emergencyBedsHeld = emergencyBedsHeld
    self.totalCost = totalCost
    self.totalRecruits = totalRecruits
    self.sensitivities = sensitivities
  }
}

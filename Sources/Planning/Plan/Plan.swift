/// A solved placement plan: what to buy, recruit and hold, what it costs, what is left unmet, and what binds.
///
/// Every number is rounded (placements to 4 decimals, money to pence) so outputs are stable, and every list is in
/// a fixed order (year, then scenario order), so the same input always gives the same bytes.
public struct Plan: Sendable, Codable, Equatable {
  public var scenarioName: String
  /// The fingerprint of the scenario and its tables.
  public var scenarioHash: String
  public var baseYear: Int
  public var planYears: [Int]
  public var solver: SolverReport
  /// How demand was obtained, per authority.
  public var demandProvenance: [String: String]
  /// The forecasts behind forecast demand, by authority ID.
  public var forecasts: [String: DemandForecast]
  public var totals: PlanTotals
  public var years: [YearSummary]
  public var placements: [PlacementLine]
  public var recruitment: [RecruitmentLine]
  public var budget: [BudgetLine]
  public var gap: [GapLine]
  public var emergency: [EmergencyLine]
  public var openings: [CapacityDecisionLine]
  public var shadowPrices: [ShadowPrice]
  public var warnings: [String]
}

/// How the solver finished.
public struct SolverReport: Sendable, Codable, Equatable {
  public var backend: String
  public var termination: String
  public var rawStatus: String
  /// The optimal objective: total cost plus penalties (£ over the horizon).
  public var objective: Double
  public var isMixedInteger: Bool
  public var variables: Int
  public var constraints: Int
}

/// Headline figures over the whole horizon.
public struct PlanTotals: Sendable, Codable, Equatable {
  /// Spending over the horizon (£), excluding penalties.
  public var totalCost: Double
  /// The same demand bought in the status-quo mix (£); `nil` without a status-quo mix.
  public var statusQuoCost: Double?
  /// Status-quo cost minus plan cost (£); `nil` without a status-quo mix. The status quo prices placements only,
  /// so this all-in figure counts the plan's recruitment, retainers and new units against it.
  public var saving: Double?
  /// The plan's spending on placements alone (weekly prices × 52.14), like for like with the status quo (£).
  public var placementCost: Double
  /// Status-quo cost minus the plan's placement cost (£); `nil` without a status-quo mix.
  public var placementSaving: Double?
  /// Households to approve over the horizon.
  public var householdsToRecruit: Double
  /// Unmet need, in placement-years.
  public var unmetPlacementYears: Double
  /// Last-resort (unregistered or hotel) use, in placement-years.
  public var lastResortPlacementYears: Double
  /// The most emergency beds to hold in any year.
  public var peakEmergencyBeds: Int
}

/// One plan year at a glance.
public struct YearSummary: Sendable, Codable, Equatable {
  public var year: Int
  public var demand: Double
  public var placed: Double
  public var lastResort: Double
  public var unmet: Double
  /// Spending in the year (£).
  public var annualCost: Double
  /// Spending by item (£), such as placements, recruitment, emergency retainers.
  public var costByItem: [String: Double]
  public var budgetCeiling: Double?
  /// The share of placements (excluding last resort) more than 20 road miles from home.
  public var shareOver20Miles: Double
  /// The share of fostering placements that are in-house.
  public var inHouseFosteringShare: Double?
  /// Fostering placements by which the in-house share target is missed (0 when met or not set).
  public var inHouseShareShortfall: Double
  public var householdsAtYearEnd: Double
}

/// Children of one need group from one home area placed with one provider in one year.
public struct PlacementLine: Sendable, Codable, Equatable {
  public var year: Int
  public var needGroup: String
  public var homeArea: String
  public var provider: String
  public var providerName: String
  public var provisionType: String
  public var tier: PlacementTier
  public var placements: Double
  public var roadMiles: Double
  public var weeklyPrice: Double
  public var annualCost: Double
}

/// In-house recruitment in one area and year.
public struct RecruitmentLine: Sendable, Codable, Equatable {
  public var year: Int
  public var area: String
  public var areaName: String
  public var householdsToApprove: Double
  public var householdsAtYearEnd: Double
  /// Usable in-house places in the year.
  public var usablePlaces: Double
  public var placementsMade: Double
  public var recruitmentCost: Double
}

/// Spending on one provision type in one year, beside the status-quo mix.
public struct BudgetLine: Sendable, Codable, Equatable {
  public var year: Int
  public var provisionType: String
  public var provisionName: String
  public var placements: Double
  /// Average weekly price per placement (£).
  public var weeklyCostPerPlacement: Double
  /// Weekly prices × 52.14 (£).
  public var placementCost: Double
  /// Mileage, recruitment, household support, retainers, fixed and block costs (£).
  public var otherCost: Double
  public var annualCost: Double
  public var statusQuoPlacements: Double?
  public var statusQuoAnnualCost: Double?
}

/// Unmet need and last-resort use for one need group in one year.
public struct GapLine: Sendable, Codable, Equatable {
  public var year: Int
  public var needGroup: String
  public var demand: Double
  public var placed: Double
  public var lastResort: Double
  public var unmet: Double
}

/// Emergency capacity in one year.
public struct EmergencyLine: Sendable, Codable, Equatable {
  public var year: Int
  public var arrivals: Double
  public var meanStayWeeks: Double
  /// Arrivals × mean stay, in beds.
  public var offeredLoad: Double
  public var blockingTarget: Double
  /// Beds to hold (Erlang B).
  public var bedsNeeded: Int
  /// The blocking probability with that many beds.
  public var blockingWithBeds: Double
  /// Beds held vacant at emergency-capable providers.
  public var bedsHeldVacant: Double
  /// Emergency-group placements in emergency-capable beds.
  public var emergencyPlacements: Double
  public var shortfall: Double
  public var retainerCost: Double
  /// Held beds by provider.
  public var heldByProvider: [String: Double]
}

/// A whole-number capacity decision: units opened or block beds contracted.
public struct CapacityDecisionLine: Sendable, Codable, Equatable {
  public var year: Int
  public var provider: String
  public var decision: CapacityDecisionKind
  public var amount: Double
  public var annualCost: Double
}

/// What one more unit of a resource is worth, from the LP duals.
public struct ShadowPrice: Sendable, Codable, Equatable {
  public var year: Int
  public var kind: ShadowPriceKind
  /// The area or provider ID, or the policy's key (`budget_2019`, `share_over_20_miles`, …).
  public var subject: String
  /// What the subject is called: the area or provider's name, or the policy in words ("Yearly budget"). Not written
  /// to plan.json (which names areas and providers elsewhere); read back as the subject.
  public var subjectName: String
  /// The yearly saving from one more unit (£); negative means one more unit of the requirement costs money.
  public var annualSaving: Double
  public var binding: Bool
  public var explanation: String

  /// Makes a shadow price.
  public init(
    year: Int, kind: ShadowPriceKind, subject: String, subjectName: String, annualSaving: Double, binding: Bool,
    explanation: String
  ) {
    self.year = year
    self.kind = kind
    self.subject = subject
    self.subjectName = subjectName
    self.annualSaving = annualSaving
    self.binding = binding
    self.explanation = explanation
  }

  private enum CodingKeys: String, CodingKey {
    case year, kind, subject, annualSaving, binding, explanation
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    year = try container.decode(Int.self, forKey: .year)
    kind = try container.decode(ShadowPriceKind.self, forKey: .kind)
    subject = try container.decode(String.self, forKey: .subject)
    subjectName = subject
    annualSaving = try container.decode(Double.self, forKey: .annualSaving)
    binding = try container.decode(Bool.self, forKey: .binding)
    explanation = try container.decode(String.self, forKey: .explanation)
  }
}

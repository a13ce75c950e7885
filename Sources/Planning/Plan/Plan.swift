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
  public var forecasts: [String: PlanForecast]
  public var totals: PlanTotals
  public var years: [YearSummary]
  public var placements: [PlacementLine]
  /// Placements per year, council and provision type: those running on, and the new placements the plan makes.
  public var flows: [PlacementFlowLine] = []
  /// Planned moves of settled children (step-downs) per year, council and move.
  public var moves: [PlannedMoveLine] = []
  /// Sibling groups per year and council: children to be placed together, those in sibling places, the gap.
  public var siblings: [SiblingLine] = []
  /// Each need group's age band (`under_16`, `16_17`, `any`), by need group ID.
  public var ageBands: [String: String] = [:]
  public var recruitment: [RecruitmentLine]
  public var budget: [BudgetLine]
  public var gap: [GapLine]
  public var emergency: [EmergencyLine]
  public var openings: [CapacityDecisionLine]
  public var shadowPrices: [ShadowPrice]
  public var warnings: [String]
  /// What the plan was made for (names, places, policies, assumptions), so its report needs nothing else; not
  /// written to `plan.json`.
  public var setting = PlanSetting()

  /// The fields `plan.json` holds: all but ``setting``.
  private enum CodingKeys: String, CodingKey {
    case scenarioName, scenarioHash, baseYear, planYears, solver, demandProvenance, forecasts, totals, years
    case placements, flows, moves, siblings, ageBands, recruitment, budget, gap, emergency, openings, shadowPrices
    case warnings
  }
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
  /// Spending over the horizon (£, at the prices of ``priceBaseYear``), excluding penalties.
  public var totalCost: Double
  /// The financial year (ending 31 March) whose prices the constant-price figures are at.
  public var priceBaseYear: Int = 0
  /// Spending over the horizon in cash (£): the sum of the years' ``YearSummary/annualCostCash``.
  public var totalCostCash: Double = 0
  /// The status quo's spending over the horizon (£): the status quo solved as its own plan (see
  /// ``StatusQuoSummary``), every item as in ``totalCost``; `nil` without a status-quo mix.
  public var statusQuoCost: Double?
  /// Status-quo cost minus plan cost (£): what the plan saves against carrying on as today, both solved under the
  /// same rules; `nil` without a status-quo mix. Read it beside the unmet need of each.
  public var saving: Double?
  /// The plan's spending on placement fees alone (weekly prices × 52.14, £).
  public var placementCost: Double
  /// The status quo's placement fees minus the plan's (£); `nil` without a status-quo mix.
  public var placementSaving: Double?
  /// Households to approve over the horizon.
  public var householdsToRecruit: Double
  /// Unmet need, in placement-years.
  public var unmetPlacementYears: Double
  /// Last-resort (unregistered or hotel) use, in placement-years.
  public var lastResortPlacementYears: Double
  /// The most emergency beds to hold in any year.
  public var peakEmergencyBeds: Int
  /// Emergency beds needed but not secured, summed over the years (bed-years). Unmet need like
  /// ``unmetPlacementYears``: the children it stands for would find no emergency bed.
  public var emergencyBedShortfall: Double = 0
  /// Households the status quo approves over the horizon; `nil` without a status quo.
  public var statusQuoHouseholdsToRecruit: Double?
  /// Need the status quo leaves unmet (placement-years); `nil` without a status quo.
  public var statusQuoUnmetPlacementYears: Double?
  /// The status quo's last-resort use (placement-years); `nil` without a status quo.
  public var statusQuoLastResortPlacementYears: Double?
  /// Emergency beds the status quo leaves short (bed-years); `nil` without a status quo.
  public var statusQuoEmergencyBedShortfall: Double?
}

/// One plan year at a glance. In every table of the plan, `year` is the year ending 31 March (2026 is 2025-26).
public struct YearSummary: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var demand: Double
  public var placed: Double
  public var lastResort: Double
  public var unmet: Double
  /// Spending in the year (£, constant prices).
  public var annualCost: Double
  /// Spending in the year in cash (£): the sum of the year's budget lines' ``BudgetLine/annualCostCash``.
  public var annualCostCash: Double = 0
  /// Spending by item (£), such as placements, recruitment, emergency retainers: each the sum of the year's budget
  /// lines for that item, and ``annualCost`` their sum.
  public var costByItem: [String: Double]
  public var budgetCeiling: Double?
  /// The share of placements (excluding last resort) more than 20 road miles from home.
  public var shareOver20Miles: Double
  /// The share of fostering placements that are in-house.
  public var inHouseFosteringShare: Double?
  /// Fostering placements by which the in-house share target is missed (0 when met or not set).
  public var inHouseShareShortfall: Double
  public var householdsAtYearEnd: Double
  /// Emergency beds needed but not secured (0 without emergency demand); unmet need in beds.
  public var emergencyBedShortfall: Double = 0
}

/// Children of one need group from one home area placed with one provider in one year.
public struct PlacementLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var needGroup: String
  public var homeArea: String
  public var provider: String
  public var providerName: String
  public var provisionType: String
  public var tier: PlacementTier
  public var placements: Double
  public var roadMiles: Double
  public var weeklyPrice: Double
  /// Weekly price × 52.14 × placements (£ a year, pence).
  public var feeCost: Double = 0
  /// Mileage (travel and contact) cost per placement-mile × miles × placements (£ a year, pence).
  public var mileageCost: Double = 0
  /// ``feeCost`` + ``mileageCost``.
  public var annualCost: Double
}

/// In-house recruitment in one area and year.
public struct RecruitmentLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var area: String
  public var areaName: String
  public var householdsToApprove: Double
  public var householdsAtYearEnd: Double
  /// Usable in-house places in the year for looked-after children (after care leavers staying put).
  public var usablePlaces: Double
  /// Care leavers aged 18 or over staying put with the area's carers, on an average day.
  public var stayingPut: Double = 0
  public var placementsMade: Double
  /// Of the placements made, children of sibling groups in the carers' sibling places (households approved for
  /// siblings).
  public var siblingPlacesUsed: Double = 0
  public var recruitmentCost: Double
}

/// Spending on one provision type in one year, beside the status-quo mix. Every pound figure is pence-rounded once
/// (the sum of the plan's placement lines or cost decisions it covers), ``otherCost`` is the sum of the lines after
/// fees and ``annualCost`` is ``placementCost`` + ``otherCost``.
public struct BudgetLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var provisionType: String
  public var provisionName: String
  /// The section 251 line the spending is reported under.
  public var s251Line: S251Line = .otherLookedAfterServices
  public var placements: Double
  /// Average weekly fee per placement (£): placement-weighted mean of the weekly prices paid.
  public var weeklyCostPerPlacement: Double
  /// Placement fees: weekly prices × 52.14 (£).
  public var placementCost: Double
  /// Travel and contact costs per placement-mile (£).
  public var mileage: Double = 0
  /// Recruiting and approving in-house foster carers (£).
  public var recruitment: Double = 0
  /// Supporting approved in-house households, whether or not a child is placed (£).
  public var householdSupport: Double = 0
  /// Retainers for emergency beds held vacant (£).
  public var emergencyRetainers: Double = 0
  /// Running costs of newly opened units (£).
  public var newUnitRunningCosts: Double = 0
  /// Block-contracted beds, paid whether used or not (£).
  public var blockContracts: Double = 0
  /// Planned moves out of this provision type (step-downs): matching, transition and support (£).
  public var plannedMoves: Double = 0
  /// Mileage, recruitment, household support, retainers, new units, block contracts and planned moves (£): their
  /// sum.
  public var otherCost: Double
  /// ``placementCost`` + ``otherCost`` (£, constant prices).
  public var annualCost: Double
  /// Cash ÷ constant prices for this provision type in this year (the uplift compounded from the price base).
  public var cashFactor: Double = 1
  /// ``annualCost`` × ``cashFactor``, rounded to the penny (£, cash).
  public var annualCostCash: Double = 0
  public var statusQuoPlacements: Double?
  public var statusQuoAnnualCost: Double?
}

/// Unmet need and last-resort use for one need group in one year.
public struct GapLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var needGroup: String
  public var demand: Double
  public var placed: Double
  public var lastResort: Double
  public var unmet: Double
}

/// Emergency capacity in one year.
public struct EmergencyLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var arrivals: Double
  public var meanStayWeeks: Double
  /// Arrivals × mean stay, in beds.
  public var offeredLoad: Double
  public var blockingTarget: Double
  /// Beds to hold (Erlang B): the fewest that meet the blocking target.
  public var bedsNeeded: Int
  /// The blocking probability with ``bedsNeeded`` beds (at or below the target).
  public var blockingWithBedsNeeded: Double
  /// Beds held vacant at emergency-capable providers.
  public var bedsHeldVacant: Double
  /// Emergency-group placements in emergency-capable beds.
  public var emergencyPlacements: Double
  /// Beds the plan secures: held vacant plus emergency placements in emergency-capable beds.
  public var bedsSecured: Double
  /// The blocking probability with the whole beds secured (a part bed takes no child): the share of emergency
  /// arrivals the plan leaves without a bed.
  public var blockingWithBedsSecured: Double
  /// Beds needed but not secured: unmet need, in beds.
  public var shortfall: Double
  /// Retainers for the beds held vacant (£ a year).
  public var retainerCost: Double
  /// Held beds by provider.
  public var heldByProvider: [String: Double]
}

/// A whole-number capacity decision: units opened or block beds contracted.
public struct CapacityDecisionLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var provider: String
  public var decision: CapacityDecisionKind
  public var amount: Double
  public var annualCost: Double
}

/// What one more unit of a resource or policy limit is worth, measured by re-solving the plan with more of it (see
/// ``ShadowPriceKind/unitName`` for the unit). Pounds are only ever real spending; need met and a target missed
/// less are counted in children and placements, never priced at the penalties that drive the solver.
public struct ShadowPrice: Sendable, Codable, Equatable {
  /// The year ending 31 March.
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var kind: ShadowPriceKind
  /// The area or provider ID, or the policy's key (`budget_2019`, `share_over_20_miles`, …).
  public var subject: String
  /// What the subject is called: the area or provider's name, or the policy in words ("Yearly budget"). Not written
  /// to plan.json (which names areas and providers elsewhere); read back as the subject.
  public var subjectName: String
  /// Real spending over the plan saved by one more unit (£); negative when one more unit makes spending rise (as it
  /// does when it lets more children be placed). Never a penalty.
  public var saving: Double
  /// Children placed (placement-years of need met, or emergency beds secured, that would otherwise be unmet) by one
  /// more unit.
  public var needMet: Double
  /// Placements by which the in-house fostering share target is missed less with one more unit.
  public var shareShortfallCut: Double
  /// What the value comes from: real spending, or need or a target the plan otherwise misses.
  public var drivenBy: ShadowPriceDriver
  /// Up to how many more units the per-unit values hold (tried at 1, 2, 4, 8 and 16 units; 16 means at least 16);
  /// `nil` when nothing binds.
  public var holdsForUnits: Double?
  public var binding: Bool
  public var explanation: String

  /// Makes a shadow price.
  public init(
    year: Int, kind: ShadowPriceKind, subject: String, subjectName: String, saving: Double, needMet: Double = 0,
    shareShortfallCut: Double = 0, drivenBy: ShadowPriceDriver = .spending, holdsForUnits: Double? = nil,
    binding: Bool, explanation: String
  ) {
    self.year = year
    self.financialYear = FinancialYear.label(year)
    self.kind = kind
    self.subject = subject
    self.subjectName = subjectName
    self.saving = saving
    self.needMet = needMet
    self.shareShortfallCut = shareShortfallCut
    self.drivenBy = drivenBy
    self.holdsForUnits = holdsForUnits
    self.binding = binding
    self.explanation = explanation
  }

  private enum CodingKeys: String, CodingKey {
    case year, financialYear, kind, subject, saving, needMet, shareShortfallCut, drivenBy, holdsForUnits, binding
    case explanation
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    year = try container.decode(Int.self, forKey: .year)
    financialYear = try container.decodeIfPresent(String.self, forKey: .financialYear) ?? FinancialYear.label(year)
    kind = try container.decode(ShadowPriceKind.self, forKey: .kind)
    subject = try container.decode(String.self, forKey: .subject)
    subjectName = subject
    saving = try container.decode(Double.self, forKey: .saving)
    needMet = try container.decode(Double.self, forKey: .needMet)
    shareShortfallCut = try container.decode(Double.self, forKey: .shareShortfallCut)
    drivenBy = try container.decode(ShadowPriceDriver.self, forKey: .drivenBy)
    holdsForUnits = try container.decodeIfPresent(Double.self, forKey: .holdsForUnits)
    binding = try container.decode(Bool.self, forKey: .binding)
    explanation = try container.decode(String.self, forKey: .explanation)
  }
}

/// What a shadow price's value comes from.
public enum ShadowPriceDriver: String, Sendable, Codable, CaseIterable {
  /// Cheaper provision displaces dearer: the value is real money saved.
  case spending
  /// Need that would otherwise go unmet (or emergency beds that would be short) is met: the value is in children.
  case unmetNeed = "unmet_need"
  /// The in-house fostering share target is missed less: the value is in placements.
  case inHouseShareTarget = "in_house_share_target"
  /// It binds but was not re-solved (a large programme) while a penalty is active, so no value is given: its dual
  /// mixes spending with penalties.
  case notMeasured = "not_measured"
}

/// The status quo solved as its own plan (``PlanFormulation/Variant/statusQuo``): the same demand, capacities,
/// distance limits and placements that run on, with recruitment at the base year's rate, no unit opened, no bed
/// block-contracted and today's in-house share of fostering. Every saving the plan quotes is this plan's cost
/// less the plan's, so both sides are feasible plans under the same rules, and the need each leaves unmet is
/// shown beside the saving.
public struct StatusQuoSummary: Sendable, Equatable {
  /// A provision type in a year.
  public struct TypeYear: Sendable, Hashable {
    public var provisionType: String
    public var year: Int
  }

  /// Placements by provision type and year (average children placed).
  public var placements: [TypeYear: Double]
  /// Spending by provision type and year (£, constant prices, pence): the same items as the plan's budget lines.
  public var annualCost: [TypeYear: Double]
  /// Spending on placement fees alone over the horizon (£, pence).
  public var placementCost: Double
  /// Need left unmet, in placement-years.
  public var unmetPlacementYears: Double
  /// Last-resort (unregistered or hotel) use, in placement-years.
  public var lastResortPlacementYears: Double
  /// Emergency beds needed but not secured, in bed-years.
  public var emergencyBedShortfall: Double
  /// Households approved over the horizon.
  public var householdsToRecruit: Double
}

extension PlanInterpreter {
  /// Summarises a solved status-quo programme for the comparison in the plan's budget and totals.
  func statusQuoSummary() -> StatusQuoSummary {
    let pools = PoolAllocation(formulation: formulation, primal: primal)
    let placements = placementLines(pools)
    let ledger = CostLedger(formulation: formulation, primal: primal, placements: placements)
    let gap = gapLines()
    let emergency = emergencyLines(pools, ledger: ledger)
    var counts: [StatusQuoSummary.TypeYear: Double] = [:]
    for line in placements {
      counts[StatusQuoSummary.TypeYear(provisionType: line.provisionType, year: line.year), default: 0] +=
        line.placements
    }
    var costs: [StatusQuoSummary.TypeYear: Double] = [:]
    var placementCost = 0.0
    for year in scenario.planYears {
      for type in scenario.provisionTypes {
        let key = StatusQuoSummary.TypeYear(provisionType: type.id.rawValue, year: year)
        let amount = ledger.annualCost(year: year, provisionType: type.id.rawValue)
        if amount != 0 { costs[key] = amount }
        placementCost = Rounding.money(
          placementCost + ledger.amount(year: year, provisionType: type.id.rawValue, item: .placements))
      }
    }
    return StatusQuoSummary(
      placements: counts.mapValues(Rounding.count), annualCost: costs, placementCost: placementCost,
      unmetPlacementYears: Rounding.count(gap.reduce(0) { $0 + $1.unmet }),
      lastResortPlacementYears: Rounding.count(gap.reduce(0) { $0 + $1.lastResort }),
      emergencyBedShortfall: Rounding.count(emergency.reduce(0) { $0 + $1.shortfall }),
      householdsToRecruit: Rounding.count(recruitmentLines().reduce(0) { $0 + $1.householdsToApprove }))
  }
}

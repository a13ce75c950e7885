import LinearProgramming
import PlacementDomain
import Statistics

/// Turns a solved ``PlanFormulation`` into a ``Plan``: placements, recruitment, budgets, the gap, emergency
/// capacity and shadow prices.
public struct PlanInterpreter: Sendable {
  public let formulation: PlanFormulation
  /// The primal solution (of the MIP, where there are whole-number decisions).
  public let primal: Solution
  /// A solution with duals: the LP itself, or the LP with whole-number decisions fixed; `nil` if none.
  public let dual: Solution?
  /// What one more unit of each resource that may bind does, from re-solves (see ``ShadowPriceReport``); without
  /// them every shadow price reads as not binding.
  var shadowPriceEffects: [ShadowPriceProbe.Target: ShadowPriceProbe.Effect] = [:]
  /// The status quo solved as its own plan, for the budget's comparison; `nil` without one.
  var statusQuo: StatusQuoSummary?

  /// Creates an interpreter.
  public init(formulation: PlanFormulation, primal: Solution, dual: Solution?) {
    self.formulation = formulation
    self.primal = primal
    self.dual = dual
  }

  var scenario: Scenario { formulation.scenario }
  func value(_ variable: VariableID) -> Double { primal.value(of: variable) }

  /// Builds the plan.
  public func plan(scenarioHash: String, backend: String, warnings: [String]) -> Plan {
    let years = scenario.planYears
    let pools = PoolAllocation(formulation: formulation, primal: primal)
    let placements = placementLines(pools)
    let ledger = CostLedger(formulation: formulation, primal: primal, placements: placements)
    let recruitment = recruitmentLines()
    let gap = gapLines()
    let siblings = siblingLines()
    let emergency = emergencyLines(pools, ledger: ledger)
    let budget = budgetLines(placements: placements, ledger: ledger)
    let placementsByYear = Dictionary(grouping: placements, by: \.year)
    let gapByYear = Dictionary(grouping: gap, by: \.year)
    let recruitmentByYear = Dictionary(grouping: recruitment, by: \.year)
    let shortfallByYear = Dictionary(emergency.map { ($0.year, $0.shortfall) }, uniquingKeysWith: +)
    let cashByYear = Dictionary(grouping: budget, by: \.year).mapValues { lines in
      lines.reduce(0) { Rounding.money($0 + $1.annualCostCash) }
    }
    let yearSummaries = years.map { year in
      yearSummary(
        year, placements: placementsByYear[year] ?? [], gap: gapByYear[year] ?? [],
        recruitment: recruitmentByYear[year] ?? [], costByItem: ledger.byItem(year: year),
        emergencyShortfall: shortfallByYear[year] ?? 0, annualCostCash: cashByYear[year] ?? 0)
    }
    let totalCost = yearSummaries.reduce(0) { Rounding.money($0 + $1.annualCost) }
    let totalCostCash = yearSummaries.reduce(0) { Rounding.money($0 + $1.annualCostCash) }
    let statusQuoCost: Double? =
      statusQuo == nil ? nil : budget.reduce(0) { Rounding.money($0 + ($1.statusQuoAnnualCost ?? 0)) }
    let placementCost = yearSummaries.reduce(0) {
      Rounding.money($0 + ($1.costByItem[CostItem.placements.rawValue] ?? 0))
    }
    let totals = PlanTotals(
      totalCost: Rounding.money(totalCost), priceBaseYear: scenario.prices.baseYear, totalCostCash: totalCostCash,
      statusQuoCost: statusQuoCost.map(Rounding.money),
      saving: statusQuoCost.map { Rounding.money($0 - totalCost) }, placementCost: Rounding.money(placementCost),
      placementSaving: statusQuo.map { Rounding.money($0.placementCost - placementCost) },
      householdsToRecruit: Rounding.count(recruitment.reduce(0) { $0 + $1.householdsToApprove }),
      unmetPlacementYears: Rounding.count(gap.reduce(0) { $0 + $1.unmet }),
      lastResortPlacementYears: Rounding.count(gap.reduce(0) { $0 + $1.lastResort }),
      peakEmergencyBeds: emergency.map(\.bedsNeeded).max() ?? 0,
      emergencyBedShortfall: Rounding.count(emergency.reduce(0) { $0 + $1.shortfall }),
      statusQuoHouseholdsToRecruit: statusQuo?.householdsToRecruit,
      statusQuoUnmetPlacementYears: statusQuo?.unmetPlacementYears,
      statusQuoLastResortPlacementYears: statusQuo?.lastResortPlacementYears,
      statusQuoEmergencyBedShortfall: statusQuo?.emergencyBedShortfall)
    let report = ShadowPriceReport(formulation: formulation, primal: primal, dual: dual)
    let shadowPrices = report.prices(effects: shadowPriceEffects)
    let unmeasured = shadowPrices.filter { $0.binding && $0.holdsForUnits == nil }.count
    let shadowPriceWarnings =
      unmeasured == 0
      ? []
      : [
        "\(unmeasured) of the shadow prices that bind were not planned again (the programme is large, or a re-solve"
          + " failed): they are the solver's duals where no penalty is active, and not valued otherwise."
      ]
    var provenance: [String: String] = [:]
    for (authority, text) in formulation.demand.provenance { provenance[authority.rawValue] = text }
    return Plan(
      scenarioName: scenario.name, scenarioHash: scenarioHash, baseYear: scenario.baseYear, planYears: years,
      solver: SolverReport(
        backend: backend, termination: primal.termination.rawValue, rawStatus: primal.rawStatus,
        objective: Rounding.money(primal.objectiveValue ?? 0), isMixedInteger: formulation.program.hasIntegerVariables,
        variables: formulation.program.variables.count, constraints: formulation.program.constraints.count),
      demandProvenance: provenance, forecasts: formulation.demand.forecasts, totals: totals, years: yearSummaries,
      placements: Self.labelled(placements), flows: Self.labelled(flowLines(placements: placements)),
      moves: Self.labelled(moveLines()), siblings: Self.labelled(siblings),
      ageBands: Dictionary(
        scenario.needGroups.map { ($0.id.rawValue, $0.ageBand.rawValue) }, uniquingKeysWith: { first, _ in first }),
      recruitment: Self.labelled(recruitment), budget: Self.labelled(budget), gap: Self.labelled(gap),
      emergency: Self.labelled(emergency), openings: Self.labelled(capacityDecisions()),
      shadowPrices: shadowPrices,
      warnings: warnings + baseStockWarnings() + stayingPutWarnings()
        + siblingAndAgeWarnings(siblings: siblings, gap: gap)
        + shadowPriceWarnings,
      setting: PlanSetting(scenario))
  }

  func placementLines(_ pools: PoolAllocation) -> [PlacementLine] {
    var lines: [PlacementLine] = []
    let mileCost = scenario.distance.annualCostPerPlacementMile
    for (index, placement) in formulation.placements.enumerated() {
      let total = value(placement.variable)
      guard total > 1e-7 else { continue }
      for (siteIndex, amount) in pools.placementShares[index] ?? [(placement.siteIndex, total)] where amount > 1e-7 {
        let site = formulation.site(siteIndex)
        let fee = Rounding.money(amount * placement.weeklyPrice * Units.weeksPerYear)
        let mileage = Rounding.money(amount * mileCost * placement.roadMiles)
        lines.append(
          PlacementLine(
            year: placement.year, needGroup: placement.need.rawValue, homeArea: placement.area.rawValue,
            provider: site.key, providerName: site.name, provisionType: site.provisionType.rawValue,
            tier: placement.tier, placements: Rounding.count(amount),
            roadMiles: Rounding.count(placement.roadMiles), weeklyPrice: Rounding.money(placement.weeklyPrice),
            feeCost: fee, mileageCost: mileage, annualCost: Rounding.money(fee + mileage)))
      }
    }
    return lines
  }

  func recruitmentLines() -> [RecruitmentLine] {
    var lines: [RecruitmentLine] = []
    var placedAtSite: [PlanFormulation.SiteYear: Double] = [:]
    for placement in formulation.placements where formulation.inHouseSupplyAtSite[placement.siteIndex] != nil {
      placedAtSite[PlanFormulation.SiteYear(siteIndex: placement.siteIndex, year: placement.year), default: 0] +=
        value(placement.variable)
    }
    for year in scenario.planYears {
      for (siteIndex, supply) in formulation.inHouseSupplyAtSite.enumerated() {
        guard let supply else { continue }
        let key = PlanFormulation.AreaYear(area: supply.area, year: year)
        guard let recruit = formulation.recruits[key], let stock = formulation.households[key] else { continue }
        let siteKey = PlanFormulation.SiteYear(siteIndex: siteIndex, year: year)
        let used = placedAtSite[siteKey] ?? 0
        let held = formulation.held[siteKey].map(value) ?? 0
        let capacity =
          formulation.capacityRows[siteKey].map { row -> Double in
            // usable places = right-hand side − (non-placement terms), i.e. the row's slack + what is used.
            let rightHandSide = formulation.program[row].sense.upperBound ?? 0
            return rightHandSide - (primal.activity(of: row) - used - held)
          } ?? 0
        lines.append(
          RecruitmentLine(
            year: year, area: supply.area.rawValue, areaName: scenario.area(supply.area)?.name ?? supply.area.rawValue,
            householdsToApprove: Rounding.count(value(recruit)), householdsAtYearEnd: Rounding.count(value(stock)),
            usablePlaces: Rounding.count(capacity),
            stayingPut: Rounding.count(
              (formulation.stayingPut[key] ?? 0) - (formulation.stayingPutShortfall[key].map(value) ?? 0)),
            placementsMade: Rounding.count(used),
            siblingPlacesUsed: Rounding.count(siblingPlacesUsed(siteIndex: siteIndex, year: year)),
            recruitmentCost: Rounding.money(value(recruit) * supply.recruitmentCost)))
      }
    }
    return lines
  }

  func gapLines() -> [GapLine] {
    struct Key: Hashable {
      var year: Int
      var need: NeedGroupID
    }
    var placed: [Key: Double] = [:]
    var lastResort: [Key: Double] = [:]
    var unmet: [Key: Double] = [:]
    for placement in formulation.placements {
      let key = Key(year: placement.year, need: placement.need)
      let amount = value(placement.variable)
      placed[key, default: 0] += amount
      if formulation.site(placement.siteIndex).category == .lastResort { lastResort[key, default: 0] += amount }
    }
    // In a fixed order (dictionary order varies between runs, and so would the last bit of each sum).
    let unmetInOrder = formulation.unmet.sorted {
      ($0.key.year, $0.key.need.rawValue, $0.key.area.rawValue) < (
        $1.key.year, $1.key.need.rawValue, $1.key.area.rawValue
      )
    }
    for (key, variable) in unmetInOrder { unmet[Key(year: key.year, need: key.need), default: 0] += value(variable) }
    var lines: [GapLine] = []
    for year in scenario.planYears {
      for need in scenario.needGroups {
        let demand = scenario.areas.reduce(0) {
          $0 + formulation.demand.demand(year: year, area: $1, need: need.id, in: scenario)
        }
        guard demand > 0 else { continue }
        let key = Key(year: year, need: need.id)
        lines.append(
          GapLine(
            year: year, needGroup: need.id.rawValue, demand: Rounding.count(demand),
            placed: Rounding.count(placed[key] ?? 0), lastResort: Rounding.count(lastResort[key] ?? 0),
            unmet: Rounding.count(unmet[key] ?? 0)))
      }
    }
    return lines
  }

  func emergencyLines(_ pools: PoolAllocation, ledger: CostLedger) -> [EmergencyLine] {
    guard let emergency = scenario.emergency else { return [] }
    let emergencyNeeds = Set(scenario.needGroups.filter(\.isEmergency).map(\.id))
    var placedByYear: [Int: Double] = [:]
    for placement in formulation.placements
    where emergencyNeeds.contains(placement.need) && formulation.site(placement.siteIndex).isEmergencyCapable
      && formulation.site(placement.siteIndex).category != .lastResort
    {
      placedByYear[placement.year, default: 0] += value(placement.variable)
    }
    let heldByYear = Dictionary(grouping: formulation.held, by: \.key.year)
    return scenario.planYears.map { year in
      let beds = formulation.emergencyBedsNeeded[year] ?? 0
      let retainer = scenario.provisionTypes.reduce(0) {
        Rounding.money($0 + ledger.amount(year: year, provisionType: $1.id.rawValue, item: .emergencyRetainer))
      }
      let load = formulation.emergencyOfferedLoad[year] ?? 0
      var heldByProvider: [String: Double] = [:]
      for (key, variable) in heldByYear[year] ?? [] {
        for (siteIndex, amount) in pools.heldShares[key] ?? [(key.siteIndex, value(variable))] where amount > 1e-7 {
          heldByProvider[formulation.site(siteIndex).key] = Rounding.count(amount)
        }
      }
      let heldTotal = heldByProvider.values.sumInFixedOrder()
      let emergencyPlacements = placedByYear[year] ?? 0
      let secured = Rounding.count(heldTotal) + Rounding.count(emergencyPlacements)
      // A part bed takes no child: the blocking quoted is that of the whole beds secured.
      let wholeBedsSecured = Int((secured + 1e-6).rounded(.down))
      return EmergencyLine(
        year: year, arrivals: Rounding.count(emergency.arrivalsByYear[year] ?? 0),
        meanStayWeeks: emergency.meanStayWeeks, offeredLoad: Rounding.count(load),
        blockingTarget: emergency.blockingTarget, bedsNeeded: beds,
        blockingWithBedsNeeded: Rounding.share(ErlangB.blockingProbability(beds: beds, offeredLoad: load)),
        bedsHeldVacant: Rounding.count(heldTotal), emergencyPlacements: Rounding.count(emergencyPlacements),
        bedsSecured: secured,
        blockingWithBedsSecured: Rounding.share(
          ErlangB.blockingProbability(beds: max(0, wholeBedsSecured), offeredLoad: load)),
        shortfall: Rounding.count(formulation.emergencyShortfall[year].map(value) ?? 0),
        retainerCost: retainer,
        heldByProvider: heldByProvider)
    }
  }

  private func budgetLines(placements: [PlacementLine], ledger: CostLedger) -> [BudgetLine] {
    struct Key: Hashable {
      var year: Int
      var type: String
    }
    var counts: [Key: Double] = [:]
    var placementWeeks: [Key: Double] = [:]
    for line in placements {
      let key = Key(year: line.year, type: line.provisionType)
      counts[key, default: 0] += line.placements
      placementWeeks[key, default: 0] += line.placements * line.weeklyPrice
    }
    var lines: [BudgetLine] = []
    for year in scenario.planYears {
      for type in scenario.provisionTypes {
        let key = Key(year: year, type: type.id.rawValue)
        let count = counts[key] ?? 0
        func cost(_ item: CostItem) -> Double {
          ledger.amount(year: year, provisionType: type.id.rawValue, item: item)
        }
        let fees = cost(.placements)
        let others = [
          cost(.mileage), cost(.recruitment), cost(.householdSupport), cost(.emergencyRetainer), cost(.fixedCost),
          cost(.blockContract), cost(.plannedMoves),
        ]
        let otherCost = others.reduce(0) { Rounding.money($0 + $1) }
        let statusQuoKey = StatusQuoSummary.TypeYear(provisionType: type.id.rawValue, year: year)
        let statusQuoPlacements = statusQuo.map { $0.placements[statusQuoKey] ?? 0 }
        let statusQuoCost = statusQuo.map { $0.annualCost[statusQuoKey] ?? 0 }
        guard count > 0 || fees != 0 || otherCost != 0 || (statusQuoPlacements ?? 0) > 0 || (statusQuoCost ?? 0) != 0
        else { continue }
        lines.append(
          BudgetLine(
            year: year, provisionType: type.id.rawValue, provisionName: type.name, s251Line: S251Line(type.category),
            placements: Rounding.count(count),
            weeklyCostPerPlacement: Rounding.money(count > 0 ? (placementWeeks[key] ?? 0) / count : 0),
            placementCost: fees, mileage: others[0], recruitment: others[1], householdSupport: others[2],
            emergencyRetainers: others[3], newUnitRunningCosts: others[4], blockContracts: others[5],
            plannedMoves: others[6],
            otherCost: otherCost, annualCost: Rounding.money(fees + otherCost),
            cashFactor: Rounding.share(scenario.prices.cashFactor(of: type, in: year)),
            annualCostCash: Rounding.money(
              Rounding.money(fees + otherCost) * Rounding.share(scenario.prices.cashFactor(of: type, in: year))),
            statusQuoPlacements: statusQuoPlacements, statusQuoAnnualCost: statusQuoCost))
      }
    }
    return lines
  }

  /// One year's summary from that year's placements, gap, recruitment and cost terms.
  private func yearSummary(
    _ year: Int, placements inYear: [PlacementLine], gap gapInYear: [GapLine], recruitment: [RecruitmentLine],
    costByItem items: [CostItem: Double], emergencyShortfall: Double, annualCostCash: Double
  ) -> YearSummary {
    var costByItem: [String: Double] = [:]
    for (item, amount) in items { costByItem[item.rawValue] = amount }
    let lastResortTypes = scenario.lastResortProvisionTypeIDs
    let counted = inYear.filter { !lastResortTypes.contains($0.provisionType) }
    let categories = Dictionary(uniqueKeysWithValues: scenario.provisionTypes.map { ($0.id.rawValue, $0.category) })
    let fostering = inYear.filter { categories[$0.provisionType]?.isFostering == true }
    let fosteringTotal = fostering.reduce(0) { $0 + $1.placements }
    let inHouse = fostering.filter { categories[$0.provisionType] == .inHouseFostering }.reduce(0) {
      $0 + $1.placements
    }
    return YearSummary(
      year: year, financialYear: FinancialYear.label(year),
      demand: Rounding.count(gapInYear.reduce(0) { $0 + $1.demand }),
      placed: Rounding.count(gapInYear.reduce(0) { $0 + $1.placed }),
      lastResort: Rounding.count(gapInYear.reduce(0) { $0 + $1.lastResort }),
      unmet: Rounding.count(gapInYear.reduce(0) { $0 + $1.unmet }),
      annualCost: items.keys.sorted().reduce(0) { Rounding.money($0 + items[$1]!) }, annualCostCash: annualCostCash,
      costByItem: costByItem,
      budgetCeiling: scenario.policy.budgetCeilingByYear[year],
      shareOver20Miles: Rounding.share(DistanceIndicator.shareFar(counted) ?? 0),
      inHouseFosteringShare: fosteringTotal > 0 ? Rounding.share(inHouse / fosteringTotal) : nil,
      inHouseShareShortfall: Rounding.count(formulation.inHouseShareShortfall[year].map(value) ?? 0),
      householdsAtYearEnd: Rounding.count(recruitment.reduce(0) { $0 + $1.householdsAtYearEnd }),
      emergencyBedShortfall: emergencyShortfall)
  }

  private func capacityDecisions() -> [CapacityDecisionLine] {
    var lines: [CapacityDecisionLine] = []
    for year in scenario.planYears {
      for (siteIndex, provider) in formulation.providerAtSite.enumerated() {
        guard let provider else { continue }
        let key = PlanFormulation.SiteYear(siteIndex: siteIndex, year: year)
        if let variable = formulation.unitsOpened[key], let opening = provider.opening, value(variable) > 1e-7 {
          lines.append(
            CapacityDecisionLine(
              year: year, provider: provider.id.rawValue, decision: .openUnits, amount: Rounding.count(value(variable)),
              annualCost: Rounding.money(value(variable) * opening.annualFixedCost)))
        }
        if let variable = formulation.blockBeds[key], let block = provider.blockContract, value(variable) > 1e-7 {
          lines.append(
            CapacityDecisionLine(
              year: year, provider: provider.id.rawValue, decision: .blockBeds, amount: Rounding.count(value(variable)),
              annualCost: Rounding.money(value(variable) * block.weeklyPricePerBed * Units.weeksPerYear)))
        }
      }
    }
    return lines
  }

  /// Lines with their financial year's label set from their year.
  private static func labelled<Line: FinancialYearLabelled>(_ lines: [Line]) -> [Line] {
    lines.map { line in
      var labelled = line
      labelled.financialYear = FinancialYear.label(line.year)
      return labelled
    }
  }
}

/// A plan table's line: a year ending 31 March and its financial year's label.
protocol FinancialYearLabelled {
  var year: Int { get }
  var financialYear: String { get set }
}

extension PlacementLine: FinancialYearLabelled {}
extension RecruitmentLine: FinancialYearLabelled {}
extension BudgetLine: FinancialYearLabelled {}
extension GapLine: FinancialYearLabelled {}
extension EmergencyLine: FinancialYearLabelled {}
extension CapacityDecisionLine: FinancialYearLabelled {}
extension PlacementFlowLine: FinancialYearLabelled {}
extension PlannedMoveLine: FinancialYearLabelled {}

import LinearProgramming
import PlacementDomain

extension PlanFormulation {
  /// Adds every variable and row family, year by year. See `docs/formulation.md`.
  mutating func buildVariablesAndRows() {
    let years = scenario.planYears
    addInHouseStock(years: years)
    addEmergencySizing(years: years)

    // Capacity-side variables that rows below refer to.
    for (siteIndex, site) in sites.enumerated() {
      guard let provider = providerAtSite[siteIndex] else { continue }
      if let opening = provider.opening {
        var opened: [LinearTerm] = []
        for year in years {
          let allowed = variant == .plan && year >= (opening.earliestYear ?? years.first ?? year)
          let variable = addVariable(
            "open_\(site.key)_\(year)", upper: allowed ? Double(opening.maximumUnits) : 0, kind: .integer)
          unitsOpened[SiteYear(siteIndex: siteIndex, year: year)] = variable
          opened.append(LinearTerm(variable, 1))
          for laterYear in years where laterYear >= year {
            addCost(
              variable, year: laterYear, annualCost: opening.annualFixedCost, provision: site.provisionType,
              item: .fixedCost)
          }
        }
        openingLimitRows[siteIndex] = program.addConstraint(
          name: modelName("open_limit_\(site.key)"), terms: opened,
          sense: .lessOrEqual(Double(opening.maximumUnits)))
      }
      if let block = provider.blockContract {
        for year in years {
          let variable = addVariable(
            "block_\(site.key)_\(year)", upper: variant == .plan ? block.maximumBeds : 0,
            kind: block.wholeBeds ? .integer : .continuous)
          blockBeds[SiteYear(siteIndex: siteIndex, year: year)] = variable
          addCost(
            variable, year: year, annualCost: block.weeklyPricePerBed * Units.weeksPerYear,
            provision: site.provisionType, item: .blockContract)
        }
      }
    }
    for year in years where (emergencyBedsNeeded[year] ?? 0) > 0 {
      for (siteIndex, site) in sites.enumerated()
      where site.isEmergencyCapable && site.category != .lastResort && pooling.isRepresentative(siteIndex) {
        guard siteHasCapacity(siteIndex, year: year) else { continue }
        let variable = addVariable("hold_\(site.key)_\(year)")
        held[SiteYear(siteIndex: siteIndex, year: year)] = variable
        addCost(
          variable, year: year,
          annualCost: (scenario.emergency?.weeklyRetainerPerVacantBed ?? 0) * Units.weeksPerYear,
          provision: site.provisionType, item: .emergencyRetainer)
      }
    }

    addPlacementsAndDemandRows(years: years)
    addContinuationRows(years: years)
    addBaseStockRows(firstYear: years.first)
    addPlannedMoveRows(years: years)
    addCapacityRows(years: years)
    addSiblingRows(years: years)
    addEmergencyRows(years: years)
    addPolicyRows(years: years)
    addPendingContinuationRows()
  }

  /// Adds a column with a safe name (none when the formulation keeps no names) and no cost yet.
  mutating func addVariable(
    _ name: @autoclosure () -> String, upper: Double? = nil, kind: VariableKind = .continuous
  ) -> VariableID {
    program.addVariable(name: modelName(name()), lowerBound: 0, upperBound: upper, kind: kind)
  }

  /// `text` made safe for a column or row name (``RowNames``), or `""` when the formulation keeps no names (then
  /// `text` is never built).
  func modelName(_ text: @autoclosure () -> String) -> String {
    keepsNames ? RowNames.safe(text()) : ""
  }

  /// Adds a yearly spending term and its cost in the objective.
  mutating func addCost(
    _ variable: VariableID, year: Int, annualCost: Double, provision: ProvisionTypeID?, item: CostItem
  ) {
    guard annualCost != 0 else { return }
    costTerms.append(
      CostTerm(year: year, variable: variable, annualCost: annualCost, provisionType: provision, item: item))
    addObjective(variable, annualCost)
  }

  /// Adds to a column's objective coefficient (penalties and tie-breaks that are not spending).
  mutating func addObjective(_ variable: VariableID, _ amount: Double) {
    program.setObjective(variable, program[variable].objective + amount)
  }

  /// True when a site (its pool) can offer any place in a year (so variables for it are worth creating).
  func siteHasCapacity(_ siteIndex: Int, year: Int) -> Bool {
    guard let provider = providerAtSite[siteIndex] else { return inHouseSupplyAtSite[siteIndex] != nil }
    guard let places = pooledPlaces(siteIndex, in: year) else { return true }
    return places > 0 || provider.opening != nil || provider.blockContract != nil
  }

  private mutating func addInHouseStock(years: [Int]) {
    for (siteIndex, site) in sites.enumerated() {
      guard let supply = inHouseSupplyAtSite[siteIndex] else { continue }
      let areaID = supply.area
      var previous: VariableID?
      for year in years {
        let key = AreaYear(area: areaID, year: year)
        let recruit = addVariable(
          "recruit_\(areaID)_\(year)", upper: supply.maximumRecruitsPerYear,
          kind: supply.wholeRecruits ? .integer : .continuous)
        let stock = addVariable("households_\(areaID)_\(year)")
        if variant == .statusQuo {
          let rate = supply.statusQuoRecruitsPerYear
          let fixed = supply.wholeRecruits ? rate.rounded() : rate
          program.setBounds(recruit, lower: fixed, upper: fixed)
        }
        recruits[key] = recruit
        households[key] = stock
        addCost(
          recruit, year: year, annualCost: supply.recruitmentCost, provision: site.provisionType, item: .recruitment)
        addCost(
          stock, year: year, annualCost: supply.annualCostPerHousehold, provision: site.provisionType,
          item: .householdSupport)
        // households_t − (1 − attrition)·households_{t−1} − recruits_t = 0 (households_0 is data).
        var terms = [LinearTerm(stock, 1), LinearTerm(recruit, -1)]
        var rightHandSide = 0.0
        if let previous {
          terms.append(LinearTerm(previous, -(1 - supply.annualAttrition)))
        } else {
          rightHandSide = (1 - supply.annualAttrition) * supply.households
        }
        stockRows[key] = program.addConstraint(
          name: modelName("stock_\(areaID)_\(year)"), terms: terms, sense: .equal(rightHandSide))
        previous = stock
      }
    }
  }

  private mutating func addEmergencySizing(years: [Int]) {
    guard let emergency = scenario.emergency else { return }
    for year in years {
      let load = emergency.offeredLoad(in: year)
      emergencyOfferedLoad[year] = load
      emergencyBedsNeeded[year] = ErlangB.bedsNeeded(offeredLoad: load, blockingTarget: emergency.blockingTarget)
    }
  }
}

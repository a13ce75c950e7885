import LinearProgramming
import PlacementDomain

extension PlanFormulation {
  /// Placement and unmet-need variables, and one demand row per need group, home area and year:
  /// `Σ placements + unmet = demand`.
  mutating func addPlacementsAndDemandRows(years: [Int]) {
    let mileCost = scenario.distance.annualCostPerPlacementMile
    let penalty = scenario.policy.weeklyUnmetNeedPenalty * Units.weeksPerYear
    var multipliers: [NeedGroupID: [ProvisionTypeID: Double]] = [:]
    for entry in scenario.suitability where multipliers[entry.needGroup]?[entry.provisionType] == nil {
      multipliers[entry.needGroup, default: [:]][entry.provisionType] = entry.costMultiplier
    }
    let shareTotals = Dictionary(grouping: scenario.areas, by: \.authority).mapValues {
      $0.reduce(0) { $0 + $1.demandShare }
    }
    let limits = scenario.needGroups.map(\.maximumMiles)
    let widest: Double? = limits.contains { $0 == nil } ? nil : limits.compactMap { $0 }.max()
    let nearby = NearbySites(sites: sites) { pooling.isRepresentative($0) }
    // Candidate sites per area and need (suitable and within reach), computed once for all years.
    var candidates: [[[(siteIndex: Int, miles: Double, multiplier: Double)]]] = []
    for area in scenario.areas {
      guard area.demandShare > 0 else {
        candidates.append([])
        continue
      }
      let reachable = nearby.within(widest, of: area, in: scenario)
      candidates.append(
        scenario.needGroups.map { need in
          reachable.compactMap { entry -> (siteIndex: Int, miles: Double, multiplier: Double)? in
            let site = sites[entry.siteIndex]
            guard let multiplier = multipliers[need.id]?[site.provisionType],
              site.category == .lastResort || need.maximumMiles.map({ entry.miles <= $0 }) ?? true,
              scenario.inHouseCarers(at: site, serve: area)
            else { return nil }
            return (entry.siteIndex, entry.miles, multiplier)
          }
        })
    }
    for year in years {
      for (areaIndex, area) in scenario.areas.enumerated() where area.demandShare > 0 {
        let shareTotal = shareTotals[area.authority] ?? 0
        for (needIndex, need) in scenario.needGroups.enumerated() {
          let amount = demandAmount(need.id, area: area, year: year, shareTotal: shareTotal)
          guard amount > 0 else { continue }
          let key = NeedAreaYear(need: need.id, area: area.id, year: year)
          var terms: [LinearTerm] = []
          for (siteIndex, miles, multiplier) in candidates[areaIndex][needIndex] {
            guard siteHasCapacity(siteIndex, year: year) else { continue }
            let site = sites[siteIndex]
            let spotPrice = weeklyPrice(siteIndex: siteIndex, need: need.id, multiplier: multiplier)
            var tiers: [(PlacementTier, Double)] = []
            if pooledPlaces(siteIndex, in: year) != 0 || providerAtSite[siteIndex]?.opening != nil {
              tiers.append((.spot, spotPrice))
            }
            if providerAtSite[siteIndex]?.blockContract != nil { tiers.append((.block, 0)) }
            for (tier, price) in tiers {
              let suffix = tier == .block ? "_block" : ""
              let variable = addVariable("place_\(need.id)_\(area.id)_\(site.key)_\(year)\(suffix)")
              addCost(
                variable, year: year, annualCost: price * Units.weeksPerYear, provision: site.provisionType,
                item: .placements)
              addCost(variable, year: year, annualCost: mileCost * miles, provision: site.provisionType, item: .mileage)
              addObjective(variable, Self.tieBreakCostPerMile * miles)
              placements.append(
                Placement(
                  need: need.id, area: area.id, siteIndex: siteIndex, year: year, tier: tier, roadMiles: miles,
                  weeklyPrice: price, variable: variable))
              terms.append(LinearTerm(variable, 1))
            }
          }
          let shortfall = addVariable("unmet_\(need.id)_\(area.id)_\(year)")
          addObjective(shortfall, penalty)
          unmet[key] = shortfall
          terms.append(LinearTerm(shortfall, 1))
          terms += movedStockTerms(need: need.id, area: area, year: year, shareTotal: shareTotal)
          demandRows[key] = program.addConstraint(
            name: modelName("demand_\(need.id)_\(area.id)_\(year)"), terms: terms, sense: .equal(amount))
        }
      }
    }
  }

  /// Demand for a need group from a home area in a year: the authority's demand × the area's share of it.
  func demandAmount(_ need: NeedGroupID, area: Area, year: Int, shareTotal: Double) -> Double {
    shareTotal > 0
      ? demand.demand(year: year, authority: area.authority, need: need) * area.demandShare / shareTotal : 0
  }

  /// The moved-stock terms of a demand row: children moved by a planned move count in the `to` need group's
  /// demand instead of the `from` group's, so `+moved` on the `from` row and `−moved` on the `to` row. Only where
  /// both groups have demand in the area and year, and only in the plan (the status quo makes no planned moves).
  mutating func movedStockTerms(need: NeedGroupID, area: Area, year: Int, shareTotal: Double) -> [LinearTerm] {
    guard variant == .plan else { return [] }
    var terms: [LinearTerm] = []
    for (index, move) in scenario.stability.plannedMoves.enumerated() where move.from == need || move.to == need {
      let other = move.from == need ? move.to : move.from
      guard demandAmount(other, area: area, year: year, shareTotal: shareTotal) > 0 else { continue }
      let key = MoveAreaYear(move: index, area: area.id, year: year)
      let moved: VariableID
      if let existing = movedStock[key] {
        moved = existing
      } else {
        moved = addVariable("moved_\(index)_\(area.id)_\(year)")
        movedStock[key] = moved
      }
      terms.append(LinearTerm(moved, move.from == need ? 1 : -1))
    }
    return terms
  }

  /// The weekly price at a site for a need: the provider's need-specific price, or its base price (or the in-house
  /// weekly cost) × the suitability multiplier.
  func weeklyPrice(siteIndex: Int, need: NeedGroupID, multiplier: Double) -> Double {
    if let provider = providerAtSite[siteIndex] {
      return provider.weeklyPriceByNeed[need] ?? provider.weeklyPrice * multiplier
    }
    return (inHouseSupplyAtSite[siteIndex]?.weeklyCost ?? 0) * multiplier
  }

  /// Capacity rows: spot places (plus beds held for emergencies) within places available, opened units and the
  /// in-house household stock; block placements within contracted beds.
  mutating func addCapacityRows(years: [Int]) {
    var spotTerms: [SiteYear: [LinearTerm]] = [:]
    var blockTerms: [SiteYear: [LinearTerm]] = [:]
    for placement in placements {
      let key = SiteYear(siteIndex: placement.siteIndex, year: placement.year)
      switch placement.tier {
      case .spot: spotTerms[key, default: []].append(LinearTerm(placement.variable, 1))
      case .block: blockTerms[key, default: []].append(LinearTerm(placement.variable, 1))
      }
    }
    for (key, variable) in held { spotTerms[key, default: []].append(LinearTerm(variable, 1)) }
    for (siteIndex, site) in sites.enumerated() {
      for (yearIndex, year) in years.enumerated() {
        let key = SiteYear(siteIndex: siteIndex, year: year)
        if let supply = inHouseSupplyAtSite[siteIndex] {
          // Places in year t: usable places per household × ((1 − attrition/2)·households_{t−1} + f·recruits_t).
          let perHousehold = supply.usablePlacesPerHousehold
          let staying = perHousehold * (1 - supply.annualAttrition / 2)
          var terms = spotTerms[key] ?? []
          if let recruit = recruits[AreaYear(area: supply.area, year: year)] {
            terms.append(LinearTerm(recruit, -perHousehold * supply.firstYearAvailability))
          }
          var rightHandSide = 0.0
          if yearIndex == 0 {
            rightHandSide = staying * supply.households
          } else if let previous = households[AreaYear(area: supply.area, year: years[yearIndex - 1])] {
            terms.append(LinearTerm(previous, -staying))
          }
          // Care leavers staying put take places first; any who find none are a penalised, reported shortfall.
          let areaYear = AreaYear(area: supply.area, year: year)
          if let stayingPut = stayingPutPlaces(supply, year: year), stayingPut > 0 {
            let shortfall = addVariable("staying_put_short_\(supply.area)_\(year)", upper: stayingPut)
            addObjective(shortfall, scenario.policy.weeklyUnmetNeedPenalty * Units.weeksPerYear)
            stayingPutShortfall[areaYear] = shortfall
            self.stayingPut[areaYear] = stayingPut
            terms.append(LinearTerm(shortfall, -1))
            rightHandSide -= stayingPut
          }
          capacityRows[key] = program.addConstraint(
            name: modelName("capacity_\(site.key)_\(year)"), terms: terms, sense: .lessOrEqual(rightHandSide))
          continue
        }
        guard let provider = providerAtSite[siteIndex], pooling.isRepresentative(siteIndex) else { continue }
        if let block = blockBeds[key] {
          blockCapacityRows[key] = program.addConstraint(
            name: modelName("block_capacity_\(site.key)_\(year)"),
            terms: (blockTerms[key] ?? []) + [LinearTerm(block, -1)], sense: .lessOrEqual(0))
        }
        guard let places = pooledPlaces(siteIndex, in: year) else { continue }
        var terms = spotTerms[key] ?? []
        if let opening = provider.opening {
          for earlier in years.prefix(yearIndex + 1) {
            if let opened = unitsOpened[SiteYear(siteIndex: siteIndex, year: earlier)] {
              terms.append(LinearTerm(opened, -opening.bedsPerUnit))
            }
          }
        }
        guard !terms.isEmpty else { continue }
        capacityRows[key] = program.addConstraint(
          name: modelName("capacity_\(site.key)_\(year)"), terms: terms, sense: .lessOrEqual(places))
      }
    }
  }

  /// The care leavers staying put with one in-house area's carers in a year: the council's figure shared among its
  /// in-house areas by their households at the base date; `nil` when the council gives none.
  func stayingPutPlaces(_ supply: InHouseFosteringSupply, year: Int) -> Double? {
    guard let authority = scenario.area(supply.area)?.authority,
      let total = scenario.demand.first(where: { $0.authority == authority })?.stayingPut[year]
    else { return nil }
    let councilHouseholds = scenario.inHouseFostering.filter { scenario.area($0.area)?.authority == authority }
      .reduce(0) { $0 + $1.households }
    return councilHouseholds > 0 ? total * supply.households / councilHouseholds : nil
  }

  /// Emergency rows: beds held vacant plus emergency placements at emergency-capable sites cover the Erlang B
  /// bed count, or the shortfall is penalised.
  mutating func addEmergencyRows(years: [Int]) {
    let emergencyNeeds = Set(scenario.needGroups.filter(\.isEmergency).map(\.id))
    let penalty = scenario.policy.weeklyUnmetNeedPenalty * Units.weeksPerYear
    let heldByYear = Dictionary(grouping: held, by: \.key.year)
    let placementsByYear = placementsByYear
    for year in years {
      guard let beds = emergencyBedsNeeded[year], beds > 0 else { continue }
      var terms = (heldByYear[year] ?? []).sorted { $0.key.siteIndex < $1.key.siteIndex }
        .map { LinearTerm($0.value, 1) }
      for placement in placementsByYear[year] ?? []
      where emergencyNeeds.contains(placement.need)
        && sites[placement.siteIndex].isEmergencyCapable && sites[placement.siteIndex].category != .lastResort
      {
        terms.append(LinearTerm(placement.variable, 1))
      }
      let shortfall = addVariable("emergency_short_\(year)")
      addObjective(shortfall, penalty)
      emergencyShortfall[year] = shortfall
      terms.append(LinearTerm(shortfall, 1))
      emergencyRows[year] = program.addConstraint(
        name: modelName("emergency_beds_\(year)"), terms: terms, sense: .greaterOrEqual(Double(beds)))
    }
  }

  /// Policy rows per year: the share placed more than 20 miles from home, the budget ceiling, and the minimum
  /// in-house share of fostering.
  mutating func addPolicyRows(years: [Int]) {
    let placementsByYear = placementsByYear
    let costTermsByYear = costTermsByYear
    for year in years {
      let inYear = (placementsByYear[year] ?? []).filter { sites[$0.siteIndex].category != .lastResort }
      if let ceiling = scenario.distance.maximumShareOver20Miles, !inYear.isEmpty {
        // Σ far − ceiling × Σ all ≤ 0
        let terms = inYear.map { placement in
          LinearTerm(placement.variable, (DistanceIndicator.isFar(roadMiles: placement.roadMiles) ? 1 : 0) - ceiling)
        }
        distanceRows[year] = program.addConstraint(
          name: modelName("share_over_20_miles_\(year)"), terms: terms, sense: .lessOrEqual(0))
      }
      if let budget = scenario.policy.budgetCeilingByYear[year] {
        // The ceiling is cash: each cost at constant prices times its provision type's uplift to that year.
        let terms = (costTermsByYear[year] ?? []).map { term in
          LinearTerm(term.variable, term.annualCost * cashFactor(term.provisionType, year))
        }
        budgetRows[year] = program.addConstraint(
          name: modelName("budget_\(year)"), terms: terms, sense: .lessOrEqual(budget))
      }
      if let share = inHouseShareTarget {
        let fostering = inYear.filter { sites[$0.siteIndex].category.isFostering }
        if !fostering.isEmpty {
          // Σ in-house − share × Σ fostering + shortfall ≥ 0: a target, not a wall. Missing it costs the policy's
          // weekly penalty per placement short, which is below any last-resort price, so the target never pushes
          // children into hotels; the plan reports the shortfall.
          var terms = fostering.map { placement in
            LinearTerm(placement.variable, (sites[placement.siteIndex].category == .inHouseFostering ? 1 : 0) - share)
          }
          let shortfall = addVariable("in_house_share_short_\(year)")
          addObjective(shortfall, scenario.policy.weeklyInHouseSharePenalty * Units.weeksPerYear)
          inHouseShareShortfall[year] = shortfall
          terms.append(LinearTerm(shortfall, 1))
          if variant == .statusQuo {
            // The status quo holds today's share: going above it is penalised like falling short.
            let excess = addVariable("in_house_share_over_\(year)")
            addObjective(excess, scenario.policy.weeklyInHouseSharePenalty * Units.weeksPerYear)
            terms.append(LinearTerm(excess, -1))
          }
          inHouseShareRows[year] = program.addConstraint(
            name: modelName("in_house_share_\(year)"), terms: terms, sense: .greaterOrEqual(0))
        }
      }
    }
  }

  /// The in-house share of fostering the programme aims at: the policy's minimum in the plan; today's share (from
  /// the status-quo mix) in the status quo, or the policy's minimum when the mix has no fostering.
  var inHouseShareTarget: Double? {
    guard variant == .statusQuo else { return scenario.policy.minimumInHouseFosteringShare }
    var inHouse = 0.0
    var fostering = 0.0
    for type in scenario.statusQuoMix.keys.sorted() {
      let count = scenario.statusQuoMix[type] ?? 0
      guard let category = scenario.provisionType(type)?.category, category.isFostering else { continue }
      fostering += count
      if category == .inHouseFostering { inHouse += count }
    }
    return fostering > 0 ? inHouse / fostering : scenario.policy.minimumInHouseFosteringShare
  }

  /// Cash ÷ constant prices for a provision type's costs in a year (1 for a cost with no provision type).
  func cashFactor(_ type: ProvisionTypeID?, _ year: Int) -> Double {
    guard let type, let provision = scenario.provisionType(type) else { return 1 }
    return scenario.prices.cashFactor(of: provision, in: year)
  }
}

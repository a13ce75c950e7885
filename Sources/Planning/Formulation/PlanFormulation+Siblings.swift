import LinearProgramming
import PlacementDomain

extension PlanFormulation {
  /// A council, a site and a year: sibling-group children of the council placed in the site's sibling places.
  public struct AuthoritySiteYear: Sendable, Hashable {
    public var authority: AuthorityID
    public var siteIndex: Int
    public var year: Int
  }

  /// A council and a year.
  public struct AuthorityYear: Sendable, Hashable {
    public var authority: AuthorityID
    public var year: Int
  }

  /// Tie-breaking cost per child of a sibling group counted in a provider's sibling places (£0.01 a year): among
  /// plans of equal cost, the council's own carers' sibling places are counted first.
  public static let siblingTieBreakCost = 0.01

  /// The need groups a council's sibling groups come in: the scenario's list, else every settled need group a
  /// fostering provision suits.
  public func siblingNeedGroups(_ siblings: SiblingDemand) -> Set<NeedGroupID> {
    if !siblings.needGroups.isEmpty { return Set(siblings.needGroups) }
    let fostering = Set(scenario.provisionTypes.filter { $0.category.isFostering }.map(\.id))
    return Set(
      scenario.needGroups.filter { need in
        !need.isEmergency
          && scenario.suitability.contains { $0.needGroup == need.id && fostering.contains($0.provisionType) }
      }.map(\.id))
  }

  /// The children of a council's sibling groups to be placed together in a year under a demand table: its
  /// sibling share × the demand of its sibling need groups (over its home areas, whose shares add to 1); `nil`
  /// when the council has no sibling groups placed together. Sweeps set the sibling rows from it, draw by draw.
  public func siblingChildren(_ key: AuthorityYear, demand table: DemandTable) -> Double? {
    guard let siblings = scenario.demand.first(where: { $0.authority == key.authority })?.siblings,
      siblings.placedTogether, siblings.share > 0,
      scenario.areas.contains(where: { $0.authority == key.authority && $0.demandShare > 0 })
    else { return nil }
    let needs = siblingNeedGroups(siblings)
    let children = scenario.needGroups.filter { needs.contains($0.id) }.reduce(0.0) {
      $0 + table.demand(year: key.year, authority: key.authority, need: $1.id)
    }
    return siblings.share * children
  }

  /// A provider site's (its pool's) sibling places in a year: each member's, within its places.
  public func pooledSiblingPlaces(_ siteIndex: Int, in year: Int) -> Double {
    pooling.members[pooling.representative[siteIndex]].reduce(0) { total, member in
      guard let provider = providerAtSite[member] else { return total }
      return total + min(provider.siblingPlaces, provider.places(in: year) ?? provider.siblingPlaces)
    }
  }

  /// Sibling rows (see `docs/formulation.md`, "Siblings"): per council and year, the children of its sibling groups
  /// to be placed together, `share × Σ demand` of its sibling need groups, are in sibling-capable places:
  /// `Σ_s sib(a,s,t) + gap(a,t) = S(a,t)`; each `sib(a,s,t) ≤` the council's placements of those groups at s
  /// (`sibling_room_…`); and per site, `Σ_a sib(a,s,t) ≤` its sibling places (`sibling_capacity_…`: a provider's
  /// `sibling_places`; in-house, `sibling_place_share` of the usable places of the year's households). The gap is
  /// penalised at the policy's sibling-gap penalty and reported, never spending.
  mutating func addSiblingRows(years: [Int]) {
    let authorityOfArea = scenario.authorityOfArea
    var eligible: [AuthorityID: Set<NeedGroupID>] = [:]
    for entry in scenario.demand {
      guard let siblings = entry.siblings, siblings.placedTogether, siblings.share > 0 else { continue }
      eligible[entry.authority] = siblingNeedGroups(siblings)
    }
    guard !eligible.isEmpty else { return }
    var capable = Set<Int>()
    for (siteIndex, _) in sites.enumerated() {
      if let supply = inHouseSupplyAtSite[siteIndex] {
        if supply.siblingPlaceShare > 0 { capable.insert(siteIndex) }
      } else if pooling.isRepresentative(siteIndex), providerAtSite[siteIndex].map({ $0.siblingPlaces > 0 }) == true {
        capable.insert(siteIndex)
      }
    }
    var room: [AuthoritySiteYear: [LinearTerm]] = [:]
    var order: [AuthoritySiteYear] = []
    for placement in placements where capable.contains(placement.siteIndex) {
      guard let authority = authorityOfArea[placement.area], eligible[authority]?.contains(placement.need) == true
      else { continue }
      let key = AuthoritySiteYear(authority: authority, siteIndex: placement.siteIndex, year: placement.year)
      if room[key] == nil { order.append(key) }
      room[key, default: []].append(LinearTerm(placement.variable, -1))
    }
    var bySiteYear: [SiteYear: [LinearTerm]] = [:]
    var byAuthorityYear: [AuthorityYear: [LinearTerm]] = [:]
    for key in order {
      let site = sites[key.siteIndex]
      let variable = addVariable("sibling_\(key.authority)_\(site.key)_\(key.year)")
      // A tie-break, not spending: where the council's own carers have sibling places free, the plan counts its
      // sibling groups there rather than in a provider's, so the places it reports are the ones it relies on.
      if inHouseSupplyAtSite[key.siteIndex] == nil { addObjective(variable, Self.siblingTieBreakCost) }
      siblingPlaced[key] = variable
      program.addConstraint(
        name: modelName("sibling_room_\(key.authority)_\(site.key)_\(key.year)"),
        terms: [LinearTerm(variable, 1)] + (room[key] ?? []), sense: .lessOrEqual(0))
      bySiteYear[SiteYear(siteIndex: key.siteIndex, year: key.year), default: []].append(LinearTerm(variable, 1))
      byAuthorityYear[AuthorityYear(authority: key.authority, year: key.year), default: []].append(
        LinearTerm(variable, 1))
    }
    for (yearIndex, year) in years.enumerated() {
      for siteIndex in capable.sorted() {
        guard let terms = bySiteYear[SiteYear(siteIndex: siteIndex, year: year)] else { continue }
        let name = modelName("sibling_capacity_\(sites[siteIndex].key)_\(year)")
        if let supply = inHouseSupplyAtSite[siteIndex] {
          // share × usable places per household × ((1 − attrition/2)·households_{t−1} + f·recruits_t).
          let perHousehold = supply.siblingPlaceShare * supply.usablePlacesPerHousehold
          let staying = perHousehold * (1 - supply.annualAttrition / 2)
          var row = terms
          if let recruit = recruits[AreaYear(area: supply.area, year: year)] {
            row.append(LinearTerm(recruit, -perHousehold * supply.firstYearAvailability))
          }
          var rightHandSide = 0.0
          if yearIndex == 0 {
            rightHandSide = staying * supply.households
          } else if let previous = households[AreaYear(area: supply.area, year: years[yearIndex - 1])] {
            row.append(LinearTerm(previous, -staying))
          }
          program.addConstraint(name: name, terms: row, sense: .lessOrEqual(rightHandSide))
        } else {
          program.addConstraint(
            name: name, terms: terms, sense: .lessOrEqual(pooledSiblingPlaces(siteIndex, in: year)))
        }
      }
    }
    let penalty = scenario.policy.weeklySiblingGapPenalty * Units.weeksPerYear
    for year in years {
      for authority in scenario.authorities {
        let key = AuthorityYear(authority: authority.id, year: year)
        guard let needed = siblingChildren(key, demand: demand), needed > 0 else { continue }
        let gap = addVariable("sibling_gap_\(authority.id)_\(year)")
        addObjective(gap, penalty)
        siblingGap[key] = gap
        siblingNeed[key] = needed
        siblingRows[key] = program.addConstraint(
          name: modelName("siblings_\(authority.id)_\(year)"),
          terms: (byAuthorityYear[key] ?? []) + [LinearTerm(gap, 1)], sense: .equal(needed))
      }
    }
  }
}

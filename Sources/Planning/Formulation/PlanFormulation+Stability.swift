import LinearProgramming
import PlacementDomain

extension PlanFormulation {
  /// Continuation rows: children placed in one year stay in the same placement the next year, except for the
  /// share whose placements end (they leave care, or move for their own reasons and need a new placement):
  /// `Σ_tiers x(n,h,s,t) − c(s)·Σ_tiers x(n,h,s,t−1) ≥ 0` per placement cell and year after the first. Emergency
  /// need groups have none (their placements last weeks), nor do sites whose provision type never continues.
  mutating func addContinuationRows(years: [Int]) {
    let emergencyNeeds = Set(scenario.needGroups.filter(\.isEmergency).map(\.id))
    var variablesByCell: [PlacementCell: [Int: [VariableID]]] = [:]
    var cells: [PlacementCell] = []
    for placement in placements where !emergencyNeeds.contains(placement.need) {
      let cell = PlacementCell(need: placement.need, area: placement.area, siteIndex: placement.siteIndex)
      if variablesByCell[cell] == nil { cells.append(cell) }
      variablesByCell[cell, default: [:]][placement.year, default: []].append(placement.variable)
    }
    for cell in cells {
      let rate = continuation(atSite: cell.siteIndex)
      guard rate > 0, let byYear = variablesByCell[cell] else { continue }
      for (previous, year) in zip(years, years.dropFirst()) {
        guard let earlier = byYear[previous], let later = byYear[year] else { continue }
        let terms = later.map { LinearTerm($0, 1) } + earlier.map { LinearTerm($0, -rate) }
        continuationRows[cell, default: [:]][year] = program.addConstraint(
          name: RowNames.safe("continue_\(cell.need)_\(cell.area)_\(sites[cell.siteIndex].key)_\(year)"),
          terms: terms, sense: .greaterOrEqual(0))
      }
    }
  }

  /// First-year rows: each council's placements at the base date run on in their provision type, thinning by
  /// half a year's endings on average over the first year: `Σ x(n,h,s,t₁) + short ≥ (1 + c)/2 · placed`, over the
  /// council's home areas, non-emergency need groups and sites of that type. Placements that cannot run on for
  /// want of places of their type (`short`) are penalised like unmet need and reported.
  mutating func addBaseStockRows(firstYear: Int?) {
    guard let firstYear else { return }
    let emergencyNeeds = Set(scenario.needGroups.filter(\.isEmergency).map(\.id))
    let authorityOfArea = Dictionary(uniqueKeysWithValues: scenario.areas.map { ($0.id, $0.authority) })
    var terms: [AuthorityProvision: [LinearTerm]] = [:]
    for placement in placements where placement.year == firstYear && !emergencyNeeds.contains(placement.need) {
      guard let authority = authorityOfArea[placement.area] else { continue }
      let key = AuthorityProvision(authority: authority, provisionType: sites[placement.siteIndex].provisionType)
      terms[key, default: []].append(LinearTerm(placement.variable, 1))
    }
    let penalty = scenario.policy.weeklyUnmetNeedPenalty * Units.weeksPerYear
    for specification in scenario.demand {
      for type in scenario.provisionTypes {
        guard let placed = specification.placedAtBase[type.id], placed > 0 else { continue }
        let rate = scenario.stability.continuation(of: type)
        guard rate > 0 else { continue }
        let key = AuthorityProvision(authority: specification.authority, provisionType: type.id)
        let shortfall = addVariable("stay_short_\(key.authority)_\(type.id)")
        addObjective(shortfall, penalty)
        baseStockShortfall[key] = shortfall
        baseStockRows[key] = program.addConstraint(
          name: RowNames.safe("stay_\(key.authority)_\(type.id)"),
          terms: (terms[key] ?? []) + [LinearTerm(shortfall, 1)],
          sense: .greaterOrEqual(Self.runningInFirstYear(placed: placed, continuation: rate)))
      }
    }
  }

  /// The placements at the base date still running on average over the first plan year: `(1 + c)/2 × placed`.
  public static func runningInFirstYear(placed: Double, continuation: Double) -> Double {
    placed * (1 + continuation) / 2
  }
}

import LinearProgramming
import PlacementDomain

extension PlanFormulation {
  /// Continuation rows (collected here, added last by ``addPendingContinuationRows()``): children placed in one
  /// year stay in the same placement the next year, except for the share whose placements end (they leave care,
  /// or move for their own reasons and need a new placement): `Σ_tiers x(n,h,s,t) − c·Σ_tiers x(n,h,s,t−1) ≥ 0`
  /// per placement cell and year after the first. Emergency need groups have none (their placements last weeks),
  /// nor do sites whose provision type never continues. Ages: an under-16 group's placements in which the child
  /// turns 16 (the council's `turning_16_share` a) run on in the same placement as its 16–17 group's, so they leave
  /// its row (`c·(1 − a)`) and enter the 16–17 cell's (`c·a`); a 16–17 group's placements run on at most at
  /// 1 − the ageing-out share (the young people who turn 18 leave). See ``runningOnRates(_:year:)``.
  mutating func addContinuationRows(years: [Int]) {
    let emergencyNeeds = Set(scenario.needGroups.filter(\.isEmergency).map(\.id))
    var variablesByCell: [PlacementCell: [Int: [VariableID]]] = [:]
    var cells: [PlacementCell] = []
    for placement in placements where !emergencyNeeds.contains(placement.need) {
      let cell = PlacementCell(need: placement.need, area: placement.area, siteIndex: placement.siteIndex)
      if variablesByCell[cell] == nil { cells.append(cell) }
      variablesByCell[cell, default: [:]][placement.year, default: []].append(placement.variable)
    }
    let agedInto = Set(scenario.needGroups.compactMap(\.agesInto))
    agedIntoCellYears = variablesByCell.filter { agedInto.contains($0.key.need) }.mapValues { Set($0.keys) }
    // Placements ageing into each 16–17 cell from its under-16 partner, per year.
    var agedIn: [PlacementCell: [Int: [LinearTerm]]] = [:]
    for cell in cells {
      guard let byYear = variablesByCell[cell] else { continue }
      for (previous, year) in zip(years, years.dropFirst()) {
        guard let earlier = byYear[previous] else { continue }
        for (target, rate) in runningOnRates(cell, year: year) where target != cell && rate > 0 {
          agedIn[target, default: [:]][year, default: []] += earlier.map { LinearTerm($0, -rate) }
        }
      }
    }
    for cell in cells {
      guard let byYear = variablesByCell[cell] else { continue }
      for (previous, year) in zip(years, years.dropFirst()) {
        guard let later = byYear[year] else { continue }
        let earlier = byYear[previous] ?? []
        let rate = runningOnRates(cell, year: year).first { $0.cell == cell }?.rate ?? 0
        let arriving = agedIn[cell]?[year] ?? []
        guard (rate > 0 && !earlier.isEmpty) || !arriving.isEmpty else { continue }
        let moves = moveTerms(
          need: cell.need, area: cell.area, year: year, provisionType: sites[cell.siteIndex].provisionType,
          name: "\(cell.need)_\(cell.area)_\(sites[cell.siteIndex].key)")
        if !moves.isEmpty {
          // Moves out of a cell can take only children still placed there: its running-on placements.
          for (index, move) in scenario.stability.plannedMoves.enumerated() where move.from == cell.need {
            let key = MoveAreaYear(move: index, area: cell.area, year: year)
            moveRoom[key, default: []] += earlier.map { LinearTerm($0, -rate) }
          }
        }
        pendingContinuationRows.append(
          (
            cell, year, modelName("continue_\(cell.need)_\(cell.area)_\(sites[cell.siteIndex].key)_\(year)"),
            later.map { LinearTerm($0, 1) } + earlier.map { LinearTerm($0, -rate) } + arriving + moves
          ))
      }
    }
  }

  /// Where one year's placements of a cell run on into year t, and at what rate per placement of year t − 1: its own
  /// cell at the site's continuation c (a 16–17 group's at most 1 − the council's ageing-out share); for an
  /// under-16 group that ages into a 16–17 group with placements at the same site in t, its own cell at c·(1 − a)
  /// and the 16–17 cell at c·a. Empty for emergency groups.
  public func runningOnRates(_ cell: PlacementCell, year: Int) -> [(cell: PlacementCell, rate: Double)] {
    guard let need = needGroupByID[cell.need], !need.isEmergency, let ageing = ageingOfArea[cell.area] else {
      return []
    }
    let site = continuation(atSite: cell.siteIndex)
    switch need.ageBand {
    case .sixteenSeventeen:
      return [(cell, min(site, 1 - ageing.ageingOutShare))]
    case .under16, .any:
      if let partner = need.agesInto.map({ PlacementCell(need: $0, area: cell.area, siteIndex: cell.siteIndex) }),
        agedIntoCellYears[partner]?.contains(year) == true
      {
        return [(cell, site * (1 - ageing.turning16Share)), (partner, site * ageing.turning16Share)]
      }
      return [(cell, site)]
    }
  }

  /// Adds the continuation rows collected by ``addContinuationRows(years:)``, last of all rows, so that a solve can
  /// substitute them out (``FormulationSolve``) without moving any other row.
  mutating func addPendingContinuationRows() {
    let first = program.constraints.count
    for (cell, year, name, terms) in pendingContinuationRows {
      continuationRows[cell, default: [:]][year] = program.addConstraint(
        name: name, terms: terms, sense: .greaterOrEqual(0))
    }
    pendingContinuationRows = []
    continuationRowRange = first..<program.constraints.count
  }

  /// First-year rows: each council's placements at the base date run on in their provision type, thinning by
  /// half a year's endings on average over the first year: `Σ x(n,h,s,t₁) + short ≥ (1 + c)/2 · placed`, over the
  /// council's home areas, non-emergency need groups and sites of that type. Placements that cannot run on for
  /// want of places of their type (`short`) are penalised like unmet need and reported.
  mutating func addBaseStockRows(firstYear: Int?) {
    guard let firstYear else { return }
    let emergencyNeeds = Set(scenario.needGroups.filter(\.isEmergency).map(\.id))
    let authorityOfArea = scenario.authorityOfArea
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
        let running = Self.runningInFirstYear(placed: placed, continuation: rate)
        // Planned moves in the first year come out of these placements, from each of the council's home areas.
        var moves: [LinearTerm] = []
        for area in scenario.areas where area.authority == key.authority {
          for need in scenario.needGroups
          where !need.isEmergency && scenario.suitability(of: type.id, for: need.id) != nil {
            moves += moveTerms(
              need: need.id, area: area.id, year: firstYear, provisionType: type.id,
              name: "\(need.id)_\(area.id)_\(type.id)")
          }
        }
        if !moves.isEmpty { firstYearMoveRoom[key] = (moves, running) }
        let shortfall = addVariable("stay_short_\(key.authority)_\(type.id)")
        addObjective(shortfall, penalty)
        baseStockShortfall[key] = shortfall
        baseStockRows[key] = program.addConstraint(
          name: modelName("stay_\(key.authority)_\(type.id)"),
          terms: (terms[key] ?? []) + moves + [LinearTerm(shortfall, 1)], sense: .greaterOrEqual(running))
      }
    }
  }

  /// Columns for children leaving placements of `need` (in one placement cell, or the first year's placements at
  /// the base date of one type) by each planned move from `need`, where the move's moved stock exists; each costs
  /// the move's cost, booked to the provision type left.
  mutating func moveTerms(
    need: NeedGroupID, area: AreaID, year: Int, provisionType: ProvisionTypeID, name: String
  ) -> [LinearTerm] {
    var terms: [LinearTerm] = []
    for (index, move) in scenario.stability.plannedMoves.enumerated() where move.from == need {
      let key = MoveAreaYear(move: index, area: area, year: year)
      guard movedStock[key] != nil else { continue }
      let variable = addVariable("move_\(index)_\(name)_\(year)")
      addCost(variable, year: year, annualCost: move.costPerMove, provision: provisionType, item: .plannedMoves)
      moveColumns.append(MoveColumn(key: key, variable: variable))
      terms.append(LinearTerm(variable, 1))
    }
    return terms
  }

  /// Planned-move rows: each council's moves within the yearly limit, and the moved stock, `moved(t) −
  /// c·moved(t−1) − success × moves(t) = 0`, where c is the lowest continuation of the provision the `to` group
  /// can use (so the children moved are never counted as staying longer than they would).
  mutating func addPlannedMoveRows(years: [Int]) {
    let authorityOfArea = scenario.authorityOfArea
    let columnsByKey = Dictionary(grouping: moveColumns, by: \.key)
    for (index, move) in scenario.stability.plannedMoves.enumerated() {
      let types = scenario.suitability.filter { $0.needGroup == move.to }.compactMap {
        scenario.provisionType($0.provisionType)
      }.filter { $0.category != .lastResort }
      let carried = types.map(scenario.stability.continuation(of:)).min() ?? 0
      for year in years {
        var byAuthority: [AuthorityID: [LinearTerm]] = [:]
        for area in scenario.areas {
          let key = MoveAreaYear(move: index, area: area.id, year: year)
          guard let moved = movedStock[key] else { continue }
          let made = (columnsByKey[key] ?? []).map(\.variable)
          var terms = [LinearTerm(moved, 1)] + made.map { LinearTerm($0, -move.successRate) }
          if let previous = years.firstIndex(of: year).flatMap({ $0 > 0 ? years[$0 - 1] : nil }),
            let before = movedStock[MoveAreaYear(move: index, area: area.id, year: previous)]
          {
            terms.append(LinearTerm(before, -carried))
          }
          program.addConstraint(
            name: modelName("moved_\(index)_\(area.id)_\(year)"), terms: terms, sense: .equal(0))
          if let authority = authorityOfArea[area.id] {
            byAuthority[authority, default: []] += made.map { LinearTerm($0, 1) }
          }
        }
        for (authority, terms) in byAuthority.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where !terms.isEmpty {
          addMoveRoomRows(move: index, authority: authority, year: year, columns: columnsByKey)
          program.addConstraint(
            name: modelName("move_limit_\(index)_\(authority)_\(year)"), terms: terms,
            sense: .lessOrEqual(move.maximumPerYear))
        }
      }
    }
  }

  /// Rows keeping a council's planned moves in one year within the children who could make them: per home area,
  /// the moves out of placement cells within those cells' running-on placements; in the first year, the moves
  /// out of each provision type's placements at the base date within those still running.
  private mutating func addMoveRoomRows(
    move index: Int, authority: AuthorityID, year: Int, columns: [MoveAreaYear: [MoveColumn]]
  ) {
    for area in scenario.areas where area.authority == authority {
      let key = MoveAreaYear(move: index, area: area.id, year: year)
      guard let room = moveRoom[key] else { continue }
      // Only years after the first have room here; the first year's moves come out of the placements at the base
      // date, whose room rows follow.
      let fromCells = (columns[key] ?? []).map { LinearTerm($0.variable, 1) }
      program.addConstraint(
        name: modelName("move_room_\(index)_\(area.id)_\(year)"), terms: fromCells + room,
        sense: .lessOrEqual(0))
    }
    guard year == scenario.planYears.first else { return }
    let mine = Set(moveColumns.filter { $0.key.move == index }.map(\.variable))
    for (key, entry) in firstYearMoveRoom.sorted(by: { $0.key.provisionType.rawValue < $1.key.provisionType.rawValue })
    where key.authority == authority {
      let terms = entry.moves.filter { mine.contains($0.variable) }
      guard !terms.isEmpty else { continue }
      program.addConstraint(
        name: modelName("move_room_\(index)_\(authority)_\(key.provisionType)_\(year)"), terms: terms,
        sense: .lessOrEqual(entry.running))
    }
  }

  /// The placements at the base date still running on average over the first plan year: `(1 + c)/2 × placed`.
  public static func runningInFirstYear(placed: Double, continuation: Double) -> Double {
    placed * (1 + continuation) / 2
  }
}

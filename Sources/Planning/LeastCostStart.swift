import LinearProgramming

/// A least-cost greedy allocation of a plan's demand (the least-cost method for transportation problems), and the
/// simplex basis it makes: a starting point for GLPK's primal simplex that is already a near-optimal plan.
///
/// Spot placements are taken year by year, in order of cost, each placing as much of its demand row's remaining
/// demand as its site's remaining places allow. Where the programme's placement columns are new placements that run
/// on (continuation rows substituted out, ``ChainSubstitution``), a column also counts in later years' demand and
/// places, thinned by continuation: what it places there is taken off those years' remaining demand and places. In-house carers offer the places of the base year's households, less
/// attrition, with no one recruited. Need left over goes to the row's unmet column.
///
/// Every allocation closes one line: the demand row when its site can take all of it (the site stays open, even with
/// no place left), otherwise the site's capacity row. The allocations, the unmet columns of rows left over and the
/// slacks of sites never closed are then a basis of the demand and capacity rows: ordered by when each closes its
/// line, every one meets only lines closed later (its later years' lines close later, or never), so the matrix is
/// triangular. Each in-house stock row gets its
/// households column, and every other row its slack. The point is feasible for the demand, capacity and stock
/// rows; a budget, emergency-bed or share row it misses is left to the simplex's first phase.
struct LeastCostStart {
  /// The placement columns the allocation uses, in the order it took them.
  let columns: [Int]
  /// The starting basis over every row and column of the programme.
  let basis: Basis

  init(formulation: PlanFormulation, program: LinearProgram) {
    var rowStatus = [BasisStatus](repeating: .basic, count: program.constraints.count)
    var columnStatus = [BasisStatus](repeating: .atLower, count: program.variables.count)
    let years = Set(formulation.placements.map(\.year)).sorted()

    // Stock rows: households_t is basic (with no one recruited it is the base households less attrition).
    for (key, row) in formulation.stockRows {
      guard let households = formulation.households[key] else { continue }
      columnStatus[households.index] = .basic
      rowStatus[row.index] = .fixed
    }

    var remainingDemand: [Int: Double] = [:]
    for row in formulation.demandRows.values {
      if case .equal(let children) = program[row].sense { remainingDemand[row.index] = children }
    }
    var remainingPlaces: [PlanFormulation.SiteYear: Double] = [:]
    for siteIndex in formulation.sites.indices {
      var households = formulation.inHouseSupplyAtSite[siteIndex]?.households ?? 0
      for year in years {
        let key = PlanFormulation.SiteYear(siteIndex: siteIndex, year: year)
        if let supply = formulation.inHouseSupplyAtSite[siteIndex] {
          // Places in a year: those of last year's households, less half a year's attrition.
          remainingPlaces[key] = supply.usablePlacesPerHousehold * (1 - supply.annualAttrition / 2) * households
          households *= 1 - supply.annualAttrition
        } else if formulation.capacityRows[key] != nil, let places = formulation.pooledPlaces(siteIndex, in: year) {
          remainingPlaces[key] = places
        }
      }
    }

    let laterYears = Self.laterYearEntries(formulation: formulation, program: program)
    let spot = formulation.placements.filter { $0.tier == .spot }.map { ($0, program[$0.variable].objective) }
    let order = spot.sorted {
      ($0.0.year, $0.1, $0.0.variable.index) < ($1.0.year, $1.1, $1.0.variable.index)
    }.map(\.0)
    var used: [Int] = []
    for placement in order {
      let key = PlanFormulation.NeedAreaYear(need: placement.need, area: placement.area, year: placement.year)
      guard let row = formulation.demandRows[key]?.index, let children = remainingDemand[row], children > 0 else {
        continue
      }
      let siteYear = PlanFormulation.SiteYear(siteIndex: placement.siteIndex, year: placement.year)
      let places = remainingPlaces[siteYear] ?? .infinity
      guard places > 0 else { continue }
      used.append(placement.variable.index)
      columnStatus[placement.variable.index] = .basic
      let placed = min(children, places)
      for entry in laterYears[placement.variable.index] ?? [] {
        switch entry.line {
        case .demand(let laterRow): remainingDemand[laterRow]? -= entry.coefficient * placed
        case .places(let laterSite): remainingPlaces[laterSite]? -= entry.coefficient * placed
        }
      }
      if children <= places {
        // The row is met in full: it closes; the site keeps what is left (its slack stays basic).
        remainingDemand[row] = 0
        rowStatus[row] = .fixed
        if places.isFinite { remainingPlaces[siteYear] = places - children }
      } else {
        // The site is full: its capacity row closes at its bound.
        remainingDemand[row] = children - places
        remainingPlaces[siteYear] = 0
        if let capacity = formulation.capacityRows[siteYear] { rowStatus[capacity.index] = .atUpper }
      }
    }
    // Rows still short: the rest is unmet.
    for (key, row) in formulation.demandRows where (remainingDemand[row.index] ?? 0) > 0 {
      guard let unmet = formulation.unmet[key] else { continue }
      columnStatus[unmet.index] = .basic
      rowStatus[row.index] = .fixed
    }
    columns = used
    basis = Basis(rows: rowStatus, columns: columnStatus)
  }

  /// A line a placement column meets in a later year than its own: a demand row, or a site's places.
  enum Line {
    case demand(Int)
    case places(PlanFormulation.SiteYear)
  }

  /// For each placement column that meets later years' demand or capacity rows (new placements that run on), those
  /// lines and the column's coefficient in each.
  static func laterYearEntries(formulation: PlanFormulation, program: LinearProgram)
    -> [Int: [(line: Line, coefficient: Double)]]
  {
    var yearOfColumn: [Int: Int] = [:]
    for placement in formulation.placements { yearOfColumn[placement.variable.index] = placement.year }
    let lines =
      formulation.demandRows.map { (row: $0.value, year: $0.key.year, line: Line.demand($0.value.index)) }
      + formulation.capacityRows.map { (row: $0.value, year: $0.key.year, line: Line.places($0.key)) }
    var entries: [Int: [(line: Line, coefficient: Double)]] = [:]
    for (row, lineYear, line) in lines {
      for term in program[row].terms {
        guard let year = yearOfColumn[term.variable.index], year < lineYear else { continue }
        entries[term.variable.index, default: []].append((line, term.coefficient))
      }
    }
    return entries
  }
}

import PlacementDomain

/// One council's placements of one provision type in one year, split into those running on from earlier years
/// (placements at the base date, or made in an earlier plan year) and the new placements the plan makes.
public struct PlacementFlowLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var authority: String
  public var provisionType: String
  /// Children placed on average over the year: ``continuing`` + ``newPlacements``.
  public var placements: Double
  /// Placements running on from the year before (or from the base date), at the type's continuation rate.
  public var continuing: Double
  /// Placements the plan makes in the year: for children entering care and children whose placement ended.
  public var newPlacements: Double
}

extension PlanInterpreter {
  /// The placement flows per year, council and provision type, in scenario order. Placements equal the plan's
  /// placement lines summed; the part running on is each placement cell's continuation row (in the first year,
  /// the council's placements at the base date that stay, less any that cannot for want of places).
  func flowLines(placements: [PlacementLine]) -> [PlacementFlowLine] {
    struct Key: Hashable {
      var year: Int
      var authority: AuthorityID
      var type: ProvisionTypeID
    }
    let authorityOfArea = scenario.authorityOfArea
    var placed: [Key: Double] = [:]
    for line in placements {
      guard let authority = authorityOfArea[AreaID(line.homeArea)] else { continue }
      placed[Key(year: line.year, authority: authority, type: ProvisionTypeID(line.provisionType)), default: 0] +=
        line.placements
    }
    var continuing: [Key: Double] = [:]
    let years = scenario.planYears
    if let first = years.first {
      for (key, row) in formulation.baseStockRows {
        let running =
          (formulation.program[row].sense.lowerBound ?? 0)
          - (formulation.baseStockShortfall[key].map(value) ?? 0)
        continuing[Key(year: first, authority: key.authority, type: key.provisionType), default: 0] += max(0, running)
      }
    }
    // Each continuation row's running-on part is its negative terms: the year before's placements of the cell (and,
    // for a 16–17 cell, of its under-16 partner ageing in, at the same site and so the same type).
    for (cell, rows) in formulation.continuationRows.sorted(by: { Self.cellOrder($0.key, $1.key) }) {
      guard let authority = authorityOfArea[cell.area] else { continue }
      for year in years {
        guard let row = rows[year] else { continue }
        let key = Key(year: year, authority: authority, type: formulation.site(cell.siteIndex).provisionType)
        for term in formulation.program[row].terms where term.coefficient < 0 {
          continuing[key, default: 0] -= term.coefficient * value(term.variable)
        }
      }
    }
    var lines: [PlacementFlowLine] = []
    for year in years {
      for authority in scenario.authorities {
        for type in scenario.provisionTypes {
          let key = Key(year: year, authority: authority.id, type: type.id)
          // To the hundredth, as the tables show them, so running on + new is the placements shown, exactly.
          let total = Self.hundredths(placed[key] ?? 0)
          guard total > 0 else { continue }
          let running = min(total, Self.hundredths(continuing[key] ?? 0))
          lines.append(
            PlacementFlowLine(
              year: year, authority: authority.id.rawValue, provisionType: type.id.rawValue, placements: total,
              continuing: running, newPlacements: Self.hundredths(total - running)))
        }
      }
    }
    return lines
  }

  /// A count to the hundredth of a child.
  private static func hundredths(_ value: Double) -> Double { (value * 100).rounded() / 100 }

  /// A fixed order of placement cells (dictionary order varies between runs, and so would the last bit of sums).
  private static func cellOrder(_ first: PlanFormulation.PlacementCell, _ second: PlanFormulation.PlacementCell)
    -> Bool
  {
    (first.siteIndex, first.area.rawValue, first.need.rawValue)
      < (second.siteIndex, second.area.rawValue, second.need.rawValue)
  }
}

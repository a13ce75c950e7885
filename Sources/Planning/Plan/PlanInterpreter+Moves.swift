import PlacementDomain

/// One council's planned moves of settled children in one year (a step-down from one need group's placements to
/// another's).
public struct PlannedMoveLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var authority: String
  /// The need group the children leave.
  public var from: String
  /// The need group they move to.
  public var to: String
  /// Children moved in the year.
  public var moves: Double
  /// Of those, the moves expected to last (× the success rate); the rest need a new placement of the first group.
  public var lasting: Double
  /// The moves' cost (£): moves × cost per move, booked to the provision types left in `budget.csv`.
  public var cost: Double
}

extension PlanInterpreter {
  /// The planned moves made, per year, council and move, in scenario order (none when the scenario allows none).
  func moveLines() -> [PlannedMoveLine] {
    let moves = scenario.stability.plannedMoves
    guard !moves.isEmpty else { return [] }
    let authorityOfArea = scenario.authorityOfArea
    struct Key: Hashable {
      var move: Int
      var authority: AuthorityID
      var year: Int
    }
    var made: [Key: Double] = [:]
    for column in formulation.moveColumns {
      guard let authority = authorityOfArea[column.key.area] else { continue }
      made[Key(move: column.key.move, authority: authority, year: column.key.year), default: 0] += value(
        column.variable)
    }
    var lines: [PlannedMoveLine] = []
    for year in scenario.planYears {
      for authority in scenario.authorities {
        for (index, move) in moves.enumerated() {
          let count = Rounding.count(made[Key(move: index, authority: authority.id, year: year)] ?? 0)
          guard count > 0 else { continue }
          lines.append(
            PlannedMoveLine(
              year: year, authority: authority.id.rawValue, from: move.from.rawValue, to: move.to.rawValue,
              moves: count, lasting: Rounding.count(count * move.successRate),
              cost: Rounding.money(count * move.costPerMove)))
        }
      }
    }
    return lines
  }
}

import LinearProgramming
import PlacementDomain

/// Every pound of a plan's spending as figures rounded to the penny once, at the finest grain the outputs show:
/// each placement line's fees and mileage, and each other cost term (one recruitment, household-support, retainer,
/// new-unit or block-contract decision in a year). Every larger figure (a budget line, a year's item, a year, the
/// plan) is the sum of these rounded figures, so each total is the sum of the figures shown, to the penny.
struct CostLedger {
  struct Key: Hashable {
    var year: Int
    var provisionType: String
    var item: CostItem
  }

  /// Pence-rounded amounts summed by year, provision type and item.
  private(set) var amounts: [Key: Double] = [:]

  /// The ledger of a solved plan: fees and mileage from its placement lines, everything else from the formulation's
  /// cost terms at their solved values.
  init(formulation: PlanFormulation, primal: Solution, placements: [PlacementLine]) {
    for line in placements {
      add(line.feeCost, Key(year: line.year, provisionType: line.provisionType, item: .placements))
      add(line.mileageCost, Key(year: line.year, provisionType: line.provisionType, item: .mileage))
    }
    for term in formulation.costTerms where term.item != .placements && term.item != .mileage {
      let type = term.provisionType?.rawValue ?? ""
      add(
        Rounding.money(term.annualCost * primal.value(of: term.variable)),
        Key(year: term.year, provisionType: type, item: term.item))
    }
  }

  private mutating func add(_ amount: Double, _ key: Key) {
    guard amount != 0 else { return }
    amounts[key] = Rounding.money(amounts[key, default: 0] + amount)
  }

  /// The spending on one item for one provision type in a year (£, pence).
  func amount(year: Int, provisionType: String, item: CostItem) -> Double {
    amounts[Key(year: year, provisionType: provisionType, item: item)] ?? 0
  }

  /// The spending on every item for one provision type in a year (£, pence): a budget line's annual cost.
  func annualCost(year: Int, provisionType: String) -> Double {
    CostItem.allCases.reduce(0) { Rounding.money($0 + amount(year: year, provisionType: provisionType, item: $1)) }
  }

  /// A year's spending by item, summed over provision types (£, pence; items with no spending left out).
  func byItem(year: Int) -> [CostItem: Double] {
    var result: [CostItem: Double] = [:]
    for key in amounts.keys.sorted(by: { ($0.provisionType, $0.item) < ($1.provisionType, $1.item) })
    where key.year == year {
      result[key.item] = Rounding.money(result[key.item, default: 0] + amounts[key]!)
    }
    return result.filter { $0.value != 0 }
  }
}

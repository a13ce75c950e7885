import LinearProgramming
import PlacementDomain

extension Planner {
  /// The status quo (``PlanFormulation/Variant/statusQuo``) solved as its own plan and summarised. Priced, it starts
  /// from the placements the plan uses (`planHint`: the plan's placement columns and its solution) as well as its
  /// own greedy start. With `planHint` (a large plan's), the status quo's programme is not held while it solves.
  func solveStatusQuo(
    _ scenario: Scenario, demand: DemandTable, planHint: (placements: [VariableID], solution: Solution)? = nil
  ) throws -> StatusQuoSummary {
    let build = {
      PlanFormulation(
        scenario: scenario, demand: demand, poolIdenticalProviders: poolIdenticalProviders, variant: .statusQuo,
        keepsNames: false)
    }
    var statusQuo = build()
    let hintColumns = planHint.map { Self.placementsInUse($0.solution, of: $0.placements, in: statusQuo) } ?? []
    let solution: Solution
    if planHint == nil {
      solution = try solveChecked(statusQuo, hintColumns: hintColumns)
    } else {
      // A large plan's: its programme is let go while it solves, and the formulation built again for the summary.
      solution = try solveChecked(lettingGoOf: &statusQuo, hintColumns: hintColumns)
      statusQuo = build()
    }
    return PlanInterpreter(formulation: statusQuo, primal: solution, dual: nil).statusQuoSummary()
  }

  /// The placement columns `solution` of a plan whose placement columns are `planPlacements` uses, as columns of
  /// `other`, when both formulations number their placements alike (the status quo and its plan do); otherwise
  /// none.
  static func placementsInUse(_ solution: Solution, of planPlacements: [VariableID], in other: PlanFormulation)
    -> [Int]
  {
    guard planPlacements == other.placements.map(\.variable) else { return [] }
    return planPlacements.map(\.index).filter { solution.variableValues[$0] > 0 }
  }

  /// The programme the shadow prices are re-solved on: the plan's own for an LP; for a MIP, its LP with every
  /// whole-number decision fixed at its value in `solution`.
  static func dualProgram(of formulation: PlanFormulation, fixing solution: Solution) -> LinearProgram {
    guard formulation.program.hasIntegerVariables else { return formulation.program }
    var fixed = formulation.program
    for (index, variable) in fixed.variables.enumerated() where variable.kind == .integer {
      let value = solution.variableValues[index].rounded()
      fixed.setBounds(VariableID(index: index), lower: value, upper: value)
    }
    return continuous(fixed)
  }
}

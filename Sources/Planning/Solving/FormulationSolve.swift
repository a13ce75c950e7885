import LinearProgramming

/// How a plan's programme is solved, whoever solves it (the planner, the status quo, sweeps, sensitivity re-solves):
/// with its continuation rows substituted out (``ChainSubstitution``), by pricing when it is large
/// (``PricedPlacementSolve``), and returned as a solution of the whole programme.
///
/// Substituted, each placement column after the first year stands for the new placements made that year, and a
/// placement's count is the new placements of each year thinned by the years of continuation since. The programme
/// solved has no continuation rows (most of the programme: the generated 20-council region has 11,000 of 13,500 rows)
/// and the same optimum; the solution returned has the continuation rows' duals and an optimal basis of the whole
/// programme, from which re-solves start.
enum FormulationSolve {
  /// `formulation` with its programme's continuation rows substituted out, and the substitution (to map solutions
  /// and bases back). Every row index the formulation keeps is still valid: continuation rows are its last.
  static func substituted(_ formulation: PlanFormulation) -> (
    formulation: PlanFormulation, substitution: ChainSubstitution
  ) {
    let substitution = ChainSubstitution(program: formulation.program, candidateRows: formulation.continuationRowRange)
    var reduced = formulation
    reduced.program = substitution.reduced
    return (reduced, substitution)
  }

  /// Solves `formulation`'s programme (substituted; priced when ``PricedPlacementSolve/applies(to:threshold:)``),
  /// warm from `options.warmStart` (a basis of the whole programme) when it maps onto the substituted one.
  ///
  /// - Parameter greedyStart: start a programme solved whole (an LP, or a MIP's relaxation) from a least-cost greedy
  ///   allocation (``LeastCostStart``) when no warm start is given; priced LPs always start from one.
  /// - Parameter hintColumns: columns a priced solve takes in its first round besides its own choice (see
  ///   ``PricedPlacementSolve/hintColumns``).
  static func solve(
    _ formulation: PlanFormulation, solver: any LinearSolver, options: SolveOptions, threshold: Int?,
    columnsPerRow: Int = PricedPlacementSolve.defaultColumnsPerRow, greedyStart: Bool = false,
    hintColumns: [Int] = []
  ) throws -> Solution {
    var handed = formulation
    return try solve(
      lettingGoOf: &handed, solver: solver, options: options, threshold: threshold, columnsPerRow: columnsPerRow,
      greedyStart: greedyStart, hintColumns: hintColumns)
  }

  /// As ``solve(_:solver:options:threshold:columnsPerRow:greedyStart:hintColumns:)``, letting go of `formulation`'s
  /// programme (left empty) once the substituted one is made from it: held nowhere else, it is not kept beside the
  /// substituted programme while that is solved (nationally about 150 MB). For a caller that no longer needs it.
  static func solve(
    lettingGoOf formulation: inout PlanFormulation, solver: any LinearSolver, options: SolveOptions, threshold: Int?,
    columnsPerRow: Int = PricedPlacementSolve.defaultColumnsPerRow, greedyStart: Bool = false,
    hintColumns: [Int] = []
  ) throws -> Solution {
    var reduced = formulation
    formulation.program = LinearProgram(name: reduced.program.name, sense: reduced.program.sense)
    let substitution = ChainSubstitution(program: reduced.program, candidateRows: reduced.continuationRowRange)
    reduced.program = substitution.reduced
    var options = substitution.reducedOptions(options)
    let solution: Solution
    if PricedPlacementSolve.applies(to: reduced, threshold: threshold) {
      var priced = PricedPlacementSolve(
        formulation: reduced, solver: solver, options: options, initialColumnsPerRow: columnsPerRow)
      priced.hintColumns = hintColumns
      solution = try priced.solve()
    } else {
      if greedyStart && options.warmStart == nil {
        options.warmStart = LeastCostStart(formulation: reduced, program: reduced.program).basis
      }
      solution = try solver.solve(reduced.program, options: options)
    }
    return substitution.originalSolution(from: solution)
  }
}

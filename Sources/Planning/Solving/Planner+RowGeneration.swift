import LinearProgramming

extension Planner {
  /// Solves a formulation with its continuation rows generated as needed: first without any, then with those the
  /// solution breaks (and every row of a placement then in use) added and the programme solved again (warm, by the dual simplex: the added rows leave the last
  /// basis dual feasible), until the solution keeps every continuation row. It is then optimal for the whole
  /// programme: the rows left out hold at it, with a dual of 0. Most continuation rows never bind (a plan rarely
  /// wants fewer children in a placement than run on), so the programme solved is far smaller: the generated
  /// 20-council region has 11,000 continuation rows against 2,500 others.
  ///
  /// The solution returned covers every row of `formulation.program`: rows left out have their activity, a dual of
  /// 0 and a basic slack, so the basis is an optimal basis of the whole programme (the shadow-price re-solves and
  /// sweeps start from it).
  func solveGeneratingContinuationRows(_ formulation: PlanFormulation) throws -> Solution {
    let generated = formulation.continuationRowRange
    guard !generated.isEmpty else { return try solveChecked(formulation, options: options(for: formulation)) }
    let full = formulation.program
    let kept = Array(0..<generated.lowerBound)
    var added: [Int] = []
    var restricted = formulation
    var last: Solution?
    var pricedState: PricedPlacementSolve.State?
    var iterations = 0
    for round in 0..<Self.maximumRowGenerationRounds {
      restricted.program = full.keepingRows(kept + added)
      let solution: Solution
      if let previous = last {
        // Warm: the previous basis with the added rows' slacks basic; the rows it breaks make it primal infeasible
        // but leave it dual feasible.
        let extended = previous.basis.map { Self.extend($0, toRows: restricted.program.constraints.count) }
        if PricedPlacementSolve.applies(to: restricted, threshold: pricingThreshold) {
          var start: PricedPlacementSolve.State?
          if let pricedState, let extended {
            start = PricedPlacementSolve.State(active: pricedState.active, basis: extended)
          }
          let result = try PricedPlacementSolve(
            formulation: restricted, solver: solver, options: options, initialColumnsPerRow: pricingColumnsPerRow
          ).solve(from: start)
          pricedState = result.state
          solution = try Self.checked(result.solution)
        } else {
          var warm = options
          if !restricted.program.hasIntegerVariables, let extended {
            warm.method = .dualSimplex
            warm.warmStart = extended
          }
          solution = try Self.checked(try solver.solve(restricted.program, options: warm))
        }
      } else if PricedPlacementSolve.applies(to: restricted, threshold: pricingThreshold) {
        let result = try PricedPlacementSolve(
          formulation: restricted, solver: solver, options: options(for: restricted),
          initialColumnsPerRow: pricingColumnsPerRow
        ).solve(from: nil)
        pricedState = result.state
        solution = try Self.checked(result.solution)
      } else {
        solution = try solveChecked(restricted, options: options(for: restricted))
      }
      iterations += solution.iterationCount
      // Add the rows the solution breaks, and with them every row of a placement in use the year before (so the
      // next round cannot simply move those children elsewhere): rows of placements not in use hold whatever
      // the programme does, so the rounds end quickly.
      let present = Set(added)
      let values = solution.variableValues
      let anyBroken = generated.contains { row in
        !present.contains(row) && full.activity(of: ConstraintID(index: row), at: values) < -Self.rowTolerance
      }
      if !anyBroken {
        var whole = Self.expand(solution, over: full, rows: kept + added)
        whole.iterationCount = iterations
        return whole
      }
      // From the third round on, every row a solve could use: those touching a column in play (all columns when
      // solved whole; a priced plan's active columns), so the rounds end.
      let inPlay = round >= Self.roundsBeforeAllRowsInPlay ? pricedState?.active : nil
      let broken = generated.filter { row in
        guard !present.contains(row) else { return false }
        let terms = full[ConstraintID(index: row)].terms
        if round >= Self.roundsBeforeAllRowsInPlay {
          return inPlay.map { active in terms.contains { active[$0.variable.index] } } ?? true
        }
        return terms.contains { $0.coefficient < 0 && values[$0.variable.index] > Self.rowTolerance }
      }
      added += broken
      last = solution
    }
    return try solveChecked(formulation, options: options(for: formulation))
  }

  /// Rounds that add only the rows of placements in use before every row in play is added.
  static let roundsBeforeAllRowsInPlay = 2
  /// Rounds of row generation before solving the whole programme instead.
  static let maximumRowGenerationRounds = 50
  /// A continuation row counts as broken when its activity is below this (children).
  static let rowTolerance = 1e-7

  /// A solution of the programme with rows `rows` (in that order) as one of `program`: the other rows' activities
  /// computed, their duals 0 and their slacks basic.
  static func expand(_ solution: Solution, over program: LinearProgram, rows: [Int]) -> Solution {
    var full = solution
    let count = program.constraints.count
    full.rowActivities = (0..<count).map { program.activity(of: ConstraintID(index: $0), at: solution.variableValues) }
    if !solution.duals.isEmpty {
      var duals = [Double](repeating: 0, count: count)
      for (position, row) in rows.enumerated() { duals[row] = solution.duals[position] }
      full.duals = duals
    }
    if let basis = solution.basis {
      var statuses = [BasisStatus](repeating: .basic, count: count)
      for (position, row) in rows.enumerated() { statuses[row] = basis.rows[position] }
      full.basis = Basis(rows: statuses, columns: basis.columns)
    }
    return full
  }

  /// `basis` with basic slacks for rows added after its last.
  static func extend(_ basis: Basis, toRows count: Int) -> Basis {
    Basis(rows: basis.rows + Array(repeating: .basic, count: max(0, count - basis.rows.count)), columns: basis.columns)
  }

  /// The solution, when it is a usable plan.
  static func checked(_ solution: Solution) throws -> Solution {
    guard solution.primalStatus == .feasiblePoint,
      solution.termination == .optimal || solution.termination == .timeLimit
    else { throw PlanningError.solverFailed(summary: solution.summary) }
    return solution
  }
}

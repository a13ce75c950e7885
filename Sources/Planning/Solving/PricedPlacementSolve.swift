import LinearProgramming

/// Solves a large placement LP by pricing: only some placement columns go to the solver at first (those a
/// least-cost greedy allocation uses, the cheapest few of each demand row, and last resort); the rest are priced
/// with the solution's duals, and the most negative few per demand row are added, while any has a negative reduced
/// cost.
///
/// When no left-out column has a negative reduced cost, the restricted optimum's duals are feasible for the whole
/// programme, so its point (with every left-out column at 0) is optimal for the whole programme with the same
/// objective and duals: the plan is the one a direct solve would find, at a fraction of the size. Only for LPs
/// (a MIP's integer optimum can need columns its relaxation prices out).
///
/// Every round uses the primal simplex, whatever method the options name: added columns enter at zero, so the
/// previous optimum stays primal feasible and the primal simplex carries on from it. For the first round too:
/// GLPK's dual simplex took 39.6 s on the first restricted programme of a 60-council instance that its primal
/// simplex solved in 1.4 s (docs/scaling.md). The one exception is the first round from a given start (a sweep's
/// next draw): new right-hand sides leave the start's basis dual feasible, so the dual simplex re-solves it.
struct PricedPlacementSolve {
  let formulation: PlanFormulation
  /// The programme solved: `formulation.program`, or a copy with other demand right-hand sides (a sweep's draw).
  let program: LinearProgram
  let solver: any LinearSolver
  let options: SolveOptions
  /// Placement columns kept per demand row in the first round (the cheapest), and added per row each round.
  let initialColumnsPerRow: Int
  /// Columns also in the first round: those a closely related plan used (the status quo starts from the plan's).
  var hintColumns: [Int] = []

  /// LPs with at least this many placement columns are solved by pricing (``Planner``, ``DemandSweep``).
  static let placementColumnThreshold = 50_000
  /// The default of ``initialColumnsPerRow``.
  static let defaultColumnsPerRow = 12
  /// Reduced costs below this (£) count as negative.
  static let pricingTolerance = -1e-6
  /// Rounds of pricing before giving up and solving the whole programme.
  static let maximumRounds = 200

  /// Where pricing ended: the columns in the restricted programme and its optimal basis (over every column), from
  /// which a programme differing only in right-hand sides can be priced again.
  struct State: Sendable {
    var active: [Bool]
    var basis: Basis
  }

  /// Makes a priced solve of `program` (default: the formulation's own programme).
  init(
    formulation: PlanFormulation, program: LinearProgram? = nil, solver: any LinearSolver, options: SolveOptions,
    initialColumnsPerRow: Int = defaultColumnsPerRow
  ) {
    self.formulation = formulation
    self.program = program ?? formulation.program
    self.solver = solver
    self.options = options
    self.initialColumnsPerRow = initialColumnsPerRow
  }

  /// The solution of the whole programme: values, duals, reduced costs and basis for every column.
  func solve() throws -> Solution { try solve(from: nil).solution }

  /// True when `formulation` is an LP with at least `threshold` placement columns (never when `threshold` is `nil`).
  static func applies(to formulation: PlanFormulation, threshold: Int?) -> Bool {
    guard let threshold, !formulation.program.hasIntegerVariables else { return false }
    return formulation.placements.count >= threshold
  }

  /// Solves the whole programme by pricing, from `start` when given (the state another solve of a programme with
  /// the same columns and rows ended in): its columns and basis, re-solved first with the dual simplex, since a
  /// change of right-hand sides leaves the basis dual feasible. Returns the solution and the state it ended in
  /// (`nil` when pricing gave up and the whole programme was solved directly).
  func solve(from start: State?) throws -> (solution: Solution, state: State?) {
    // The demand row of each placement column (-1 for other columns).
    var demandRowOfColumn = [Int](repeating: -1, count: program.variables.count)
    for placement in formulation.placements {
      let key = PlanFormulation.NeedAreaYear(need: placement.need, area: placement.area, year: placement.year)
      demandRowOfColumn[placement.variable.index] = formulation.demandRows[key]?.index ?? -1
    }
    let leastCost = start == nil ? LeastCostStart(formulation: formulation, program: program) : nil
    var active =
      start?.active ?? initialColumns(demandRowOfColumn: demandRowOfColumn, leastCost: leastCost?.columns ?? [])
    var basis = start?.basis ?? leastCost?.basis
    var iterations = 0
    for round in 0..<Self.maximumRounds {
      let (restricted, columns) = restrictedProgram(active: active)
      var roundOptions = options
      roundOptions.method = round == 0 && start != nil ? .dualSimplex : .primalSimplex
      if let basis { roundOptions.warmStart = Basis(rows: basis.rows, columns: columns.map { basis.columns[$0] }) }
      // Handed over: the restricted programme is not held beside GLPK's copy while it solves.
      let solution = try solver.solve(taking: consume restricted, options: roundOptions)
      iterations += solution.iterationCount
      guard solution.isOptimal, solution.hasDuals else {
        // A start that no longer works: price from scratch; failing that, solve the whole programme.
        if start != nil { return try solve(from: nil) }
        return (try solver.solve(program, options: options), nil)
      }
      let reducedCosts = fullReducedCosts(duals: solution.duals)
      // Partial pricing: at most `initialColumnsPerRow` of the most negative columns per demand row each round.
      var candidates: [Int: [Int]] = [:]
      for (index, isActive) in active.enumerated() where !isActive && reducedCosts[index] < Self.pricingTolerance {
        candidates[demandRowOfColumn[index], default: []].append(index)
      }
      var added = 0
      for columns in candidates.values {
        let best = columns.sorted { (reducedCosts[$0], $0) < (reducedCosts[$1], $1) }.prefix(initialColumnsPerRow)
        for index in best { active[index] = true }
        added += best.count
      }
      var full = expand(solution, columns: columns, reducedCosts: reducedCosts)
      full.iterationCount = iterations
      guard let fullBasis = full.basis else { return (full, nil) }
      if added == 0 { return (full, State(active: active, basis: fullBasis)) }
      basis = fullBasis
    }
    return (try solver.solve(program, options: options), nil)
  }

  /// The first round's columns: every non-placement column; the cheapest placement columns of each demand row and
  /// always last resort (unlimited), so the first duals are bounded by real prices rather than the unmet-need
  /// penalty; the columns of a least-cost greedy allocation (``LeastCostStart``), whose basis starts the first
  /// round; and ``hintColumns``.
  ///
  /// Starting from these columns, the first restricted programme already holds a near-optimal plan, where the
  /// cheapest columns alone send most children to the same few nearby sites and take many pricing rounds to spread
  /// them (national instance: 8 rounds instead of over 17, docs/scaling.md).
  private func initialColumns(demandRowOfColumn: [Int], leastCost: [Int]) -> [Bool] {
    var active = demandRowOfColumn.map { $0 < 0 }
    for row in formulation.demandRows.values {
      let placementColumns = program[row].terms.map(\.variable).filter { demandRowOfColumn[$0.index] >= 0 }
      let cheapest = placementColumns.sorted {
        (program[$0].objective, $0.index) < (program[$1].objective, $1.index)
      }.prefix(initialColumnsPerRow)
      for column in cheapest { active[column.index] = true }
    }
    for placement in formulation.placements where formulation.sites[placement.siteIndex].category == .lastResort {
      active[placement.variable.index] = true
    }
    for index in leastCost + hintColumns where active.indices.contains(index) { active[index] = true }
    return active
  }

  /// The programme with only the active columns (in their order), and the full index of each of its columns.
  private func restrictedProgram(active: [Bool]) -> (LinearProgram, [Int]) {
    var restricted = LinearProgram(
      name: program.name, sense: program.sense, objectiveConstant: program.objectiveConstant)
    var position = [Int](repeating: -1, count: program.variables.count)
    var columns: [Int] = []
    for (index, variable) in program.variables.enumerated() where active[index] {
      position[index] = columns.count
      columns.append(index)
      restricted.addVariable(
        name: variable.name, lowerBound: variable.lowerBound, upperBound: variable.upperBound,
        objective: variable.objective, kind: variable.kind)
    }
    for constraint in program.constraints {
      let terms = constraint.terms.compactMap { term -> LinearTerm? in
        let mapped = position[term.variable.index]
        return mapped < 0 ? nil : LinearTerm(VariableID(index: mapped), term.coefficient)
      }
      restricted.addConstraint(name: constraint.name, terms: terms, sense: constraint.sense)
    }
    return (restricted, columns)
  }

  /// c − Aᵀy for every column of the whole programme.
  private func fullReducedCosts(duals: [Double]) -> [Double] {
    var reduced = program.variables.map(\.objective)
    for (row, constraint) in program.constraints.enumerated() where duals[row] != 0 {
      for term in constraint.terms { reduced[term.variable.index] -= term.coefficient * duals[row] }
    }
    return reduced
  }

  /// A restricted solution as one of the whole programme: left-out columns at 0, non-basic at their lower bound.
  private func expand(_ solution: Solution, columns: [Int], reducedCosts: [Double]) -> Solution {
    let count = program.variables.count
    var values = [Double](repeating: 0, count: count)
    var statuses = [BasisStatus](repeating: .atLower, count: count)
    for (restrictedIndex, fullIndex) in columns.enumerated() {
      values[fullIndex] = solution.variableValues[restrictedIndex]
      if let basis = solution.basis { statuses[fullIndex] = basis.columns[restrictedIndex] }
    }
    var expanded = solution
    expanded.variableValues = values
    expanded.reducedCosts = reducedCosts
    expanded.basis = solution.basis.map { Basis(rows: $0.rows, columns: statuses) }
    return expanded
  }
}

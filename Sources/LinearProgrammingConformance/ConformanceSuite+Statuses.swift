import LinearProgramming

extension ConformanceSuite {
  /// `x + y ≥ 5` and `x + y ≤ 3` cannot both hold: the status is infeasible, with no feasible point and no duals.
  public static func infeasibleRows(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "infeasible_rows")
    let x = program.addVariable(name: "x", objective: 1)
    let y = program.addVariable(name: "y", objective: 1)
    program.addConstraint(name: "at_least", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .greaterOrEqual(5))
    program.addConstraint(name: "at_most", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .lessOrEqual(3))
    check.expectInfeasible(check.solve(program))
    return check.failures
  }

  /// `x + y ≥ 3` with `0 ≤ x, y ≤ 1` is infeasible because of the bounds, in both senses.
  public static func infeasibleBounds(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    for sense in ObjectiveSense.allCases {
      var program = LinearProgram(name: "infeasible_bounds", sense: sense)
      let x = program.addVariable(name: "x", upperBound: 1, objective: 1)
      let y = program.addVariable(name: "y", upperBound: 1, objective: 2)
      program.addConstraint(name: "need", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .greaterOrEqual(3))
      check.expectInfeasible(check.solve(program, label: sense.rawValue), label: sense.rawValue)
    }
    return check.failures
  }

  /// Maximise `x + y` subject to `x − y ≤ 1`: both can grow together, so the problem is unbounded.
  public static func unboundedMaximize(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "unbounded_max", sense: .maximize)
    let x = program.addVariable(name: "x", objective: 1)
    let y = program.addVariable(name: "y", objective: 1)
    program.addConstraint(name: "gap", terms: [LinearTerm(x, 1), LinearTerm(y, -1)], sense: .lessOrEqual(1))
    check.expectUnbounded(check.solve(program))
    return check.failures
  }

  /// Minimise `−x` subject to `x − y ≥ −2` with `y ≤ 5`: `x` can grow without limit, so the problem is unbounded.
  public static func unboundedMinimize(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "unbounded_min", sense: .minimize)
    let x = program.addVariable(name: "x", objective: -1)
    let y = program.addVariable(name: "y", upperBound: 5)
    program.addConstraint(name: "gap", terms: [LinearTerm(x, 1), LinearTerm(y, -1)], sense: .greaterOrEqual(-2))
    check.expectUnbounded(check.solve(program))
    return check.failures
  }

  /// A programme with no rows and no columns is optimal with the constant as its objective (0, then 2.5 when
  /// maximising a constant), and empty value arrays.
  public static func emptyModel(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    let empty = LinearProgram(name: "empty")
    check.expectOptimal(check.solve(empty), of: empty, objective: 0, values: [], duals: [], label: "zero")
    let constant = LinearProgram(name: "empty_constant", sense: .maximize, objectiveConstant: 2.5)
    check.expectOptimal(check.solve(constant), of: constant, objective: 2.5, values: [], duals: [], label: "constant")
    return check.failures
  }

  /// Columns but no rows: minimise `x − y` over `1 ≤ x ≤ 2`, `0 ≤ y ≤ 3` gives −2 at `(1, 3)` with reduced costs
  /// `(1, −1)`.
  public static func columnsWithoutRows(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "no_rows")
    program.addVariable(name: "x", lowerBound: 1, upperBound: 2, objective: 1)
    program.addVariable(name: "y", lowerBound: 0, upperBound: 3, objective: -1)
    check.expectOptimal(
      check.solve(program), of: program, objective: -2, values: [1, 3], duals: [], reducedCosts: [1, -1])
    return check.failures
  }

  /// Rows with a zero objective: any feasible point is optimal with objective 0, and every dual is 0.
  public static func zeroObjective(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "zero_objective", sense: .maximize)
    let x = program.addVariable(name: "x", upperBound: 10)
    let y = program.addVariable(name: "y", upperBound: 10)
    program.addConstraint(name: "cover", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .greaterOrEqual(1))
    program.addConstraint(name: "spread", terms: [LinearTerm(x, 1), LinearTerm(y, -1)], sense: .equal(0.5))
    check.expectOptimal(check.solve(program), of: program, objective: 0, duals: [0, 0], reducedCosts: [0, 0])
    return check.failures
  }

  /// Maximise `x + y` with `x ≤ 1`, `y ≤ 1`, `x + y ≤ 2`: three rows are active at the optimum `(1, 1)`, objective
  /// 2, so the vertex is degenerate and the duals are not unique; they are checked through the optimality
  /// conditions only.
  public static func degenerate(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "degenerate", sense: .maximize)
    let x = program.addVariable(name: "x", objective: 1)
    let y = program.addVariable(name: "y", objective: 1)
    program.addConstraint(name: "x_cap", terms: [LinearTerm(x, 1)], sense: .lessOrEqual(1))
    program.addConstraint(name: "y_cap", terms: [LinearTerm(y, 1)], sense: .lessOrEqual(1))
    program.addConstraint(name: "sum_cap", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .lessOrEqual(2))
    check.expectOptimal(check.solve(program), of: program, objective: 2, values: [1, 1])
    return check.failures
  }

  /// An iteration limit of one (presolve off) on a 10-row cycle cover (`x_i + x_{i+1} ≥ 1`, minimise `Σ x`, optimum
  /// 5) stops before the optimum: it needs several pivots from the slack basis with either simplex method.
  public static func iterationLimit(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    let program = cycleCover(size: 10)
    var options = config.options
    options.presolve = false
    options.iterationLimit = 1
    if let solution = check.solve(program, options: options) {
      check.expect(solution.termination == .iterationLimit, "expected iterationLimit, got \(solution.summary)")
      check.expect(!solution.hasDuals, "a solve stopped by a limit reported optimal duals")
    }
    options.iterationLimit = nil
    check.expectOptimal(check.solve(program, options: options), of: program, objective: 5, label: "without limit")
    return check.failures
  }

  /// A 1 ms time limit on a 400-row cycle cover: the solver either finishes (objective 200) or reports
  /// ``TerminationStatus/timeLimit``; nothing else, and nothing thrown. (Whether 1 ms is enough depends on the
  /// machine, so both outcomes pass.)
  public static func timeLimit(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    let program = cycleCover(size: 400)
    var options = config.options
    options.timeLimitSeconds = 0.001
    if let solution = check.solve(program, options: options) {
      switch solution.termination {
      case .optimal: check.expectOptimal(solution, of: program, objective: 200)
      case .timeLimit: check.expect(!solution.hasDuals, "a solve stopped by a limit reported optimal duals")
      default: check.expect(false, "expected optimal or timeLimit, got \(solution.summary)")
      }
    }
    return check.failures
  }

  /// Minimise `Σ x_i` subject to `x_i + x_{(i+1) mod n} ≥ 1`; for even `n` the optimum is `n / 2`.
  static func cycleCover(size: Int) -> LinearProgram {
    var program = LinearProgram(name: "cycle_cover_\(size)")
    let columns = (0..<size).map { program.addVariable(name: "x\($0)", objective: 1) }
    for index in 0..<size {
      program.addConstraint(
        name: "cover_\(index)", terms: [LinearTerm(columns[index], 1), LinearTerm(columns[(index + 1) % size], 1)],
        sense: .greaterOrEqual(1))
    }
    return program
  }
}

import LinearProgramming

extension ConformanceSuite {
  /// Minimise `3x` subject to `2x ≥ 4`: `x = 2`, objective 6. Raising the right-hand side raises the cost, so the
  /// dual is `+1.5` (JuMP's table: min, ≥ row, dual ≥ 0).
  public static func dualSignMinimizeGreaterOrEqual(_ solver: any LinearSolver, _ config: ConformanceConfig)
    -> [String]
  {
    singleRowDual(solver, config, sense: .minimize, cost: 3, row: .greaterOrEqual(4), objective: 6, dual: 1.5)
  }

  /// Minimise `−3x` subject to `2x ≤ 4`: objective −6, and raising the right-hand side lowers it: dual `−1.5`.
  public static func dualSignMinimizeLessOrEqual(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    singleRowDual(solver, config, sense: .minimize, cost: -3, row: .lessOrEqual(4), objective: -6, dual: -1.5)
  }

  /// Maximise `3x` subject to `2x ≤ 4`: objective 6, and raising the right-hand side raises it: dual `+1.5`.
  public static func dualSignMaximizeLessOrEqual(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    singleRowDual(solver, config, sense: .maximize, cost: 3, row: .lessOrEqual(4), objective: 6, dual: 1.5)
  }

  /// Maximise `−3x` subject to `2x ≥ 4`: objective −6, and raising the right-hand side lowers it: dual `−1.5`.
  public static func dualSignMaximizeGreaterOrEqual(_ solver: any LinearSolver, _ config: ConformanceConfig)
    -> [String]
  {
    singleRowDual(solver, config, sense: .maximize, cost: -3, row: .greaterOrEqual(4), objective: -6, dual: -1.5)
  }

  /// Reduced costs are the change in the objective per unit increase of a variable's active bound.
  ///
  /// By hand: minimise `2x + 3y + 4z` with `x + y + z ≥ 10` uses `x = 10`, objective 20, dual 2, reduced costs
  /// `(0, 1, 2)` (non-negative at lower bounds). Maximise `x + 2y` with `x + y ≤ 5`, `y ≤ 3`: `(2, 3)`, objective 8,
  /// dual 1, reduced costs `(0, 1)`; raising `y`'s upper bound by δ raises the objective by δ.
  public static func reducedCostSigns(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var cheapest = LinearProgram(name: "rc_min")
    let columns = [2.0, 3, 4].enumerated().map { cheapest.addVariable(name: "v\($0.offset)", objective: $0.element) }
    cheapest.addConstraint(name: "need", terms: columns.map { LinearTerm($0, 1) }, sense: .greaterOrEqual(10))
    check.expectOptimal(
      check.solve(cheapest), of: cheapest, objective: 20, values: [10, 0, 0], duals: [2], reducedCosts: [0, 1, 2],
      label: "minimize")

    var capped = LinearProgram(name: "rc_max", sense: .maximize)
    let x = capped.addVariable(name: "x", objective: 1)
    let y = capped.addVariable(name: "y", upperBound: 3, objective: 2)
    capped.addConstraint(name: "cap", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .lessOrEqual(5))
    let solution = check.solve(capped)
    check.expectOptimal(
      solution, of: capped, objective: 8, values: [2, 3], duals: [1], reducedCosts: [0, 1], label: "maximize")
    var raised = capped
    let step = 1e-3
    raised.setBounds(y, lower: 0, upper: 3 + step)
    if let solution, solution.hasDuals, let before = solution.objectiveValue,
      let after = check.solve(raised, label: "raised bound")?.objectiveValue
    {
      let rate = (after - before) / step
      check.expect(
        abs(rate - solution.reducedCosts[y.index]) <= 1e-4 * max(1, abs(rate)),
        "reduced cost of y is \(solution.reducedCosts[y.index]), but raising its bound moved the objective at \(rate)")
    }
    return check.failures
  }

  private static func singleRowDual(
    _ solver: any LinearSolver, _ config: ConformanceConfig, sense: ObjectiveSense, cost: Double,
    row: ConstraintSense, objective: Double, dual: Double
  ) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "dual_sign", sense: sense)
    let x = program.addVariable(name: "x", objective: cost)
    let constraint = program.addConstraint(name: "row", terms: [LinearTerm(x, 2)], sense: row)
    let solution = check.solve(program)
    check.expectOptimal(solution, of: program, objective: objective, values: [2], duals: [dual], reducedCosts: [0])
    check.expectDualByFiniteDifference(program, row: constraint, solution: solution)
    return check.failures
  }
}

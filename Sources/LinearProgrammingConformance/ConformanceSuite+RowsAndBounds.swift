import LinearProgramming

extension ConformanceSuite {
  /// Minimise `−x − 2y` subject to `x + y ≤ 4`, `0 ≤ y ≤ 3`.
  ///
  /// By hand: `y` is cheaper, so `y = 3` (its bound) and `x = 1`, objective −7. Raising the row to 5 adds one unit
  /// of `x`, so the dual is −1; `y`'s reduced cost is `−2 − (−1) = −1`, negative at its upper bound.
  public static func lessOrEqualRow(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "le_row")
    let x = program.addVariable(name: "x", objective: -1)
    let y = program.addVariable(name: "y", upperBound: 3, objective: -2)
    let row = program.addConstraint(name: "cap", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .lessOrEqual(4))
    let solution = check.solve(program)
    check.expectOptimal(solution, of: program, objective: -7, values: [1, 3], duals: [-1], reducedCosts: [0, -1])
    check.expectDualByFiniteDifference(program, row: row, solution: solution)
    return check.failures
  }

  /// Minimise `3x + y` subject to `x + y ≥ 2`, `0 ≤ y ≤ 1`.
  ///
  /// By hand: `y = 1` (bound), `x = 1`, objective 4; the dual is 3 (one more unit of `x`) and `y`'s reduced cost is
  /// `1 − 3 = −2`.
  public static func greaterOrEqualRow(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "ge_row")
    let x = program.addVariable(name: "x", objective: 3)
    let y = program.addVariable(name: "y", upperBound: 1, objective: 1)
    let row = program.addConstraint(
      name: "need", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .greaterOrEqual(2))
    let solution = check.solve(program)
    check.expectOptimal(solution, of: program, objective: 4, values: [1, 1], duals: [3], reducedCosts: [0, -2])
    check.expectDualByFiniteDifference(program, row: row, solution: solution)
    return check.failures
  }

  /// `x + y = 3` with objective `x + 2y`, minimised and maximised.
  ///
  /// By hand: the minimum is `x = 3`, objective 3, dual 1, reduced costs `(0, 1)`; the maximum is `y = 3`,
  /// objective 6, dual 2, reduced costs `(1 − 2, 0) = (−1, 0)`.
  public static func equalityRow(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    for sense in [ObjectiveSense.minimize, .maximize] {
      var program = LinearProgram(name: "eq_row", sense: sense)
      let x = program.addVariable(name: "x", objective: 1)
      let y = program.addVariable(name: "y", objective: 2)
      let row = program.addConstraint(name: "total", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .equal(3))
      let solution = check.solve(program, label: sense.rawValue)
      if sense == .minimize {
        check.expectOptimal(
          solution, of: program, objective: 3, values: [3, 0], duals: [1], reducedCosts: [0, 1], label: "minimize")
      } else {
        check.expectOptimal(
          solution, of: program, objective: 6, values: [0, 3], duals: [2], reducedCosts: [-1, 0], label: "maximize")
      }
      check.expectDualByFiniteDifference(program, row: row, solution: solution)
    }
    return check.failures
  }

  /// A ranged row `2 ≤ x + 2y ≤ 5` with objective `x + y`.
  ///
  /// By hand: minimising uses `y` (half the cost per unit of the row): `y = 1`, objective 1, dual 0.5 at the lower
  /// end. Maximising with `x ≤ 1`: `x = 1`, `2y = 4`, objective 3, dual 0.5 at the upper end, and `x`'s reduced
  /// cost `1 − 0.5 = 0.5` at its upper bound.
  public static func rangedRow(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    for sense in [ObjectiveSense.minimize, .maximize] {
      var program = LinearProgram(name: "ranged_row", sense: sense)
      let x = program.addVariable(name: "x", upperBound: sense == .maximize ? 1 : nil, objective: 1)
      let y = program.addVariable(name: "y", objective: 1)
      let row = program.addConstraint(
        name: "band", terms: [LinearTerm(x, 1), LinearTerm(y, 2)], sense: .ranged(lower: 2, upper: 5))
      let solution = check.solve(program, label: sense.rawValue)
      if sense == .minimize {
        check.expectOptimal(
          solution, of: program, objective: 1, values: [0, 1], duals: [0.5], reducedCosts: [0.5, 0], label: "minimize")
      } else {
        check.expectOptimal(
          solution, of: program, objective: 3, values: [1, 2], duals: [0.5], reducedCosts: [0.5, 0], label: "maximize")
      }
      check.expectDualByFiniteDifference(program, row: row, solution: solution)
    }
    return check.failures
  }

  /// Every kind of variable bound: minimise `x − y + z − w + v` with `x` free but `x ≥ −4` as a row, `1 ≤ y ≤ 3`,
  /// `z` fixed at 2, `w ≤ 7` with no lower bound, and `v ≥ −2` with no upper bound.
  ///
  /// By hand: `x = −4`, `y = 3`, `z = 2`, `w = 7`, `v = −2`, objective `−4 − 3 + 2 − 7 − 2 = −14`. The row's dual
  /// is 1; reduced costs are `(0, −1, 1, −1, 1)`.
  public static func variableBounds(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "bounds")
    let x = program.addVariable(name: "free_x", lowerBound: nil, upperBound: nil, objective: 1)
    program.addVariable(name: "boxed_y", lowerBound: 1, upperBound: 3, objective: -1)
    program.addVariable(name: "fixed_z", lowerBound: 2, upperBound: 2, objective: 1)
    program.addVariable(name: "upper_w", lowerBound: nil, upperBound: 7, objective: -1)
    program.addVariable(name: "lower_v", lowerBound: -2, upperBound: nil, objective: 1)
    let floor = program.addConstraint(name: "floor", terms: [LinearTerm(x, 1)], sense: .greaterOrEqual(-4))
    let solution = check.solve(program)
    check.expectOptimal(
      solution, of: program, objective: -14, values: [-4, 3, 2, 7, -2], duals: [1], reducedCosts: [0, -1, 1, -1, 1])
    check.expectDualByFiniteDifference(program, row: floor, solution: solution)
    return check.failures
  }

  /// The objective constant is part of the objective: maximise `2x + 10` with `x ≤ 3` gives 16, and minimising
  /// `x − 2.5` over `1 ≤ x ≤ 2` with no rows gives −1.5.
  public static func objectiveConstant(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var withRow = LinearProgram(name: "constant_max", sense: .maximize, objectiveConstant: 10)
    let x = withRow.addVariable(name: "x", objective: 2)
    withRow.addConstraint(name: "cap", terms: [LinearTerm(x, 1)], sense: .lessOrEqual(3))
    check.expectOptimal(check.solve(withRow), of: withRow, objective: 16, values: [3], duals: [2], label: "max")
    var withoutRows = LinearProgram(name: "constant_min", sense: .minimize, objectiveConstant: -2.5)
    withoutRows.addVariable(name: "x", lowerBound: 1, upperBound: 2, objective: 1)
    check.expectOptimal(check.solve(withoutRows), of: withoutRows, objective: -1.5, values: [1], label: "min")
    return check.failures
  }
}

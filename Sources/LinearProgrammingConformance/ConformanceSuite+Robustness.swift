import LinearProgramming

extension ConformanceSuite {
  /// Repeated variables in a row are summed (MathOptInterface: solvers must expect duplicates): the row
  /// `[x, y, x, −y] ≥ 4` is `2x ≥ 4`, so minimising `x + y` gives `x = 2`, objective 2, dual 0.5, and `y`'s reduced
  /// cost 1. A second row `[x, −x] ≤ 1` cancels to an empty row, which always holds. The programme is not modified.
  public static func duplicateTerms(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "duplicates")
    let x = program.addVariable(name: "x", objective: 1)
    let y = program.addVariable(name: "y", objective: 1)
    program.addConstraint(
      name: "repeated", terms: [LinearTerm(x, 1), LinearTerm(y, 1), LinearTerm(x, 1), LinearTerm(y, -1)],
      sense: .greaterOrEqual(4))
    program.addConstraint(name: "cancelled", terms: [LinearTerm(x, 1), LinearTerm(x, -1)], sense: .lessOrEqual(1))
    let copy = program
    check.expectOptimal(
      check.solve(program), of: program, objective: 2, values: [2, 0], duals: [0.5, 0], reducedCosts: [0, 1])
    check.expect(program == copy, "the solver changed the programme")
    return check.failures
  }

  /// Names GLPK or LP/MPS files cannot take (a tab, a space, non-ASCII, 300 bytes, and repeated names for rows and
  /// columns) must not stop a solve: Wyndor Glass with such names gives the same answer as with plain names.
  public static func unusualNames(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    let long = String(repeating: "a", count: 300)
    let nameSets: [[String]] = [
      ["door\tframe", "window pane", "Fabrik_ß_✓", "", long],
      ["same", "same", "same", "same", "same"],
      [long, long + "b", "plant 1", "plant\t2", "planté"],
    ]
    for (index, names) in nameSets.enumerated() {
      let (program, _) = wyndorGlass(sense: .maximize, names: names)
      check.expectOptimal(
        check.solve(program, label: "names \(index + 1)"), of: program, objective: 36, values: [2, 6],
        duals: [0, 1.5, 1], label: "names \(index + 1)")
    }
    return check.failures
  }

  /// Solving the same programme twice (MathOptInterface's "optimize twice") gives the same objective, point and
  /// duals, and leaves the programme as it was.
  public static func solveTwice(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    let (program, _) = wyndorGlass(sense: .maximize)
    let copy = program
    guard let first = check.solve(program, label: "first"), let second = check.solve(program, label: "second") else {
      return check.failures
    }
    check.expectOptimal(first, of: program, objective: 36, values: [2, 6], label: "first")
    check.expectOptimal(
      second, of: program, objective: first.objectiveValue ?? .nan, values: first.variableValues,
      duals: first.duals.map { $0 }, label: "second")
    check.expect(program == copy, "the solver changed the programme")
    return check.failures
  }

  /// A 0-1 knapsack: values `(10, 13, 7, 8)`, weights `(3, 4, 2, 3)`, capacity 7.
  ///
  /// By hand, over every subset of weight ≤ 7: `{1, 2}` is worth 23 (weight 7); the next best, `{2, 4}`, 21. So the
  /// optimum is 23 at `(1, 1, 0, 0)`.
  public static func knapsack(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "knapsack", sense: .maximize)
    let values: [Double] = [10, 13, 7, 8]
    let weights: [Double] = [3, 4, 2, 3]
    let items = values.indices.map {
      program.addVariable(name: "take_\($0 + 1)", upperBound: 1, objective: values[$0], kind: .integer)
    }
    program.addConstraint(
      name: "capacity", terms: zip(items, weights).map { LinearTerm($0, $1) }, sense: .lessOrEqual(7))
    check.expectOptimal(check.solve(program), of: program, objective: 23, values: [1, 1, 0, 0])
    return check.failures
  }

  /// Maximise `x + y` over integers with `2x + 2y ≤ 7`: the LP relaxation gives 3.5, the integer optimum is 3.
  public static func integerRounding(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "rounding", sense: .maximize)
    let x = program.addVariable(name: "x", objective: 1, kind: .integer)
    let y = program.addVariable(name: "y", objective: 1, kind: .integer)
    program.addConstraint(name: "cap", terms: [LinearTerm(x, 2), LinearTerm(y, 2)], sense: .lessOrEqual(7))
    check.expectOptimal(check.solve(program), of: program, objective: 3)
    return check.failures
  }
}

import LinearProgramming

extension ConformanceSuite {
  /// The Wyndor Glass Co. example (Hillier and Lieberman, *Introduction to Operations Research*, ch. 3 and 6):
  /// maximise `3x + 5y` subject to `x ≤ 4`, `2y ≤ 12`, `3x + 2y ≤ 18`, `x, y ≥ 0`.
  ///
  /// By hand: the optimum is at the intersection of the last two rows, `y = 6`, `x = 2`, `z = 36`. The duals solve
  /// `Aᵀy = c` on the active rows: `3·y3 = 3`, `2·y2 + 2·y3 = 5`, so `y = (0, 1.5, 1)`; reduced costs are 0.
  public static func wyndorGlassMaximize(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    let (program, rows) = wyndorGlass(sense: .maximize)
    let solution = check.solve(program)
    check.expectOptimal(
      solution, of: program, objective: 36, values: [2, 6], duals: [0, 1.5, 1], reducedCosts: [0, 0])
    check.expectDualByFiniteDifference(program, row: rows[1], solution: solution)
    check.expectDualByFiniteDifference(program, row: rows[2], solution: solution)
    return check.failures
  }

  /// Wyndor Glass as `minimise −3x − 5y`: the same point, objective −36, and duals `(0, −1.5, −1)` (raising a
  /// capacity lowers the minimised cost).
  public static func wyndorGlassMinimize(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    let (program, rows) = wyndorGlass(sense: .minimize)
    let solution = check.solve(program)
    check.expectOptimal(
      solution, of: program, objective: -36, values: [2, 6], duals: [0, -1.5, -1], reducedCosts: [0, 0])
    check.expectDualByFiniteDifference(program, row: rows[1], solution: solution)
    check.expectDualByFiniteDifference(program, row: rows[2], solution: solution)
    return check.failures
  }

  /// A diet LP: minimise `2x + 3y` subject to protein `x + 2y ≥ 8` and energy `3x + y ≥ 9`.
  ///
  /// By hand: the vertices are `(0, 9)` costing 27, `(8, 0)` costing 16 and the intersection `(2, 3)` costing 13.
  /// Duals from `x: y1 + 3·y2 = 2`, `y: 2·y1 + y2 = 3` are `(1.4, 0.2)`; check `8·1.4 + 9·0.2 = 13`.
  public static func dietMinimize(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "diet", sense: .minimize)
    let bread = program.addVariable(name: "bread", objective: 2)
    let milk = program.addVariable(name: "milk", objective: 3)
    let protein = program.addConstraint(
      name: "protein", terms: [LinearTerm(bread, 1), LinearTerm(milk, 2)], sense: .greaterOrEqual(8))
    let energy = program.addConstraint(
      name: "energy", terms: [LinearTerm(bread, 3), LinearTerm(milk, 1)], sense: .greaterOrEqual(9))
    let solution = check.solve(program)
    check.expectOptimal(
      solution, of: program, objective: 13, values: [2, 3], duals: [1.4, 0.2], reducedCosts: [0, 0])
    check.expectDualByFiniteDifference(program, row: protein, solution: solution)
    check.expectDualByFiniteDifference(program, row: energy, solution: solution)
    return check.failures
  }

  /// A balanced transportation LP: supplies 20 and 30 (`≤` rows), demands 25 and 25 (`=` rows), unit costs
  /// `[[4, 6], [5, 3]]`.
  ///
  /// By hand: ship `x11 = 20`, `x21 = 5`, `x22 = 25`, cost `80 + 25 + 75 = 180`. It is the unique optimum: the only
  /// cycle, `+x12 −x11 +x21 −x22`, changes the cost by `6 − 4 + 5 − 3 = +4`. The duals are not unique (supply equals
  /// demand), so only the optimality conditions are checked for them.
  public static func transportation(_ solver: any LinearSolver, _ config: ConformanceConfig) -> [String] {
    var check = ConformanceCheck(solver, config)
    var program = LinearProgram(name: "transport", sense: .minimize)
    let costs: [[Double]] = [[4, 6], [5, 3]]
    var ship: [[VariableID]] = []
    for source in 0..<2 {
      ship.append(
        (0..<2).map { sink in
          program.addVariable(name: "ship_\(source + 1)_\(sink + 1)", objective: costs[source][sink])
        })
    }
    for (source, supply) in [20.0, 30.0].enumerated() {
      program.addConstraint(
        name: "supply_\(source + 1)", terms: ship[source].map { LinearTerm($0, 1) }, sense: .lessOrEqual(supply))
    }
    for sink in 0..<2 {
      program.addConstraint(
        name: "demand_\(sink + 1)", terms: (0..<2).map { LinearTerm(ship[$0][sink], 1) }, sense: .equal(25))
    }
    check.expectOptimal(check.solve(program), of: program, objective: 180, values: [20, 0, 5, 25])
    return check.failures
  }

  /// The Wyndor Glass programme in either sense (the minimisation negates the profit).
  static func wyndorGlass(sense: ObjectiveSense, names: [String]? = nil) -> (LinearProgram, [ConstraintID]) {
    let sign: Double = sense == .maximize ? 1 : -1
    let labels = names ?? ["doors", "windows", "plant_1", "plant_2", "plant_3"]
    var program = LinearProgram(name: "wyndor", sense: sense)
    let doors = program.addVariable(name: labels[0], objective: 3 * sign)
    let windows = program.addVariable(name: labels[1], objective: 5 * sign)
    let rows = [
      program.addConstraint(name: labels[2], terms: [LinearTerm(doors, 1)], sense: .lessOrEqual(4)),
      program.addConstraint(name: labels[3], terms: [LinearTerm(windows, 2)], sense: .lessOrEqual(12)),
      program.addConstraint(
        name: labels[4], terms: [LinearTerm(doors, 3), LinearTerm(windows, 2)], sense: .lessOrEqual(18)),
    ]
    return (program, rows)
  }
}

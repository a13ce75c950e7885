import LinearProgramming

/// Collects the failures of one case: solves with errors caught, and comparisons within the config's tolerances.
struct ConformanceCheck {
  let solver: any LinearSolver
  let config: ConformanceConfig
  private(set) var failures: [String] = []

  init(_ solver: any LinearSolver, _ config: ConformanceConfig) {
    self.solver = solver
    self.config = config
  }

  /// Records `message` unless `condition` holds.
  mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { failures.append(message()) }
  }

  /// Solves `program`, recording a failure and returning `nil` if the solver throws.
  mutating func solve(_ program: LinearProgram, options: SolveOptions? = nil, label: String = "") -> Solution? {
    let tag = label.isEmpty ? "" : "\(label): "
    do {
      return try solver.solve(program, options: options ?? config.options)
    } catch {
      failures.append("\(tag)solve threw \(error)")
      return nil
    }
  }

  /// Checks that `actual` is close to `expected`.
  mutating func expectClose(_ actual: Double?, _ expected: Double, _ what: String) {
    guard let actual else {
      failures.append("\(what): no value, expected \(expected)")
      return
    }
    expect(config.isClose(actual, expected), "\(what) is \(actual), expected \(expected)")
  }

  /// Checks each element of `actual` against `expected`; `nil` entries in `expected` are not checked.
  mutating func expectClose(_ actual: [Double], _ expected: [Double?], _ what: String) {
    guard actual.count == expected.count else {
      failures.append("\(what) has \(actual.count) entries, expected \(expected.count)")
      return
    }
    for (index, (value, wanted)) in zip(actual, expected).enumerated() {
      if let wanted { expectClose(value, wanted, "\(what)[\(index)]") }
    }
  }

  /// Checks an optimal solution: status, objective, and optionally values, duals and reduced costs; then the
  /// optimality conditions (for LPs with duals).
  mutating func expectOptimal(
    _ solution: Solution?, of program: LinearProgram, objective: Double, values: [Double?]? = nil,
    duals: [Double?]? = nil, reducedCosts: [Double?]? = nil, label: String = ""
  ) {
    guard let solution else { return }
    let tag = label.isEmpty ? "" : "\(label): "
    guard solution.termination == .optimal, solution.primalStatus == .feasiblePoint else {
      failures.append("\(tag)expected optimal with a feasible point, got \(solution.summary)")
      return
    }
    expectClose(solution.objectiveValue, objective, "\(tag)objective")
    expect(
      solution.variableValues.count == program.variables.count,
      "\(tag)\(solution.variableValues.count) variable values for \(program.variables.count) variables")
    expect(
      solution.rowActivities.count == program.constraints.count,
      "\(tag)\(solution.rowActivities.count) row activities for \(program.constraints.count) rows")
    if let values { expectClose(solution.variableValues, values, "\(tag)variable values") }
    if !program.hasIntegerVariables {
      expect(
        solution.dualStatus == .feasiblePoint, "\(tag)dual status \(solution.dualStatus.rawValue) for an LP optimum")
      if let duals { expectClose(solution.duals, duals, "\(tag)duals") }
      if let reducedCosts { expectClose(solution.reducedCosts, reducedCosts, "\(tag)reduced costs") }
    }
    let tolerance = OptimalityCheck.Tolerance(
      absolute: max(config.absoluteTolerance, 1e-9) * 10, relative: max(config.relativeTolerance, 1e-9) * 10)
    failures += OptimalityCheck.violations(of: solution, for: program, tolerance: tolerance).map { tag + $0 }
  }

  /// Checks that the solution says infeasible (or, where the config allows, infeasible-or-unbounded) and offers no
  /// feasible point.
  mutating func expectInfeasible(_ solution: Solution?, label: String = "") {
    guard let solution else { return }
    let tag = label.isEmpty ? "" : "\(label): "
    let accepted: Set<TerminationStatus> =
      config.acceptsInfeasibleOrUnbounded ? [.infeasible, .infeasibleOrUnbounded] : [.infeasible]
    expect(accepted.contains(solution.termination), "\(tag)expected infeasible, got \(solution.summary)")
    expect(solution.primalStatus != .feasiblePoint, "\(tag)an infeasible model reported a feasible point")
    expect(!solution.hasDuals, "\(tag)an infeasible model reported optimal duals")
  }

  /// Checks that the solution says unbounded (or, where allowed, infeasible-or-unbounded).
  mutating func expectUnbounded(_ solution: Solution?, label: String = "") {
    guard let solution else { return }
    let tag = label.isEmpty ? "" : "\(label): "
    let accepted: Set<TerminationStatus> =
      config.acceptsInfeasibleOrUnbounded ? [.dualInfeasible, .infeasibleOrUnbounded] : [.dualInfeasible]
    expect(accepted.contains(solution.termination), "\(tag)expected unbounded, got \(solution.summary)")
    expect(solution.dualStatus != .feasiblePoint, "\(tag)an unbounded model reported a feasible dual")
    expect(!solution.hasDuals, "\(tag)an unbounded model reported optimal duals")
  }

  /// Re-solves with one right-hand side moved by `step` and checks that the objective moved by `dual × step`: the
  /// sign convention of ``Solution/duals`` checked by finite differences, independently of any table.
  mutating func expectDualByFiniteDifference(
    _ program: LinearProgram, row: ConstraintID, solution: Solution?, step: Double = 1e-3
  ) {
    guard let solution, solution.isOptimal, solution.hasDuals, let before = solution.objectiveValue else { return }
    var moved = program
    let sense = program[row].sense
    let shifted: ConstraintSense =
      switch sense {
      case .lessOrEqual(let rhs): .lessOrEqual(rhs + step)
      case .greaterOrEqual(let rhs): .greaterOrEqual(rhs + step)
      case .equal(let rhs): .equal(rhs + step)
      case .ranged(let lower, let upper):
        // Move the bound the dual belongs to: the one that is active.
        abs(solution.activity(of: row) - upper) <= abs(solution.activity(of: row) - lower)
          ? .ranged(lower: lower, upper: upper + step) : .ranged(lower: lower + step, upper: upper)
      }
    moved.setSense(row, shifted)
    guard let after = solve(moved, label: "finite difference on \(program[row].name)")?.objectiveValue else {
      failures.append("finite difference on \(program[row].name): no objective after moving the right-hand side")
      return
    }
    let observed = (after - before) / step
    expect(
      abs(observed - solution.shadowPrice(of: row)) <= 1e-4 * max(1, abs(observed)),
      "dual of \(program[row].name) is \(solution.shadowPrice(of: row)), but raising its right-hand side by \(step) "
        + "changed the objective at rate \(observed)")
  }
}

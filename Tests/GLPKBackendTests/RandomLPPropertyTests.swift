import GLPKBackend
import LinearProgramming
import LinearProgrammingConformance
import PropertyBased
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A random LP that is feasible by construction: a known point `x0 ≥ 0` and right-hand sides `b = A·x0 ± slack`, so
/// `x0` satisfies every row. With a minimised cost `c ≥ 0` over `x ≥ 0` the objective is bounded below by 0; with
/// `boundAll`, every variable also gets an upper bound `x0 + margin`, so any cost is bounded.
struct RandomFeasibleLP: CustomStringConvertible {
  var program: LinearProgram
  var knownPoint: [Double]

  /// - Parameters: `senseCodes[i]` picks row `i`'s form: 0 `≤ A·x0 + s`, 1 `≥ A·x0 − s`, 2 ranged
  ///   `[A·x0 − s, A·x0 + s]`, 3 `= A·x0`. Coefficients are rounded to quarters so rows are not nearly parallel
  ///   by accident of tiny differences. `strictlyInterior` widens every slack by 0.25 and turns equalities into
  ///   ranges, so the feasible set has an interior: GLPK's interior-point method (no crossover, no handling of
  ///   dependent equalities) may stop with `GLP_ENOCVG` on a feasible set without one, for example an all-zero
  ///   row with zero slack, which is a known limitation of `glp_interior`, not a wrong answer.
  init(
    rows: Int, columns: Int, coefficients: [Double], point: [Double], slack: [Double], costs: [Double],
    senseCodes: [Int], margins: [Double], sense: ObjectiveSense, boundAll: Bool, strictlyInterior: Bool = false
  ) {
    var program = LinearProgram(name: "random", sense: sense)
    let variables = (0..<columns).map { column in
      program.addVariable(
        name: "x\(column)", lowerBound: 0,
        upperBound: boundAll || margins[column] > 2 ? point[column] + margins[column] : nil,
        objective: costs[column])
    }
    for row in 0..<rows {
      let terms = (0..<columns).map { LinearTerm(variables[$0], (coefficients[row * 5 + $0] * 4).rounded() / 4) }
      let activity = terms.reduce(0) { $0 + $1.coefficient * point[$1.variable.index] }
      let rowSlack = strictlyInterior ? slack[row] + 0.25 : slack[row]
      let sense: ConstraintSense =
        switch strictlyInterior ? min(senseCodes[row], 2) : senseCodes[row] {
        case 0: .lessOrEqual(activity + rowSlack)
        case 1: .greaterOrEqual(activity - rowSlack)
        case 2: .ranged(lower: activity - rowSlack, upper: activity + rowSlack)
        default: .equal(activity)
        }
      program.addConstraint(name: "r\(row)", terms: terms, sense: sense)
    }
    self.program = program
    self.knownPoint = Array(point.prefix(columns))
  }

  var description: String { "\(program)" }
}

/// Cases per property; `PROPERTY_COUNT` raises it for a longer run by hand.
private let propertyCount = getenv("PROPERTY_COUNT").flatMap { Int(String(cString: $0)) } ?? 60

// Shrinking is off: the inputs are already small (at most 4 rows and 5 columns), each shrink step solves an LP,
// and the printed `.fixedSeed` reproduces a failure exactly.
private let coefficientGenerator = Gen.double(in: -5...5).array(of: 20)
private let pointGenerator = Gen.double(in: 0...5).array(of: 5)
private let slackGenerator = Gen.double(in: 0...3).array(of: 4)
private let senseGenerator = Gen.int(in: 0...3).array(of: 4)
private let marginGenerator = Gen.double(in: 0...4).array(of: 5)

/// The checks every optimal random LP must pass, with tolerances loose enough for the interior-point method.
private func expectVerifiedOptimum(_ lp: RandomFeasibleLP, method: SolveMethod) throws {
  let solution = try GLPKSolver().solve(lp.program, options: SolveOptions(method: method))
  #expect(solution.isOptimal, "\(solution.summary)")
  guard solution.isOptimal, let objective = solution.objectiveValue else { return }
  let known = lp.program.objectiveValue(at: lp.knownPoint)
  let slackAllowance = 1e-6 * max(1, abs(known))
  if lp.program.sense == .minimize {
    #expect(objective <= known + slackAllowance, "optimum \(objective) is worse than the known point's \(known)")
  } else {
    #expect(objective >= known - slackAllowance, "optimum \(objective) is worse than the known point's \(known)")
  }
  // Primal feasibility, reduced costs = c − Aᵀy, dual signs, complementary slackness, strong duality.
  let tolerance = OptimalityCheck.Tolerance(absolute: 1e-5, relative: 1e-6)
  let violations = OptimalityCheck.violations(of: solution, for: lp.program, tolerance: tolerance)
  #expect(violations.isEmpty, "\(violations)")
  let dual = try #require(OptimalityCheck.dualObjective(of: solution, for: lp.program))
  #expect(abs(dual - objective) <= 1e-5 * max(1, abs(objective)), "primal \(objective) vs dual \(dual)")
}

@Test(
  "random feasible minimisations with c ≥ 0 are optimal and satisfy the optimality conditions", .shrinking(false),
  arguments: SolveMethod.allCases)
func randomMinimizationsAreOptimal(method: SolveMethod) async {
  await propertyCheck(
    count: propertyCount, input: Gen.int(in: 1...4), Gen.int(in: 1...5),
    zip(coefficientGenerator, pointGenerator, slackGenerator, Gen.double(in: 0...5).array(of: 5)),
    zip(senseGenerator, marginGenerator)
  ) { rows, columns, numbers, shapes in
    let lp = RandomFeasibleLP(
      rows: rows, columns: columns, coefficients: numbers.0, point: numbers.1, slack: numbers.2, costs: numbers.3,
      senseCodes: shapes.0, margins: shapes.1, sense: .minimize, boundAll: false,
      strictlyInterior: method == .interiorPoint)
    try expectVerifiedOptimum(lp, method: method)
  }
}

@Test(
  "random feasible maximisations over bounded variables are optimal and satisfy the optimality conditions",
  .shrinking(false), arguments: SolveMethod.allCases)
func randomMaximizationsAreOptimal(method: SolveMethod) async {
  await propertyCheck(
    count: propertyCount, input: Gen.int(in: 1...4), Gen.int(in: 1...5),
    zip(coefficientGenerator, pointGenerator, slackGenerator, Gen.double(in: -5...5).array(of: 5)),
    zip(senseGenerator, marginGenerator)
  ) { rows, columns, numbers, shapes in
    let lp = RandomFeasibleLP(
      rows: rows, columns: columns, coefficients: numbers.0, point: numbers.1, slack: numbers.2, costs: numbers.3,
      senseCodes: shapes.0, margins: shapes.1, sense: .maximize, boundAll: true,
      strictlyInterior: method == .interiorPoint)
    try expectVerifiedOptimum(lp, method: method)
  }
}

@Test("scaling the objective by a positive factor scales the optimum", .shrinking(false))
func scalingTheObjectiveScalesTheOptimum() async {
  await propertyCheck(
    count: 40, input: Gen.int(in: 1...4), Gen.int(in: 1...5),
    zip(coefficientGenerator, pointGenerator, slackGenerator, Gen.double(in: 0...5).array(of: 5)),
    zip(senseGenerator, marginGenerator, Gen.double(in: 0.1...10))
  ) { rows, columns, numbers, shapes in
    let lp = RandomFeasibleLP(
      rows: rows, columns: columns, coefficients: numbers.0, point: numbers.1, slack: numbers.2, costs: numbers.3,
      senseCodes: shapes.0, margins: shapes.1, sense: .minimize, boundAll: false)
    var scaled = lp.program
    for index in scaled.variables.indices {
      scaled.setObjective(VariableID(index: index), scaled.variables[index].objective * shapes.2)
    }
    let original = try GLPKSolver().solve(lp.program, options: SolveOptions())
    let rescaled = try GLPKSolver().solve(scaled, options: SolveOptions())
    let base = try #require(original.objectiveValue)
    let times = try #require(rescaled.objectiveValue)
    #expect(abs(times - base * shapes.2) <= 1e-6 * max(1, abs(times)), "\(base) × \(shapes.2) vs \(times)")
  }
}

/// Regression: GLPK's presolver left this point 1e-3 outside the ranged row `r1` (found by the property test above,
/// fixed in the shim by re-running the simplex without presolve from the recovered basis).
@Test(
  "a presolved optimum satisfies a nearly redundant ranged row", arguments: [SolveMethod.primalSimplex, .dualSimplex])
func presolvedOptimumIsFeasible(method: SolveMethod) throws {
  var coefficients = [Double](repeating: 0, count: 20)
  coefficients[0] = 4.1248208533193935
  coefficients[5] = 1.9140197711185047
  coefficients[10] = -2.908496169832069
  let lp = RandomFeasibleLP(
    rows: 3, columns: 1, coefficients: coefficients, point: [2.700183533740059, 0, 0, 0, 0],
    slack: [2.7051053827842733, 1.3515006373756795, 2.4162670784524343, 0], costs: [4.899929241103463, 0, 0, 0, 0],
    senseCodes: [1, 2, 0, 0], margins: [2.2956431941638877, 0, 0, 0, 0], sense: .minimize, boundAll: false)
  let solution = try GLPKSolver().solve(lp.program, options: SolveOptions(method: method, presolve: true))
  #expect(solution.isOptimal)
  let violations = OptimalityCheck.violations(
    of: solution, for: lp.program, tolerance: OptimalityCheck.Tolerance(absolute: 1e-9, relative: 1e-9))
  #expect(violations.isEmpty, "\(violations)")
}

@Test(
  "moved-row variants from the optimal basis (steps 1, 2, 4, 8, 16 on each row, in one call, some rows stopped after their third step) match cold solves",
  .shrinking(false))
func movedRowVariantsMatchColdSolves() async {
  // The plan's shadow prices start so: GLPK then never loads the columns the basis leaves idle.
  await propertyCheck(
    count: propertyCount, input: Gen.int(in: 1...4), Gen.int(in: 1...5),
    zip(coefficientGenerator, pointGenerator, slackGenerator, Gen.double(in: 0...5).array(of: 5)),
    zip(senseGenerator, marginGenerator, Gen.double(in: 0.1...2))
  ) { rows, columns, numbers, shapes in
    let lp = RandomFeasibleLP(
      rows: rows, columns: columns, coefficients: numbers.0, point: numbers.1, slack: numbers.2, costs: numbers.3,
      senseCodes: shapes.0, margins: shapes.1, sense: .minimize, boundAll: true)
    let base = try GLPKSolver().solve(lp.program, options: SolveOptions())
    guard base.isOptimal, let basis = base.basis else { return }
    try expectMovedRowVariantsMatchColdSolves(lp.program, rows: rows, unit: shapes.2, start: basis)
  }
}

@Test(
  "moved-row variants from a basis that is not optimal (the optimum of other costs) match cold solves",
  .shrinking(false))
func movedRowVariantsFromAnotherBasisMatchColdSolves() async {
  // The whole programme is then loaded and solved first; the variants' results must not depend on the start.
  await propertyCheck(
    count: propertyCount, input: Gen.int(in: 1...4), Gen.int(in: 1...5),
    zip(coefficientGenerator, pointGenerator, slackGenerator, Gen.double(in: 0...5).array(of: 5)),
    zip(senseGenerator, marginGenerator, Gen.double(in: 0.1...2), Gen.double(in: 0...5).array(of: 5))
  ) { rows, columns, numbers, shapes in
    let lp = RandomFeasibleLP(
      rows: rows, columns: columns, coefficients: numbers.0, point: numbers.1, slack: numbers.2, costs: numbers.3,
      senseCodes: shapes.0, margins: shapes.1, sense: .minimize, boundAll: true)
    var otherCosts = lp.program
    for index in otherCosts.variables.indices {
      otherCosts.setObjective(VariableID(index: index), shapes.3[index])
    }
    let other = try GLPKSolver().solve(otherCosts, options: SolveOptions())
    guard other.isOptimal, let basis = other.basis else { return }
    try expectMovedRowVariantsMatchColdSolves(lp.program, rows: rows, unit: shapes.2, start: basis)
  }
}

/// Solves steps 1, 2, 4, 8 and 16 of `unit` on each row of `program` as moved-row variants of one call from
/// `start`, and checks each against a cold solve of the same variant: its termination, objective, and a point
/// that has that objective and satisfies every row.
private func expectMovedRowVariantsMatchColdSolves(_ program: LinearProgram, rows: Int, unit: Double, start: Basis)
  throws
{
  let steps: [Double] = [1, 2, 4, 8, 16]
  let rowIDs = (0..<rows).map { ConstraintID(index: $0) }
  let baseSenses = rowIDs.map { program[$0].sense }
  var senses: [[ConstraintSense]] = []
  var movedRows: [Int?] = []
  for position in rowIDs.indices {
    for step in steps {
      var variant = baseSenses
      variant[position] = baseSenses[position].shifted(by: step * unit)
      senses.append(variant)
      movedRows.append(position)
    }
  }
  var options = SolveOptions(method: .dualSimplex)
  options.warmStart = start
  options.presolve = false
  // A row whose step raises the objective above the programme's own optimum is no longer wanted after its third
  // step.
  let optimum = try GLPKSolver().solve(program, options: SolveOptions()).objectiveValue ?? 0
  let variants = RightHandSideVariants(
    rows: rowIDs, senses: senses, movedRows: movedRows,
    carriesOn: { variant, solution in
      variant % steps.count < 2 || (solution.objectiveValue ?? 0) <= optimum + 1e-9 * max(1, abs(optimum))
    })
  let batched = try GLPKSolver().solve(program, variants: variants, options: options)
  #expect(batched.count == senses.count)
  // A row stops after a step it was asked about (one with values), and stays stopped.
  for index in senses.indices where batched[index].notWanted {
    #expect(index % steps.count >= 3 && !batched[index - 1].withinPreviousBasisRange)
    if index % steps.count < steps.count - 1 { #expect(batched[index + 1].notWanted) }
  }
  for index in senses.indices where !batched[index].withinPreviousBasisRange && !batched[index].notWanted {
    let alone = try GLPKSolver().solve(variants.apply(index, to: program), options: SolveOptions())
    #expect(batched[index].termination == alone.termination, "variant \(index)")
    guard alone.isOptimal, let expected = alone.objectiveValue else { continue }
    let objective = batched[index].objectiveValue ?? .nan
    #expect(
      abs(objective - expected) <= 1e-7 * max(1, abs(expected)), "variant \(index): \(objective) vs \(expected)")
    let values = batched[index].variableValues
    #expect(abs(program.objectiveValue(at: values) - objective) <= 1e-7 * max(1, abs(objective)))
    let changed = variants.apply(index, to: program)
    for (row, constraint) in changed.constraints.enumerated() {
      let activity = constraint.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
      let slack = 1e-7 * max(1, abs(activity))
      #expect(activity >= (constraint.sense.lowerBound ?? -.infinity) - slack, "variant \(index) row \(row)")
      #expect(activity <= (constraint.sense.upperBound ?? .infinity) + slack, "variant \(index) row \(row)")
    }
  }
}

import GLPKBackend
import LinearProgramming
import Synchronization
import Testing

/// Right-hand-side variants solved in one guarded GLPK call must agree with solving each variant on its own.
@Suite("Variant solves")
struct VariantSolveTests {
  @Test("each variant's optimum equals a separate cold solve, including an infeasible variant in the middle")
  func variantsMatchSeparateSolves() throws {
    let size = 8
    let program = TestPrograms.transportation(size: size)
    let demandRows = (0..<size).map { ConstraintID(index: size + $0) }
    // Demand per sink varies by variant; variant 3 asks for more than total supply (8 × 30) and is infeasible.
    let levels: [Double] = [25, 10, 29, 31, 0, 18]
    let variants = RightHandSideVariants(
      rows: demandRows,
      senses: levels.map { level in (0..<size).map { .greaterOrEqual(level + Double($0 % 3)) } })
    let batched = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
    #expect(batched.count == levels.count)
    for index in levels.indices {
      let alone = try GLPKSolver().solve(variants.apply(index, to: program), options: SolveOptions())
      #expect(batched[index].termination == alone.termination, "variant \(index)")
      if alone.isOptimal {
        let objective = try #require(batched[index].objectiveValue)
        #expect(abs(objective - (alone.objectiveValue ?? .nan)) < 1e-6, "variant \(index)")
        let values = batched[index].variableValues
        #expect(abs(program.objectiveValue(at: values) - objective) < 1e-6)
      }
    }
    #expect(batched[3].termination == .infeasible)
  }

  /// min x + 2y with x + y ≥ d and x ≤ 10, d = 5 as loaded: x carries the demand alone while d stays within
  /// [0, 10], and y takes the rest beyond.
  static func rangedProgram() -> (LinearProgram, ConstraintID) {
    var program = LinearProgram(name: "ranged")
    let x = program.addVariable(name: "x", lowerBound: 0, upperBound: nil, objective: 1)
    let y = program.addVariable(name: "y", lowerBound: 0, upperBound: nil, objective: 2)
    let demand = program.addConstraint(
      name: "demand", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .greaterOrEqual(5))
    program.addConstraint(name: "capacity", terms: [LinearTerm(x, 1)], sense: .lessOrEqual(10))
    return (program, demand)
  }

  @Test("a variant inside the range of the previous variant's optimal basis, from the loaded bound, is left unsolved")
  func variantsWithinRangeAreSkipped() throws {
    let (program, demand) = Self.rangedProgram()
    let levels: [Double] = [6, 7, 9, 12, 11]
    let senses = levels.map { [ConstraintSense.greaterOrEqual($0)] }
    let skipping = try GLPKSolver().solve(
      program, variants: RightHandSideVariants(rows: [demand], senses: senses, movedRows: levels.map { _ in 0 }),
      options: SolveOptions())
    // 7 and 9 lie in [0, 10] with 5 and 6: the basis solving 6 (x basic) solves them too. 12 needs y; 11 is inside
    // the range of 12's basis ([10, ∞)) but the loaded 5 is not, so it is solved.
    #expect(skipping.map(\.withinPreviousBasisRange) == [false, true, true, false, false])
    let allOptimal = skipping.allSatisfy(\.isOptimal)
    #expect(allOptimal)
    #expect(skipping[1].variableValues.isEmpty)
    let solved = try GLPKSolver().solve(
      program, variants: RightHandSideVariants(rows: [demand], senses: senses), options: SolveOptions())
    let noneSkipped = solved.allSatisfy { !$0.withinPreviousBasisRange }
    #expect(noneSkipped)
    for index in [0, 3, 4] {
      #expect(skipping[index].variableValues == solved[index].variableValues, "variant \(index)")
    }
    #expect(solved[3].variableValues == [10, 2])
  }

  @Test(
    "from a warm start, each moved row starts at the loaded programme's basis, and a variant on that basis's line gets its point without a simplex call"
  )
  func variantsStartFromTheLoadedBasis() throws {
    let (program, demand) = Self.rangedProgram()
    let capacity = ConstraintID(index: 1)
    let base = try GLPKSolver().solve(program, options: SolveOptions())
    var options = SolveOptions()
    options.warmStart = base.basis
    options.presolve = false
    // Capacity cut to 4 (y carries 1), then demand raised to 6 and to 12 with capacity back at 10.
    let senses: [[ConstraintSense]] = [
      [.greaterOrEqual(5), .lessOrEqual(4)], [.greaterOrEqual(6), .lessOrEqual(10)],
      [.greaterOrEqual(12), .lessOrEqual(10)],
    ]
    let solutions = try GLPKSolver().solve(
      program, variants: RightHandSideVariants(rows: [demand, capacity], senses: senses, movedRows: [1, 0, 0]),
      options: options)
    #expect(solutions.map(\.variableValues) == [[4, 1], [6, 0], [10, 2]])
    #expect(solutions.map(\.objectiveValue) == [6, 6, 14])
    // Demand 6 lies on the loaded basis's line (x alone, demand in [0, 10]): no pivot, although the capacity
    // variant before it ended on another basis (y basic).
    #expect(solutions[1].iterationCount == 0)
    #expect(!solutions[1].withinPreviousBasisRange)
    for index in senses.indices {
      let alone = try GLPKSolver().solve(
        RightHandSideVariants(rows: [demand, capacity], senses: senses).apply(index, to: program),
        options: SolveOptions())
      #expect(alone.variableValues == solutions[index].variableValues, "variant \(index)")
    }
  }

  @Test(
    "a row's variants stop where the caller no longer wants them, in one GLPK call and one by one; the next row is solved as if none had stopped",
    arguments: [SolveMethod.dualSimplex, .interiorPoint], [false, true])
  func rowsStopWhenNotWanted(method: SolveMethod, warm: Bool) throws {
    let (program, demand) = Self.rangedProgram()
    let capacity = ConstraintID(index: 1)
    var options = SolveOptions(method: method)
    if warm {
      options.warmStart = try GLPKSolver().solve(program, options: SolveOptions()).basis
      options.presolve = false
    }
    // Demand 6, 12, 15, 20 (y carries the demand above 10), then capacity 8 and 9 with demand back at 5.
    let senses: [[ConstraintSense]] =
      [6.0, 12, 15, 20].map { [.greaterOrEqual($0), .lessOrEqual(10)] }
      + [8.0, 9].map { [.greaterOrEqual(5), .lessOrEqual($0)] }
    let movedRows: [Int?] = [0, 0, 0, 0, 1, 1]
    let asked = Mutex<[Int]>([])
    // Wanted while y stays at zero.
    let carriesOn: RightHandSideVariants.CarryOn = { variant, solution in
      asked.withLock { $0.append(variant) }
      return solution.variableValues[1] < 1e-6
    }
    let stopping = try GLPKSolver().solve(
      program,
      variants: RightHandSideVariants(
        rows: [demand, capacity], senses: senses, movedRows: movedRows, carriesOn: carriesOn),
      options: options)
    #expect(stopping.map(\.notWanted) == [false, false, true, true, false, false])
    #expect(stopping[2].variableValues.isEmpty && !stopping[2].isOptimal)
    #expect(asked.withLock { $0 } == [0, 1, 4])
    let all = try GLPKSolver().solve(
      program, variants: RightHandSideVariants(rows: [demand, capacity], senses: senses, movedRows: movedRows),
      options: options)
    for index in [0, 1, 4, 5] where !all[index].withinPreviousBasisRange {
      #expect(stopping[index].variableValues == all[index].variableValues, "variant \(index)")
    }
    #expect(all.allSatisfy { !$0.notWanted })
  }

  @Test("a NaN bound in any variant is rejected before GLPK, naming the variant")
  func invalidVariant() {
    let program = TestPrograms.transportation(size: 3)
    let variants = RightHandSideVariants(
      rows: [ConstraintID(index: 3)], senses: [[.greaterOrEqual(5)], [.greaterOrEqual(.nan)]])
    #expect {
      try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
    } throws: { error in
      guard case .invalidModel(let issues) = error as? LinearProgrammingError else { return false }
      return issues.count == 1 && issues[0].path.hasPrefix("variants[1]")
    }
  }
}

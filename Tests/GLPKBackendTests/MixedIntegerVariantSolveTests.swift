import CGLPKShims
import GLPKBackend
import LinearProgramming
import Testing

/// Right-hand-side variants of a MIP solved in one guarded GLPK call: each variant must get the MIP optimum of its
/// own right-hand side (hand-computed below), equal to solving it on its own. The variants mix relaxations that are
/// already integral (recorded without branch and bound) and fractional ones (glp_intopt).
@Suite("Mixed-integer variant solves")
struct MixedIntegerVariantSolveTests {
  /// Minimise 3x + 5y over whole numbers 0 ≤ x, y ≤ 10 with one changeable row 2x + c·y (sense given per variant).
  static func program(yCoefficient: Double, sense: ConstraintSense) -> (LinearProgram, ConstraintID) {
    var program = LinearProgram(name: "cover")
    let x = program.addVariable(name: "x", upperBound: 10, objective: 3, kind: .integer)
    let y = program.addVariable(name: "y", upperBound: 10, objective: 5, kind: .integer)
    let row = program.addConstraint(
      name: "cover", terms: [LinearTerm(x, 2), LinearTerm(y, yCoefficient)], sense: sense)
    return (program, row)
  }

  @Test("each variant's MIP optimum is the hand-computed one and equals a separate solve")
  func coverVariants() throws {
    // 2x + 3y ≥ b. The relaxation covers with x alone at 1.5 a unit (cost 1.5b), so it is fractional for odd b
    // and branch and bound decides. By enumeration of small (x, y):
    //   b = 7:  (2, 1) covers 7 for 11; (4, 0) costs 12, (1, 2) 13, (0, 3) 15        → 11
    //   b = 4:  (2, 0) for 6; (1, 1) 8, (0, 2) 10                                      → 6
    //   b = 5:  (1, 1) covers 5 for 8; (3, 0) 9, (0, 2) 10                             → 8
    //   b = 11: (4, 1) covers 11 for 17; (6, 0) 18, (1, 3) 18, (3, 2) 19, (0, 4) 20    → 17
    let (program, row) = Self.program(yCoefficient: 3, sense: .greaterOrEqual(1))
    let levels: [Double] = [7, 4, 5, 11]
    let expected: [Double] = [11, 6, 8, 17]
    let variants = RightHandSideVariants(rows: [row], senses: levels.map { [.greaterOrEqual($0)] })
    let batched = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
    #expect(batched.count == levels.count)
    for index in levels.indices {
      let solution = batched[index]
      #expect(solution.termination == .optimal, "variant \(index): \(solution.rawStatus)")
      #expect(solution.objectiveValue == expected[index], "variant \(index)")
      let values = solution.variableValues
      #expect(values.count == 2 && values.allSatisfy { $0 == $0.rounded() }, "variant \(index): \(values)")
      #expect(2 * values[0] + 3 * values[1] >= levels[index], "variant \(index): \(values)")
      let alone = try GLPKSolver().solve(variants.apply(index, to: program), options: SolveOptions())
      #expect(alone.objectiveValue == solution.objectiveValue, "variant \(index)")
    }
  }

  @Test("an infeasible variant in the middle, integer or relaxed, does not change the variants after it")
  func infeasibleVariantsDoNotPoisonLaterOnes() throws {
    // 2x + 4y = b. Odd b: the relaxation is feasible but no whole numbers reach it. b = 100: even the relaxation
    // is infeasible (at most 2·10 + 4·10 = 60). Otherwise y is cheaper per unit (1.25 against 1.5):
    //   b = 10: (1, 2) for 13; (3, 1) 14, (5, 0) 15 → 13 (the relaxation, y = 2.5, costs 12.5)
    //   b = 6:  (1, 1) for 8; (3, 0) 9 → 8
    //   b = 8:  (0, 2) for 10; (2, 1) 11, (4, 0) 12 → 10
    let (program, row) = Self.program(yCoefficient: 4, sense: .equal(0))
    let levels: [Double] = [10, 7, 100, 6, 8, 10]
    let variants = RightHandSideVariants(rows: [row], senses: levels.map { [.equal($0)] })
    let batched = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
    #expect(batched.map(\.termination) == [.optimal, .infeasible, .infeasible, .optimal, .optimal, .optimal])
    // A relaxation that is infeasible reports the simplex's infeasible point (with its cost), as a single solve does.
    #expect(batched.map { $0.isOptimal ? $0.objectiveValue : nil } == [13, nil, nil, 8, 10, 13])
    #expect(batched[1].objectiveValue == nil)
    #expect(batched[1].rawStatus.hasPrefix("glp_intopt"), "integer-infeasible: \(batched[1].rawStatus)")
    #expect(batched[2].rawStatus.hasPrefix("glp_simplex"), "relaxation-infeasible: \(batched[2].rawStatus)")
    for index in levels.indices {
      let alone = try GLPKSolver().solve(variants.apply(index, to: program), options: SolveOptions())
      #expect(alone.termination == batched[index].termination, "variant \(index)")
      if alone.isOptimal { #expect(alone.objectiveValue == batched[index].objectiveValue, "variant \(index)") }
    }
  }

  @Test("binary variables (GLPK's own kind for 0–1 integers) are branched on when the relaxation is fractional")
  func binaryVariants() throws {
    // Minimise 3x + 5y, x and y in {0, 1}, 2x + 3y ≥ b. The relaxation uses x first (1.5 a unit against 1.67):
    //   b = 4: relaxation x = 1, y = 2/3 (6.33); whole numbers: only (1, 1) covers 4 → 8
    //   b = 2: relaxation x = 1 (3), already whole → 3
    //   b = 3: relaxation x = 1, y = 1/3 (4.67); (0, 1) covers 3 for 5, (1, 1) 8 → 5
    var program = LinearProgram(name: "binary_cover")
    let x = program.addVariable(name: "x", upperBound: 1, objective: 3, kind: .integer)
    let y = program.addVariable(name: "y", upperBound: 1, objective: 5, kind: .integer)
    let row = program.addConstraint(
      name: "cover", terms: [LinearTerm(x, 2), LinearTerm(y, 3)], sense: .greaterOrEqual(1))
    let variants = RightHandSideVariants(rows: [row], senses: [4.0, 2, 3].map { [.greaterOrEqual($0)] })
    let batched = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
    #expect(batched.map(\.objectiveValue) == [8, 3, 5])
    #expect(batched.map(\.variableValues) == [[1, 1], [1, 0], [0, 1]])
  }

  @Test("an integer variable with a fractional bound is refused in every variant, as a single solve refuses it")
  func fractionalIntegerBound() throws {
    // The relaxation's optimum (x = 1, within the bound 2.5) is integral, yet glp_intopt refuses the model
    // (GLP_EBOUND); the variants must not skip that check.
    var program = LinearProgram(name: "fractional_bound")
    let x = program.addVariable(name: "x", upperBound: 2.5, objective: 1, kind: .integer)
    let row = program.addConstraint(name: "need", terms: [LinearTerm(x, 1)], sense: .greaterOrEqual(1))
    let variants = RightHandSideVariants(rows: [row], senses: [[.greaterOrEqual(1)], [.greaterOrEqual(2)]])
    let batched = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
    for index in 0..<2 {
      let alone = try GLPKSolver().solve(variants.apply(index, to: program), options: SolveOptions())
      #expect(alone.termination == .invalidModel, "\(alone.rawStatus)")
      #expect(batched[index].termination == alone.termination, "variant \(index): \(batched[index].rawStatus)")
    }
  }

  #if DEBUG  // the seam that provokes GLPK's fatal errors exists in debug builds only
    @Test("a fatal GLPK error between MIP variant batches is caught and the next batch gives the same answers")
    func guardHoldsAroundMixedIntegerBatches() throws {
      let (program, row) = Self.program(yCoefficient: 3, sense: .greaterOrEqual(1))
      let variants = RightHandSideVariants(rows: [row], senses: [[.greaterOrEqual(7)], [.greaterOrEqual(11)]])
      let before = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
      var log = [CChar](repeating: 0, count: 4096)
      #expect(CGLPKShims_provokeFatalError(3, &log, log.count) == Int32(CGLPKShims_guardTripped))
      let after = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
      #expect(before.map(\.objectiveValue) == [11, 17])
      #expect(after.map(\.objectiveValue) == before.map(\.objectiveValue))
    }
  #endif
}

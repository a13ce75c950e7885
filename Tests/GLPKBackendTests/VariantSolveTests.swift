import GLPKBackend
import LinearProgramming
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

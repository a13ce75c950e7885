import GLPKBackend
import LinearProgramming
import LinearProgrammingConformance
import Testing

@Test(
  "a warm start after a small RHS change reaches the cold optimum in no more iterations",
  arguments: [
    SolveMethod.primalSimplex, .dualSimplex,
  ])
func warmStartMatchesColdSolve(method: SolveMethod) throws {
  let solver = GLPKSolver()
  let coldOptions = SolveOptions(method: method, presolve: false)
  let original = TestPrograms.transportation(size: 8)
  let first = try solver.solve(original, options: coldOptions)
  #expect(first.isOptimal)
  let basis = try #require(first.basis)
  #expect(basis.fits(original))

  let changed = TestPrograms.transportation(size: 8) { $0 == 3 ? 26 : 25 }
  let cold = try solver.solve(changed, options: coldOptions)
  var warmOptions = coldOptions
  warmOptions.warmStart = basis
  let warm = try solver.solve(changed, options: warmOptions)
  #expect(cold.isOptimal && warm.isOptimal)
  let coldObjective = try #require(cold.objectiveValue)
  let warmObjective = try #require(warm.objectiveValue)
  #expect(abs(coldObjective - warmObjective) <= 1e-9 * max(1, abs(coldObjective)))
  #expect(!warm.rawStatus.contains("rejected"), "\(warm.rawStatus)")
  #expect(warm.iterationCount <= cold.iterationCount, "warm \(warm.iterationCount) vs cold \(cold.iterationCount)")
  #expect(OptimalityCheck.violations(of: warm, for: changed).isEmpty)
}

@Test("a basis that does not fit the programme is ignored, and the solve still succeeds")
func mismatchedWarmStartIsIgnored() throws {
  let program = TestPrograms.transportation(size: 3)
  let options = SolveOptions(presolve: false, warmStart: Basis(rows: [.basic], columns: [.atLower]))
  let solution = try GLPKSolver().solve(program, options: options)
  #expect(solution.isOptimal)
}

@Test("presolve that detects infeasibility is retried without it, giving a proper infeasible status")
func presolveInfeasibleIsRetried() throws {
  var program = LinearProgram(name: "presolve_infeasible")
  let x = program.addVariable(name: "x", upperBound: 1, objective: 1)
  let y = program.addVariable(name: "y", upperBound: 1, objective: 1)
  program.addConstraint(name: "need", terms: [LinearTerm(x, 1), LinearTerm(y, 1)], sense: .greaterOrEqual(3))
  let solution = try GLPKSolver().solve(program, options: SolveOptions(presolve: true))
  #expect(solution.termination == .infeasible)
  #expect(solution.primalStatus == .infeasiblePoint)
  #expect(solution.rawStatus.contains("presolve said GLP_ENOPFS"), "\(solution.rawStatus)")
  #expect(solution.rawStatus.contains("GLP_NOFEAS"), "\(solution.rawStatus)")
}

@Test("presolve that detects unboundedness is retried without it, giving a proper unbounded status")
func presolveUnboundedIsRetried() throws {
  var program = LinearProgram(name: "presolve_unbounded", sense: .maximize)
  let x = program.addVariable(name: "x", objective: 1)
  let y = program.addVariable(name: "y", objective: 1)
  program.addConstraint(name: "gap", terms: [LinearTerm(x, 1), LinearTerm(y, -1)], sense: .lessOrEqual(1))
  let solution = try GLPKSolver().solve(program, options: SolveOptions(presolve: true))
  #expect(solution.termination == .dualInfeasible, "\(solution.summary)")
}

@Test("a MIP reports no duals and no basis")
func mixedIntegerHasNoDuals() throws {
  var program = LinearProgram(name: "mip", sense: .maximize)
  let x = program.addVariable(name: "x", upperBound: 10, objective: 1, kind: .integer)
  program.addConstraint(name: "cap", terms: [LinearTerm(x, 2)], sense: .lessOrEqual(7))
  let solution = try GLPKSolver().solve(program, options: SolveOptions())
  #expect(solution.isOptimal)
  #expect(solution.value(of: x) == 3)
  #expect(!solution.hasDuals)
  #expect(solution.basis == nil)
}

@Test("libraryVersion is a supported GLPK version")
func libraryVersionIsSupported() {
  #expect(GLPKSolver.isSupportedVersion, "GLPK \(GLPKSolver.libraryVersion)")
  #expect(GLPKSolver().versionDescription.hasPrefix("GLPK "))
}

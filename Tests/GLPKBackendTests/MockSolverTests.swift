import LinearProgramming
import LinearProgrammingConformance
import Testing

@Test("MockSolver returns its programmed solution and validates first")
func mockReturnsProgrammedSolution() throws {
  let mock = MockSolver.reporting(.timeLimit, rawStatus: "pretend time limit")
  var program = LinearProgram()
  program.addVariable(name: "x", objective: 1)
  let solution = try mock.solve(program, options: SolveOptions())
  #expect(solution.termination == .timeLimit)
  #expect(solution.rawStatus == "pretend time limit")
  program.addVariable(name: "bad", lowerBound: 1, upperBound: 0)
  #expect(throws: LinearProgrammingError.self) { try mock.solve(program, options: SolveOptions()) }
}

@Test("MockSolver can compute a solution or throw a programmed error")
func mockComputesOrFails() throws {
  let computing = MockSolver(
    behavior: .computes { program, _ in
      Solution(
        termination: .optimal, primalStatus: .feasiblePoint, dualStatus: .noSolution,
        objectiveValue: program.objectiveConstant, variableValues: program.variables.map { _ in 0 })
    })
  let solution = try computing.solve(LinearProgram(objectiveConstant: 4), options: SolveOptions())
  #expect(solution.objectiveValue == 4)
  let failing = MockSolver(behavior: .fails(.libraryError(backend: "mock", message: "boom")))
  #expect(throws: LinearProgrammingError.libraryError(backend: "mock", message: "boom")) {
    try failing.solve(LinearProgram(), options: SolveOptions())
  }
}

@Test("the conformance suite catches a solver with the wrong dual sign")
func conformanceCatchesWrongDualSign() throws {
  // A mock that answers the "min, >= row" dual-sign case with the sign flipped.
  let wrongSign = MockSolver(
    behavior: .computes { program, _ in
      Solution(
        termination: .optimal, primalStatus: .feasiblePoint, dualStatus: .feasiblePoint,
        objectiveValue: program.objectiveValue(at: [2]), variableValues: [2], rowActivities: [4], duals: [-1.5],
        reducedCosts: [0])
    })
  let conformanceCase = try #require(ConformanceSuite.case(named: "dualSignMinimizeGreaterOrEqual"))
  let failures = conformanceCase.run(wrongSign, config: ConformanceConfig())
  #expect(failures.contains { $0.contains("duals[0] is -1.5, expected 1.5") })
  #expect(failures.contains { $0.contains("raising its right-hand side") })
}

@Test("OptimalityCheck finds an infeasible point and a broken strong duality")
func optimalityCheckFindsViolations() {
  var program = LinearProgram()
  let x = program.addVariable(name: "x", objective: 1)
  program.addConstraint(name: "need", terms: [LinearTerm(x, 1)], sense: .greaterOrEqual(2))
  let infeasible = Solution(
    termination: .optimal, primalStatus: .feasiblePoint, dualStatus: .feasiblePoint, objectiveValue: 1,
    variableValues: [1], rowActivities: [1], duals: [1], reducedCosts: [0])
  let problems = OptimalityCheck.violations(of: infeasible, for: program)
  #expect(problems.contains { $0.contains("below its lower bound") })
  let wrongDual = Solution(
    termination: .optimal, primalStatus: .feasiblePoint, dualStatus: .feasiblePoint, objectiveValue: 2,
    variableValues: [2], rowActivities: [2], duals: [0.5], reducedCosts: [0.5])
  #expect(OptimalityCheck.violations(of: wrongDual, for: program).contains { $0.contains("strong duality") })
  #expect(OptimalityCheck.dualObjective(of: wrongDual, for: program) == 1)
}

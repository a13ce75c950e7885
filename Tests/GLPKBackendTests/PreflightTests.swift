import GLPKBackend
import LinearProgramming
import Testing

/// Each preflight rule stops a bad programme with `invalidModel` before anything reaches C (had it reached C, GLPK
/// would have either aborted, tripped the guard, which throws `libraryError`, or returned a status).
private func expectRejected(_ program: LinearProgram, pathContaining fragment: String) {
  #expect {
    try GLPKSolver().solve(program, options: SolveOptions())
  } throws: { error in
    guard case LinearProgrammingError.invalidModel(let issues) = error else { return false }
    return issues.contains { $0.path.contains(fragment) }
  }
}

@Test("a NaN coefficient is rejected before solving")
func nanCoefficientIsRejected() {
  var program = LinearProgram()
  let x = program.addVariable(name: "x", objective: 1)
  program.addConstraint(name: "row", terms: [LinearTerm(x, .nan)], sense: .lessOrEqual(1))
  expectRejected(program, pathContaining: "constraints[0] (row).terms[0]")
}

@Test("a NaN objective coefficient is rejected before solving")
func nanObjectiveIsRejected() {
  var program = LinearProgram()
  program.addVariable(name: "x", objective: .nan)
  expectRejected(program, pathContaining: "variables[0] (x).objective")
}

@Test("a lower bound above the upper bound is rejected before solving")
func crossedBoundsAreRejected() {
  var program = LinearProgram()
  program.addVariable(name: "x", lowerBound: 3, upperBound: 2, objective: 1)
  expectRejected(program, pathContaining: "variables[0] (x)")
}

@Test("a ranged row with lower above upper is rejected before solving")
func crossedRowBoundsAreRejected() {
  var program = LinearProgram()
  let x = program.addVariable(name: "x", objective: 1)
  program.addConstraint(name: "band", terms: [LinearTerm(x, 1)], sense: .ranged(lower: 5, upper: 4))
  expectRejected(program, pathContaining: "constraints[0] (band)")
}

@Test("a +infinity lower bound is rejected before solving")
func infiniteLowerBoundIsRejected() {
  var program = LinearProgram()
  program.addVariable(name: "x", lowerBound: .infinity, upperBound: nil, objective: 1)
  expectRejected(program, pathContaining: "variables[0] (x).lowerBound")
}

@Test("a term naming a variable outside the programme is rejected before solving")
func outOfRangeTermIsRejected() {
  var program = LinearProgram()
  program.addVariable(name: "x", objective: 1)
  program.addConstraint(name: "row", terms: [LinearTerm(VariableID(index: 5), 1)], sense: .lessOrEqual(1))
  expectRejected(program, pathContaining: "constraints[0] (row).terms[0]")
}

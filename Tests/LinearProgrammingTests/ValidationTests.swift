import LinearProgramming
import Testing

private func paths(_ program: LinearProgram) -> [String] { program.validate().map(\.path) }

@Test("a well-formed programme has no issues")
func wellFormedProgramIsValid() throws {
  var program = LinearProgram()
  let x = program.addVariable(name: "x", lowerBound: nil, upperBound: nil, objective: 1)
  let y = program.addVariable(name: "y", lowerBound: -.infinity, upperBound: .infinity)
  program.addConstraint(name: "row", terms: [LinearTerm(x, 1), LinearTerm(x, 2), LinearTerm(y, -1)], sense: .equal(1))
  program.addConstraint(name: "open", terms: [LinearTerm(y, 1)], sense: .lessOrEqual(.infinity))
  #expect(program.validate().isEmpty)
  try program.requireValid()
}

@Test("non-finite numbers are reported with their paths")
func nonFiniteNumbersAreReported() {
  var program = LinearProgram(objectiveConstant: .nan)
  let x = program.addVariable(name: "x", objective: .infinity)
  program.addConstraint(name: "row", terms: [LinearTerm(x, .nan)], sense: .greaterOrEqual(.nan))
  #expect(
    paths(program) == [
      "objectiveConstant", "variables[0] (x).objective", "constraints[0] (row).lowerBound",
      "constraints[0] (row).terms[0]",
    ])
}

@Test("bounds that exclude every value are reported")
func impossibleBoundsAreReported() {
  var program = LinearProgram()
  program.addVariable(name: "crossed", lowerBound: 2, upperBound: 1)
  program.addVariable(name: "plus_infinite_lower", lowerBound: .infinity, upperBound: nil)
  program.addVariable(name: "minus_infinite_upper", lowerBound: nil, upperBound: -.infinity)
  let x = program.addVariable(name: "x")
  program.addConstraint(name: "band", terms: [LinearTerm(x, 1)], sense: .ranged(lower: 3, upper: 2))
  #expect(
    paths(program) == [
      "variables[0] (crossed)", "variables[1] (plus_infinite_lower).lowerBound",
      "variables[2] (minus_infinite_upper).upperBound", "constraints[0] (band)",
    ])
}

@Test("terms naming a variable outside the programme are reported, every one of them")
func outOfRangeTermsAreReported() {
  var program = LinearProgram()
  program.addVariable(name: "x")
  program.addConstraint(
    name: "row", terms: [LinearTerm(VariableID(index: 1), 1), LinearTerm(VariableID(index: -1), 1)],
    sense: .lessOrEqual(1))
  #expect(paths(program) == ["constraints[0] (row).terms[0]", "constraints[0] (row).terms[1]"])
}

@Test("requireValid throws invalidModel listing every issue")
func requireValidThrowsAllIssues() {
  var program = LinearProgram()
  program.addVariable(name: "a", lowerBound: 1, upperBound: 0)
  program.addVariable(name: "b", objective: .nan)
  #expect {
    try program.requireValid()
  } throws: { error in
    guard case LinearProgrammingError.invalidModel(let issues) = error else { return false }
    return issues.count == 2 && "\(error)".contains("2 problem(s)")
  }
}

@Test("requireOptimal returns an optimal solution and throws notOptimal with a summary otherwise")
func requireOptimalBehaves() throws {
  let optimal = Solution(
    termination: .optimal, primalStatus: .feasiblePoint, dualStatus: .feasiblePoint, objectiveValue: 1,
    variableValues: [1])
  #expect(try optimal.requireOptimal() == optimal)
  let limited = Solution(
    termination: .timeLimit, primalStatus: .noSolution, dualStatus: .noSolution, objectiveValue: nil)
  #expect(throws: LinearProgrammingError.notOptimal(summary: limited.summary)) { try limited.requireOptimal() }
}

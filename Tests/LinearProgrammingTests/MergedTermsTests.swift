import LinearProgramming
import Testing

@Test("repeated variables are summed in order of first appearance")
func repeatedVariablesAreSummed() {
  var program = LinearProgram()
  let x = program.addVariable(name: "x")
  let y = program.addVariable(name: "y")
  let z = program.addVariable(name: "z")
  let row = program.addConstraint(
    name: "row", terms: [LinearTerm(y, 2), LinearTerm(x, 1), LinearTerm(y, 0.5), LinearTerm(z, 3), LinearTerm(x, 4)],
    sense: .lessOrEqual(1))
  #expect(program.mergedTerms(of: row) == [LinearTerm(y, 2.5), LinearTerm(x, 5), LinearTerm(z, 3)])
  #expect(program[row].terms.count == 5, "merging must not change the programme")
}

@Test("terms that cancel, and zero coefficients, are left out")
func zeroSumsAreDropped() {
  var program = LinearProgram()
  let x = program.addVariable(name: "x")
  let y = program.addVariable(name: "y")
  let row = program.addConstraint(
    name: "row", terms: [LinearTerm(x, 1), LinearTerm(y, 0), LinearTerm(x, -1)], sense: .lessOrEqual(1))
  #expect(program.mergedTerms(of: row).isEmpty)
}

@Test("activity and objective value are computed from the terms")
func activityAndObjective() {
  var program = LinearProgram(objectiveConstant: 1)
  let x = program.addVariable(name: "x", objective: 2)
  let y = program.addVariable(name: "y", objective: -1)
  let row = program.addConstraint(
    name: "row", terms: [LinearTerm(x, 1), LinearTerm(y, 3), LinearTerm(x, 1)], sense: .lessOrEqual(1))
  #expect(program.activity(of: row, at: [2, 1]) == 7)
  #expect(program.objectiveValue(at: [2, 1]) == 4)
  #expect(program.termCount == 3)
}

@Test("a row listing each variable once comes back as it is, less its zero coefficients")
func increasingRowsComeBackAsTheyAre() {
  var program = LinearProgram()
  let variables = (0..<4).map { program.addVariable(name: "x\($0)") }
  let terms = [LinearTerm(variables[0], 1), LinearTerm(variables[1], 0), LinearTerm(variables[3], -2)]
  let row = program.addConstraint(name: "row", terms: terms, sense: .lessOrEqual(1))
  #expect(program.mergedTerms(of: row) == [LinearTerm(variables[0], 1), LinearTerm(variables[3], -2)])
  let whole = program.addConstraint(name: "whole", terms: [terms[0], terms[2]], sense: .lessOrEqual(1))
  #expect(program.mergedTerms(of: whole) == [terms[0], terms[2]])
  // Out of order but each variable once: as it is too.
  let unordered = program.addConstraint(name: "unordered", terms: [terms[2], terms[0]], sense: .lessOrEqual(1))
  #expect(program.mergedTerms(of: unordered) == [terms[2], terms[0]])
  // Increasing but for one repeat at the end: merged as any other row.
  let repeated = program.addConstraint(
    name: "repeated", terms: terms + [LinearTerm(variables[0], 2)], sense: .lessOrEqual(1))
  #expect(program.mergedTerms(of: repeated) == [LinearTerm(variables[0], 3), LinearTerm(variables[3], -2)])
}

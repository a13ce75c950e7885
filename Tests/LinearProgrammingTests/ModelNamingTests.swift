import LinearProgramming
import Testing

@Test(
  "safe names: ASCII letters, digits and _ . [ ], at most 255 bytes",
  arguments: [
    "x", "ship_3_4", "cap[home].2026", "X", "e", "eX1", String(repeating: "a", count: 255),
  ])
func safeNames(name: String) {
  #expect(ModelNaming.isSafe(name))
}

@Test(
  "unsafe names",
  arguments: [
    "", "with space", "tab\there", "line\nbreak", "naïve", "✓", "a-b", "a+b", "a/b", "a:b", "1st", ".x", "e1", "E9x",
    String(repeating: "a", count: 256), "free", "INF", "Infinity", "st", "End", "bounds", "subject", "Maximize",
  ])
func unsafeNames(name: String) {
  #expect(!ModelNaming.isSafe(name))
}

@Test("unsafe and repeated names fall back to x<n> and c<n>, and every name is unique")
func fallbackNames() {
  var program = LinearProgram()
  program.addVariable(name: "cost")
  program.addVariable(name: "bad name")
  program.addVariable(name: "cost")
  program.addVariable(name: "x3")
  program.addVariable(name: String(repeating: "z", count: 300))
  #expect(ModelNaming.columnNames(of: program) == ["cost", "x2", "x3", "x4", "x5"])
  let x = VariableID(index: 0)
  program.addConstraint(name: "c2", terms: [LinearTerm(x, 1)], sense: .lessOrEqual(1))
  program.addConstraint(name: "c2", terms: [LinearTerm(x, 1)], sense: .lessOrEqual(1))
  program.addConstraint(name: "naïve", terms: [LinearTerm(x, 1)], sense: .lessOrEqual(1))
  #expect(ModelNaming.rowNames(of: program) == ["c2", "c2_2", "c3"])
}

@Test("a taken fallback gets a numeric suffix")
func takenFallbackGetsSuffix() {
  var program = LinearProgram()
  program.addVariable(name: "x2")
  program.addVariable(name: "x2")
  program.addVariable(name: "x2")
  #expect(ModelNaming.columnNames(of: program) == ["x2", "x2_2", "x3"])
}

@Test("generic names ignore the programme's names")
func genericNames() {
  var program = LinearProgram()
  program.addVariable(name: "cost")
  program.addVariable(name: "bad name")
  #expect(ModelNaming.columnNames(of: program, generic: true) == ["x1", "x2"])
}

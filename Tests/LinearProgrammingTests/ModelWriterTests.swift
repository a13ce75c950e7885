import LinearProgramming
import LinearProgrammingConformance
import Testing

@Test("LP output for Wyndor Glass matches its snapshot")
func lpWyndorSnapshot() throws {
  assertSnapshot(try LPWriter().write(WriterModels.wyndorGlass), named: "wyndor.lp")
}

@Test("MPS output for Wyndor Glass matches its snapshot")
func mpsWyndorSnapshot() throws {
  assertSnapshot(try MPSWriter().write(WriterModels.wyndorGlass), named: "wyndor.mps")
}

@Test("LP output with every feature matches its snapshot")
func lpEveryFeatureSnapshot() throws {
  assertSnapshot(try LPWriter().write(ReferencePrograms.everyFeature), named: "every_feature.lp")
}

@Test("MPS output with every feature matches its snapshot")
func mpsEveryFeatureSnapshot() throws {
  assertSnapshot(try MPSWriter().write(ReferencePrograms.everyFeature), named: "every_feature.mps")
}

@Test("generic names replace every row and column name")
func genericNamesSnapshots() throws {
  assertSnapshot(
    try LPWriter(genericNames: true).write(ReferencePrograms.everyFeature), named: "every_feature_generic.lp")
  assertSnapshot(
    try MPSWriter(genericNames: true).write(ReferencePrograms.everyFeature), named: "every_feature_generic.mps")
}

@Test("writing is deterministic")
func writersAreDeterministic() throws {
  let program = ReferencePrograms.everyFeature
  #expect(try LPWriter().write(program) == LPWriter().write(program))
  #expect(try MPSWriter().write(program) == MPSWriter().write(program))
}

@Test("the objective sense is kept in both formats")
func objectiveSenseIsKept() throws {
  var program = WriterModels.wyndorGlass
  #expect(try LPWriter().write(program).contains("\nMaximize\n"))
  #expect(try MPSWriter().write(program).contains("OBJSENSE\n    MAX\n"))
  program.sense = .minimize
  #expect(try LPWriter().write(program).contains("\nMinimize\n"))
  #expect(try MPSWriter().write(program).contains("OBJSENSE\n    MIN\n"))
}

@Test("writers refuse an invalid programme")
func writersRefuseInvalidPrograms() {
  var program = LinearProgram()
  program.addVariable(name: "x", lowerBound: 2, upperBound: 1)
  #expect(throws: LinearProgrammingError.self) { try LPWriter().write(program) }
  #expect(throws: LinearProgrammingError.self) { try MPSWriter().write(program) }
}

@Test("numbers are written as the shortest text that reads back exactly")
func numbersRoundTrip() {
  #expect(ModelFileNumber.format(3) == "3")
  #expect(ModelFileNumber.format(-0.0) == "0")
  #expect(ModelFileNumber.format(-1.5) == "-1.5")
  #expect(ModelFileNumber.format(0.1) == "0.1")
  #expect(ModelFileNumber.format(1e-7) == "1e-07")
  #expect(ModelFileNumber.format(1e6) == "1000000")
  for value in [0.1, 1.0 / 3, 2.0 / 3 * 1e-12, 123_456_789.123, -9.87654321e22, .pi] {
    #expect(Double(ModelFileNumber.format(value)) == value)
  }
}

@Test("a model with 10,000 columns is written in full, with LP lines under 256 characters")
func largeModelIsWritten() throws {
  var program = LinearProgram(name: "large")
  let columns = (0..<10_000).map { program.addVariable(name: "x\($0)", upperBound: 10, objective: Double($0 % 7)) }
  for row in 0..<5 {
    program.addConstraint(
      name: "row\(row)", terms: columns.map { LinearTerm($0, Double(row + 1)) }, sense: .greaterOrEqual(Double(row)))
  }
  let lp = try LPWriter().write(program)
  let mps = try MPSWriter().write(program)
  #expect(lp.split(separator: "\n").allSatisfy { $0.utf8.count < 256 })
  #expect(lp.contains(" + 5 x9999 >= 4\n"))
  // Objective entries for columns with a non-zero cost, 5 row entries per column, and 10,000 UP bounds.
  let costed = (0..<10_000).filter { $0 % 7 != 0 }.count
  #expect(mps.split(separator: "\n").filter { $0.hasPrefix(" x") }.count == costed + 50_000)
  #expect(mps.split(separator: "\n").filter { $0.hasPrefix(" UP BND x") }.count == 10_000)
}

import CGLPKShims
import GLPKBackend
import LinearProgramming
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// C arrays that stay valid until ``release()``: the shim's structs hold raw pointers, so Swift arrays cannot be
/// passed to them as temporaries.
private struct CArrays {
  private var releases: [() -> Void] = []

  mutating func copy<Element>(_ array: [Element]) -> UnsafeMutablePointer<Element> {
    let pointer = UnsafeMutablePointer<Element>.allocate(capacity: max(array.count, 1))
    pointer.initialize(from: array, count: array.count)
    releases.append {
      pointer.deinitialize(count: array.count)
      pointer.deallocate()
    }
    return pointer
  }

  func release() {
    for release in releases { release() }
  }
}

/// Calls `CGLPKShims_solve` directly with a one-row, two-column problem and the given matrix and column names,
/// which may be invalid on purpose; returns the shim's code and the captured log.
private func callShimDirectly(
  matrix: [(row: Int32, column: Int32, value: Double)], columnNames: [String] = ["x", "y"]
) -> (code: Int32, log: String) {
  var arrays = CArrays()
  defer { arrays.release() }
  let names = columnNames.map { strdup($0) }
  defer {
    for name in names { free(name) }
  }
  var problem = CGLPKShims_Problem()
  problem.rowCount = 1
  problem.columnCount = 2
  problem.sense = 1
  problem.objective = UnsafePointer(arrays.copy([1.0, 1.0]))
  problem.columnBoundKind = UnsafePointer(
    arrays.copy([Int32(CGLPKShims_boundLower), Int32(CGLPKShims_boundLower)]))
  problem.columnLower = UnsafePointer(arrays.copy([0.0, 0.0]))
  problem.columnUpper = UnsafePointer(arrays.copy([0.0, 0.0]))
  problem.columnIsInteger = UnsafePointer(arrays.copy([Int32(0), 0]))
  problem.rowBoundKind = UnsafePointer(arrays.copy([Int32(CGLPKShims_boundLower)]))
  problem.rowLower = UnsafePointer(arrays.copy([1.0]))
  problem.rowUpper = UnsafePointer(arrays.copy([0.0]))
  // GLPK's matrix arrays are 1-based: slot 0 is unused.
  problem.nonzeroCount = Int32(matrix.count)
  problem.matrixRow = UnsafePointer(arrays.copy([0] + matrix.map(\.row)))
  problem.matrixColumn = UnsafePointer(arrays.copy([0] + matrix.map(\.column)))
  problem.matrixValue = UnsafePointer(arrays.copy([0] + matrix.map(\.value)))
  problem.columnNames = UnsafePointer(arrays.copy(names.map { UnsafePointer($0) }))
  var result = CGLPKShims_Result()
  result.columnValue = arrays.copy([0.0, 0.0])
  result.columnDual = arrays.copy([0.0, 0.0])
  result.columnStatus = arrays.copy([Int32(0), 0])
  result.rowValue = arrays.copy([0.0])
  result.rowDual = arrays.copy([0.0])
  result.rowStatus = arrays.copy([Int32(0)])
  var options = CGLPKShims_Options(
    method: Int32(CGLPKShims_methodDualSimplex), presolve: 0, messageLevel: 1, timeLimitMilliseconds: 0,
    iterationLimit: 0, mipRelativeGap: 0)
  var log = [CChar](repeating: 0, count: 4096)
  let code = CGLPKShims_solve(&problem, &options, &result, &log, log.count)
  return (code, logText(log))
}

/// A normal solve through the public API still works after a tripped guard.
private func expectNormalSolveWorks() throws {
  var program = LinearProgram()
  let x = program.addVariable(name: "x", objective: 1)
  program.addConstraint(name: "need", terms: [LinearTerm(x, 2)], sense: .greaterOrEqual(3))
  let solution = try GLPKSolver().solve(program, options: SolveOptions())
  #expect(solution.isOptimal)
  #expect(solution.objectiveValue == 1.5)
}

@Test("a well-formed problem passes through the shim")
func shimAcceptsValidProblem() {
  let outcome = callShimDirectly(matrix: [(1, 1, 1), (1, 2, 2)])
  #expect(outcome.code == Int32(CGLPKShims_ok))
}

@Test(
  "the guard catches GLPK's fatal errors on bad input, keeps the message, and the next solve works",
  arguments: [
    ("tab in a column name", [(Int32(1), Int32(1), 1.0)], ["bad\tname", "y"], "glp_set_col_name"),
    ("row index out of range", [(Int32(5), Int32(1), 1.0)], ["x", "y"], "glp_load_matrix"),
    ("column index out of range", [(Int32(1), Int32(9), 1.0)], ["x", "y"], "glp_load_matrix"),
    ("duplicate (row, column) triplets", [(Int32(1), Int32(1), 1.0), (1, 1, 2.0)], ["x", "y"], "duplicate indices"),
  ] as [(String, [(Int32, Int32, Double)], [String], String)])
func guardCatchesFatalInput(
  label: String, matrix: [(Int32, Int32, Double)], names: [String], routine: String
) throws {
  let outcome = callShimDirectly(matrix: matrix.map { (row: $0.0, column: $0.1, value: $0.2) }, columnNames: names)
  #expect(outcome.code == Int32(CGLPKShims_guardTripped), "\(label)")
  #expect(outcome.log.contains(routine), "\(label): GLPK's message was not captured: \(outcome.log)")
  try expectNormalSolveWorks()
}

#if DEBUG  // the seam that provokes GLPK's fatal errors exists in debug builds only
  @Test(
    "the guard catches each provoked fatal error and the next solve works",
    arguments: [
      (Int32(1), "glp_add_cols"), (2, "glp_set_col_name"), (3, "glp_set_obj_coef"),
    ])
  func guardCatchesProvokedErrors(kind: Int32, routine: String) throws {
    var log = [CChar](repeating: 0, count: 4096)
    let code = CGLPKShims_provokeFatalError(kind, &log, log.count)
    #expect(code == Int32(CGLPKShims_guardTripped))
    let message = logText(log)
    #expect(message.contains(routine), "GLPK's message was not captured: \(message)")
    try expectNormalSolveWorks()
  }
#endif

@Test("the shim refuses null arrays without calling GLPK")
func shimRefusesBadArguments() {
  var options = CGLPKShims_Options()
  var result = CGLPKShims_Result()
  var problem = CGLPKShims_Problem()
  problem.columnCount = 2
  var log = [CChar](repeating: 0, count: 64)
  #expect(CGLPKShims_solve(&problem, &options, &result, &log, log.count) == Int32(CGLPKShims_badArguments))
}

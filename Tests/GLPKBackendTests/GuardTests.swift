#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CGLPKShims
import GLPKBackend
import LinearProgramming
import Testing

/// Calls `CGLPKShims_solve` directly with a one-row, two-column problem and the given matrix and column names,
/// which may be invalid on purpose; returns the shim's code and the captured log.
private func callShimDirectly(
  matrix: [(row: Int32, column: Int32, value: Double)], columnNames: [String] = ["x", "y"]
) -> (code: Int32, log: String) {
  let objective: [Double] = [1, 1]
  let columnBoundKind: [Int32] = [Int32(CGLPKShims_boundLower), Int32(CGLPKShims_boundLower)]
  let columnLower: [Double] = [0, 0]
  let columnUpper: [Double] = [0, 0]
  let columnIsInteger: [Int32] = [0, 0]
  let rowBoundKind: [Int32] = [Int32(CGLPKShims_boundLower)]
  let rowLower: [Double] = [1]
  let rowUpper: [Double] = [0]
  // GLPK's matrix arrays are 1-based: slot 0 is unused.
  let matrixRow: [Int32] = [0] + matrix.map(\.row)
  let matrixColumn: [Int32] = [0] + matrix.map(\.column)
  let matrixValue: [Double] = [0] + matrix.map(\.value)
  let namePointers = columnNames.map { UnsafePointer(strdup($0)) }
  defer { namePointers.forEach { free(UnsafeMutablePointer(mutating: $0)) } }
  var columnValue = [Double](repeating: 0, count: 2)
  var columnDual = [Double](repeating: 0, count: 2)
  var columnStatus = [Int32](repeating: 0, count: 2)
  var rowValue = [Double](repeating: 0, count: 1)
  var rowDual = [Double](repeating: 0, count: 1)
  var rowStatus = [Int32](repeating: 0, count: 1)
  var log = [CChar](repeating: 0, count: 4096)
  var options = CGLPKShims_Options(
    method: Int32(CGLPKShims_methodDualSimplex), presolve: 0, messageLevel: 1, timeLimitMilliseconds: 0,
    iterationLimit: 0, mipRelativeGap: 0)
  let code = columnValue.withUnsafeMutableBufferPointer { columnValue in
    columnDual.withUnsafeMutableBufferPointer { columnDual in
      columnStatus.withUnsafeMutableBufferPointer { columnStatus in
        rowValue.withUnsafeMutableBufferPointer { rowValue in
          rowDual.withUnsafeMutableBufferPointer { rowDual in
            rowStatus.withUnsafeMutableBufferPointer { rowStatus in
              namePointers.withUnsafeBufferPointer { names in
                var result = CGLPKShims_Result()
                result.columnValue = columnValue.baseAddress
                result.columnDual = columnDual.baseAddress
                result.columnStatus = columnStatus.baseAddress
                result.rowValue = rowValue.baseAddress
                result.rowDual = rowDual.baseAddress
                result.rowStatus = rowStatus.baseAddress
                var problem = CGLPKShims_Problem(
                  rowCount: 1, columnCount: 2, sense: 1, objectiveConstant: 0, objective: objective,
                  columnBoundKind: columnBoundKind, columnLower: columnLower, columnUpper: columnUpper,
                  columnIsInteger: columnIsInteger, rowBoundKind: rowBoundKind, rowLower: rowLower,
                  rowUpper: rowUpper, nonzeroCount: Int32(matrix.count), matrixRow: matrixRow,
                  matrixColumn: matrixColumn, matrixValue: matrixValue, problemName: nil, rowNames: nil,
                  columnNames: names.baseAddress, warmRowStatus: nil, warmColumnStatus: nil)
                return CGLPKShims_solve(&problem, &options, &result, &log, log.count)
              }
            }
          }
        }
      }
    }
  }
  return (code, String(cString: log))
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

@Test("the guard catches each provoked fatal error and the next solve works", arguments: [
  (Int32(1), "glp_add_cols"), (2, "glp_set_col_name"), (3, "glp_set_obj_coef"),
])
func guardCatchesProvokedErrors(kind: Int32, routine: String) throws {
  var log = [CChar](repeating: 0, count: 4096)
  let code = CGLPKShims_provokeFatalError(kind, &log, log.count)
  #expect(code == Int32(CGLPKShims_guardTripped))
  let message = String(cString: log)
  #expect(message.contains(routine), "GLPK's message was not captured: \(message)")
  try expectNormalSolveWorks()
}

@Test("the shim refuses null arrays without calling GLPK")
func shimRefusesBadArguments() {
  var options = CGLPKShims_Options()
  var result = CGLPKShims_Result()
  var problem = CGLPKShims_Problem()
  problem.columnCount = 2
  var log = [CChar](repeating: 0, count: 64)
  #expect(CGLPKShims_solve(&problem, &options, &result, &log, log.count) == Int32(CGLPKShims_badArguments))
}

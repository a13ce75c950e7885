import CGLPKShims
import LinearProgramming

/// What one guarded GLPK call returned, copied out of C buffers.
struct GLPKRawResult {
  var solutionKind: Int32
  var returnCode: Int32
  var presolveReturnCode: Int32
  var status: Int32
  var primalStatus: Int32
  var dualStatus: Int32
  var objectiveValue: Double
  var columnValue: [Double]
  var columnDual: [Double]
  var rowValue: [Double]
  var rowDual: [Double]
  var rowStatus: [Int32]
  var columnStatus: [Int32]
  var warmStartRejected: Bool
  var iterationCount: Int32
  var log: String
}

/// A ``LinearProgram`` as the flat, 1-based arrays GLPK loads: the Swift preflight (§4.2 of ARCHITECTURE.md).
///
/// Bound kinds come from an exhaustive switch and duplicate terms are merged, so none of
/// GLPK's fatal checks can fire.
struct GLPKProblemArrays {
  static let logCapacity = 1 << 16

  var rowCount: Int32
  var columnCount: Int32
  var sense: Int32
  var objectiveConstant: Double
  var objective: [Double]
  var columnBoundKind: [Int32]
  var columnLower: [Double]
  var columnUpper: [Double]
  var columnIsInteger: [Int32]
  var rowBoundKind: [Int32]
  var rowLower: [Double]
  var rowUpper: [Double]
  var matrixRow: [Int32]
  var matrixColumn: [Int32]
  var matrixValue: [Double]
  var warmRowStatus: [Int32]?
  var warmColumnStatus: [Int32]?

  init(program: LinearProgram, options: SolveOptions) {
    rowCount = Int32(program.constraints.count)
    columnCount = Int32(program.variables.count)
    sense = program.sense == .minimize ? 1 : -1
    objectiveConstant = program.objectiveConstant
    objective = program.variables.map(\.objective)
    var columnKinds: [Int32] = []
    var columnLowers: [Double] = []
    var columnUppers: [Double] = []
    for variable in program.variables {
      let (kind, lower, upper) = Self.boundKind(lower: variable.lowerBound, upper: variable.upperBound)
      columnKinds.append(kind)
      columnLowers.append(lower)
      columnUppers.append(upper)
    }
    columnBoundKind = columnKinds
    columnLower = columnLowers
    columnUpper = columnUppers
    columnIsInteger = program.variables.map { $0.kind == .integer ? 1 : 0 }
    var rowKinds: [Int32] = []
    var rowLowers: [Double] = []
    var rowUppers: [Double] = []
    // Each row's terms with duplicates merged; a row that has none to merge keeps its own array (shared, not
    // copied: a national shadow-price programme's rows hold 8 million terms; `mergedTerms`).
    var rowTerms: [[LinearTerm]] = []
    rowTerms.reserveCapacity(program.constraints.count)
    for (index, constraint) in program.constraints.enumerated() {
      let (kind, lower, upper) = Self.boundKind(lower: constraint.sense.lowerBound, upper: constraint.sense.upperBound)
      rowKinds.append(kind)
      rowLowers.append(lower)
      rowUppers.append(upper)
      rowTerms.append(program.mergedTerms(of: ConstraintID(index: index)))
    }
    (matrixRow, matrixColumn, matrixValue) = Self.columnMajor(rowTerms, columnCount: program.variables.count)
    rowBoundKind = rowKinds
    rowLower = rowLowers
    rowUpper = rowUppers
    if let basis = options.warmStart, basis.fits(program) {
      warmRowStatus = basis.rows.map { Int32($0.rawValue) }
      warmColumnStatus = basis.columns.map { Int32($0.rawValue) }
    }
  }

  /// The matrix as GLPK's 1-based triplets (with an unused element 0), column by column and, within a column, by
  /// row.
  ///
  /// `glp_load_matrix` allocates its elements in the order given and prepends each to its column's list, so column
  /// by column keeps every column's elements next to each other in memory, where row by row scattered them.
  /// `glp_simplex` walks every column's list each time it starts (and the factorization the basic columns'): on the
  /// many short shadow-price re-solves this saved about a tenth of their time (20 councils 0.73-0.90 s against
  /// 0.64-0.71 s, docs/scaling.md). Each column's list comes out in the same order either way (rows descending), so
  /// GLPK's arithmetic is the same.
  static func columnMajor(_ rowTerms: [[LinearTerm]], columnCount: Int) -> (
    rows: [Int32], columns: [Int32], values: [Double]
  ) {
    var start = [Int](repeating: 0, count: columnCount + 1)
    for terms in rowTerms {
      for term in terms { start[term.variable.index + 1] += 1 }
    }
    for column in 0..<columnCount { start[column + 1] += start[column] }
    let count = start[columnCount]
    var rows = [Int32](repeating: 0, count: count + 1)
    var columns = [Int32](repeating: 0, count: count + 1)
    var values = [Double](repeating: 0, count: count + 1)
    var next = start
    for (row, terms) in rowTerms.enumerated() {
      for term in terms {
        let column = term.variable.index
        let position = next[column] + 1
        next[column] += 1
        rows[position] = Int32(row + 1)
        columns[position] = Int32(column + 1)
        values[position] = term.coefficient
      }
    }
    return (rows, columns, values)
  }

  /// GLPK's bound kind and the two bound values it reads for it. Infinite bounds count as absent.
  static func boundKind(lower: Double?, upper: Double?) -> (Int32, Double, Double) {
    let lowerValue = lower.flatMap { $0.isFinite ? $0 : nil }
    let upperValue = upper.flatMap { $0.isFinite ? $0 : nil }
    switch (lowerValue, upperValue) {
    case (nil, nil): return (Int32(CGLPKShims_boundFree), 0, 0)
    case (let lower?, nil): return (Int32(CGLPKShims_boundLower), lower, 0)
    case (nil, let upper?): return (Int32(CGLPKShims_boundUpper), 0, upper)
    case (let lower?, let upper?):
      return lower == upper
        ? (Int32(CGLPKShims_boundFixed), lower, upper) : (Int32(CGLPKShims_boundDouble), lower, upper)
    }
  }

  /// Calls the guarded C frame once and copies the results out.
  consuming func solve(options: SolveOptions) throws -> GLPKRawResult {
    let buffers = ShimBuffers()
    var problem = moveProblem(into: buffers)
    let columnValue = buffers.filled(0.0, count: Int(columnCount))
    let columnDual = buffers.filled(0.0, count: Int(columnCount))
    let rowValue = buffers.filled(0.0, count: Int(rowCount))
    let rowDual = buffers.filled(0.0, count: Int(rowCount))
    let rowStatus = buffers.filled(Int32(0), count: Int(rowCount))
    let columnStatus = buffers.filled(Int32(0), count: Int(columnCount))
    let logBuffer = buffers.filled(CChar(0), count: Self.logCapacity)
    var shimOptions = Self.shimOptions(options)
    var result = CGLPKShims_Result()
    result.columnValue = columnValue.baseAddress
    result.columnDual = columnDual.baseAddress
    result.rowValue = rowValue.baseAddress
    result.rowDual = rowDual.baseAddress
    result.rowStatus = rowStatus.baseAddress
    result.columnStatus = columnStatus.baseAddress
    let code = withExtendedLifetime(buffers) {
      CGLPKShims_solve(&problem, &shimOptions, &result, logBuffer.baseAddress, logBuffer.count)
    }
    let log = try Self.checkedLog(code: code, buffer: logBuffer)
    return GLPKRawResult(
      solutionKind: result.solutionKind, returnCode: result.returnCode, presolveReturnCode: result.presolveReturnCode,
      status: result.status, primalStatus: result.primalStatus, dualStatus: result.dualStatus,
      objectiveValue: result.objectiveValue, columnValue: Array(columnValue), columnDual: Array(columnDual),
      rowValue: Array(rowValue), rowDual: Array(rowDual), rowStatus: Array(rowStatus),
      columnStatus: Array(columnStatus), warmStartRejected: result.warmStartRejected != 0,
      iterationCount: result.iterationCount, log: log)
  }

  /// The solver settings as the shim takes them.
  static func shimOptions(_ options: SolveOptions) -> CGLPKShims_Options {
    CGLPKShims_Options(
      method: methodCode(options.method), presolve: options.presolve ? 1 : 0,
      messageLevel: options.verboseLog ? 3 : 1, timeLimitMilliseconds: milliseconds(options.timeLimitSeconds),
      iterationLimit: options.iterationLimit.map { Int32(clamping: $0) } ?? 0,
      mipRelativeGap: usableGap(options.mipRelativeGap))
  }

  /// GLPK's captured text, or the error a shim return code stands for.
  static func checkedLog(code: Int32, buffer: UnsafeMutableBufferPointer<CChar>) throws -> String {
    let log = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    switch code {
    case Int32(CGLPKShims_ok): return log
    case Int32(CGLPKShims_guardTripped):
      throw LinearProgrammingError.libraryError(
        backend: "glpk", message: log.isEmpty ? "GLPK raised a fatal error" : log)
    default:
      throw LinearProgrammingError.libraryError(backend: "glpk", message: "the GLPK shim refused its arguments")
    }
  }

  /// The whole problem as the shim's C struct, its arrays moved into `buffers` (valid while they live): each Swift
  /// array is dropped as soon as it is copied, so a large programme is held once, not twice, while GLPK loads it (a
  /// national shadow-price programme's matrix is about 130 MB).
  mutating func moveProblem(into buffers: ShimBuffers) -> CGLPKShims_Problem {
    func move<Element: BitwiseCopyable>(_ array: inout [Element]) -> UnsafeMutablePointer<Element> {
      defer { array = [] }
      return buffers.copy(array)
    }
    func move<Element: BitwiseCopyable>(_ array: inout [Element]?) -> UnsafeMutablePointer<Element>? {
      defer { array = nil }
      return buffers.copy(array)
    }
    let nonzeroCount = Int32(matrixValue.count - 1)
    return CGLPKShims_Problem(
      rowCount: rowCount, columnCount: columnCount, sense: sense, objectiveConstant: objectiveConstant,
      objective: move(&objective), columnBoundKind: move(&columnBoundKind), columnLower: move(&columnLower),
      columnUpper: move(&columnUpper), columnIsInteger: move(&columnIsInteger), rowBoundKind: move(&rowBoundKind),
      rowLower: move(&rowLower), rowUpper: move(&rowUpper), nonzeroCount: nonzeroCount, matrixRow: move(&matrixRow),
      // No names: GLPK never reports them back, and setting them cost a fifth of loading a national programme.
      matrixColumn: move(&matrixColumn), matrixValue: move(&matrixValue), problemName: nil, rowNames: nil,
      columnNames: nil, warmRowStatus: move(&warmRowStatus), warmColumnStatus: move(&warmColumnStatus))
  }

  /// GLPK's time limit in milliseconds, where 0 means none: `nil`, NaN and +infinity mean no limit, a limit of 0 or
  /// less stops at once (1 ms), and anything above about 23 days is capped (GLPK takes an `int`).
  static func milliseconds(_ seconds: Double?) -> Int32 {
    guard let seconds, !seconds.isNaN, seconds != .infinity else { return 0 }
    guard seconds > 0 else { return 1 }
    return Int32((min(seconds, 2_000_000) * 1000).rounded(.up))
  }

  /// The MIP gap GLPK gets, where 0 means its default: GLPK aborts on a negative or NaN gap, so those (and
  /// infinity) fall back to the default.
  static func usableGap(_ gap: Double?) -> Double {
    guard let gap, gap.isFinite, gap >= 0 else { return 0 }
    return gap
  }

  private static func methodCode(_ method: SolveMethod) -> Int32 {
    switch method {
    case .primalSimplex: Int32(CGLPKShims_methodPrimalSimplex)
    case .dualSimplex: Int32(CGLPKShims_methodDualSimplex)
    case .interiorPoint: Int32(CGLPKShims_methodInteriorPoint)
    }
  }
}

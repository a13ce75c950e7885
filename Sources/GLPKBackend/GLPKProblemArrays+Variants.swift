import CGLPKShims
import LinearProgramming

/// What one guarded call returned for a batch of right-hand-side variants.
struct GLPKVariantRawResults {
  /// 0 simplex, 2 MIP (as `GLPKRawResult.solutionKind`).
  var solutionKind: [Int32]
  var returnCode: [Int32]
  var status: [Int32]
  var primalStatus: [Int32]
  var dualStatus: [Int32]
  var objectiveValue: [Double]
  /// Each variant's column values (empty for a variant not solved, solution kind 3).
  var columnValues: [[Double]]
  var iterationCount: [Int32]
  var log: String
}

extension GLPKProblemArrays {
  /// Solves every variant in one guarded call (`CGLPKShims_solveVariants`): the problem is loaded once and each
  /// variant's LP (or MIP relaxation) starts from the previous one's basis; MIPs are then solved by branch and bound.
  consuming func solveVariants(_ variants: RightHandSideVariants, options: SolveOptions) throws
    -> GLPKVariantRawResults
  {
    let count = variants.senses.count
    let changed = variants.rows.count
    let changedRows = variants.rows.map { Int32($0.index) }
    var kinds: [Int32] = []
    var lowers: [Double] = []
    var uppers: [Double] = []
    kinds.reserveCapacity(count * changed)
    for senses in variants.senses {
      for sense in senses {
        let (kind, lower, upper) = Self.boundKind(lower: sense.lowerBound, upper: sense.upperBound)
        kinds.append(kind)
        lowers.append(lower)
        uppers.append(upper)
      }
    }
    let buffers = ShimBuffers()
    var problem = moveProblem(into: buffers)
    let solutionKind = buffers.filled(Int32(0), count: count)
    let returnCode = buffers.filled(Int32(0), count: count)
    let status = buffers.filled(Int32(0), count: count)
    let primalStatus = buffers.filled(Int32(0), count: count)
    let dualStatus = buffers.filled(Int32(0), count: count)
    let iterationCount = buffers.filled(Int32(0), count: count)
    let objectiveValue = buffers.filled(0.0, count: count)
    // One buffer per variant, each let go once its values are copied out, so they are never all held twice. Not
    // zero-filled: the shim writes every value of each variant it solves, and only those are read.
    let columns = Int(columnCount)
    var columnValue: [UnsafeMutablePointer<Double>?] = (0..<count).map { _ in
      UnsafeMutablePointer<Double>.allocate(capacity: max(columns, 1))
    }
    defer { for pointer in columnValue { pointer?.deallocate() } }
    var results = CGLPKShims_VariantResults(
      solutionKind: solutionKind.baseAddress, returnCode: returnCode.baseAddress, status: status.baseAddress,
      primalStatus: primalStatus.baseAddress, dualStatus: dualStatus.baseAddress,
      objectiveValue: objectiveValue.baseAddress, columnValue: buffers.copy(columnValue),
      iterationCount: iterationCount.baseAddress)
    let movedRows: [Int32]? = variants.movedRows.isEmpty ? nil : variants.movedRows.map { Int32($0 ?? -1) }
    var batch = CGLPKShims_Variants(
      variantCount: Int32(count), changedRowCount: Int32(changed), changedRows: buffers.copy(changedRows),
      rowBoundKind: buffers.copy(kinds), rowLower: buffers.copy(lowers), rowUpper: buffers.copy(uppers),
      movedRow: buffers.copy(movedRows))
    let logBuffer = buffers.filled(CChar(0), count: Self.logCapacity)
    var shimOptions = Self.shimOptions(options)
    let code = withExtendedLifetime(buffers) {
      CGLPKShims_solveVariants(&problem, &shimOptions, &batch, &results, logBuffer.baseAddress, logBuffer.count)
    }
    var raw = GLPKVariantRawResults(
      solutionKind: Array(solutionKind), returnCode: Array(returnCode), status: Array(status),
      primalStatus: Array(primalStatus), dualStatus: Array(dualStatus), objectiveValue: Array(objectiveValue),
      columnValues: [], iterationCount: Array(iterationCount), log: "")
    raw.log = try Self.checkedLog(code: code, buffer: logBuffer)
    raw.columnValues.reserveCapacity(count)
    for (variant, pointer) in columnValue.enumerated() {
      raw.columnValues.append(
        raw.solutionKind[variant] == 3 ? [] : Array(UnsafeBufferPointer(start: pointer, count: columns)))
      pointer?.deallocate()
      columnValue[variant] = nil
    }
    return raw
  }
}

import CGLPKShims
import LinearProgramming

/// What one guarded call returned for one right-hand-side variant.
struct GLPKVariantRawResult {
  /// 0 simplex, 2 MIP (as `GLPKRawResult.solutionKind`), 3 not solved (within the previous basis's range), 4 not
  /// solved (its row no longer wanted).
  var solutionKind: Int32
  var returnCode: Int32
  var status: Int32
  var primalStatus: Int32
  var dualStatus: Int32
  var objectiveValue: Double
  /// The column values (empty for a variant not solved, solution kinds 3 and 4).
  var columnValues: [Double]
  var iterationCount: Int32
}

/// What one guarded call returned for a batch of right-hand-side variants.
struct GLPKVariantRawResults {
  var variants: [GLPKVariantRawResult]
  var log: String
}

extension GLPKProblemArrays {
  /// Solves every variant in one guarded call (`CGLPKShims_solveVariants`): the problem is loaded once and each
  /// variant's LP (or MIP relaxation) starts from the previous one's basis; MIPs are then solved by branch and bound.
  ///
  /// - Parameter carriesOn: asked when the shim asks (`CGLPKShims_Variants.carriesOn`), with a variant's index and
  ///   raw result; false leaves the rest of its row's variants unsolved. `nil` solves every variant.
  consuming func solveVariants(
    _ variants: RightHandSideVariants, options: SolveOptions,
    carriesOn: ((Int, GLPKVariantRawResult) -> Bool)? = nil
  ) throws -> GLPKVariantRawResults {
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
      movedRow: buffers.copy(movedRows), carriesOn: nil, carriesOnContext: nil)
    let result = { (variant: Int) in
      let kind = solutionKind[variant]
      return GLPKVariantRawResult(
        solutionKind: kind, returnCode: returnCode[variant], status: status[variant],
        primalStatus: primalStatus[variant], dualStatus: dualStatus[variant], objectiveValue: objectiveValue[variant],
        columnValues: kind == 3 || kind == 4
          ? [] : Array(UnsafeBufferPointer(start: columnValue[variant], count: columns)),
        iterationCount: iterationCount[variant])
    }
    let decision = VariantDecision { variant in carriesOn?(variant, result(variant)) ?? true }
    if carriesOn != nil {
      batch.carriesOnContext = Unmanaged.passUnretained(decision).toOpaque()
      batch.carriesOn = { context, variant in
        Unmanaged<VariantDecision>.fromOpaque(context!).takeUnretainedValue().decide(Int(variant)) ? 1 : 0
      }
    }
    let logBuffer = buffers.filled(CChar(0), count: Self.logCapacity)
    var shimOptions = Self.shimOptions(options)
    let code = withExtendedLifetime((buffers, decision)) {
      CGLPKShims_solveVariants(&problem, &shimOptions, &batch, &results, logBuffer.baseAddress, logBuffer.count)
    }
    let log = try Self.checkedLog(code: code, buffer: logBuffer)
    var raws: [GLPKVariantRawResult] = []
    raws.reserveCapacity(count)
    for variant in 0..<count {
      raws.append(result(variant))
      columnValue[variant]?.deallocate()
      columnValue[variant] = nil
    }
    return GLPKVariantRawResults(variants: raws, log: log)
  }
}

/// The caller's answer to the shim's question whether a row's variants are still wanted, behind a C context pointer.
private final class VariantDecision {
  let decide: (_ variant: Int) -> Bool

  init(_ decide: @escaping (_ variant: Int) -> Bool) { self.decide = decide }
}

import CGLPKShims
import LinearProgramming

/// What one guarded call returned for a batch of right-hand-side variants.
struct GLPKVariantRawResults {
  var returnCode: [Int32]
  var status: [Int32]
  var primalStatus: [Int32]
  var dualStatus: [Int32]
  var objectiveValue: [Double]
  /// Column values, variant after variant.
  var columnValue: [Double]
  var iterationCount: [Int32]
  var log: String
}

extension GLPKProblemArrays {
  /// Solves every variant in one guarded call (`CGLPKShims_solveVariants`): the problem is loaded once and each
  /// variant starts from the previous one's basis.
  func solveVariants(_ variants: RightHandSideVariants, options: SolveOptions) throws -> GLPKVariantRawResults {
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
    var raw = GLPKVariantRawResults(
      returnCode: Array(repeating: 0, count: count), status: Array(repeating: 0, count: count),
      primalStatus: Array(repeating: 0, count: count), dualStatus: Array(repeating: 0, count: count),
      objectiveValue: Array(repeating: 0, count: count),
      columnValue: Array(repeating: 0, count: count * Int(columnCount)),
      iterationCount: Array(repeating: 0, count: count), log: "")
    var logBuffer = [CChar](repeating: 0, count: Self.logCapacity)
    var shimOptions = Self.shimOptions(options)
    let code: Int32 = changedRows.withUnsafeBufferPointer { rows in
      kinds.withUnsafeBufferPointer { kinds in
        lowers.withUnsafeBufferPointer { lowers in
          uppers.withUnsafeBufferPointer { uppers in
            raw.returnCode.withUnsafeMutableBufferPointer { returnCode in
              raw.status.withUnsafeMutableBufferPointer { status in
                raw.primalStatus.withUnsafeMutableBufferPointer { primalStatus in
                  raw.dualStatus.withUnsafeMutableBufferPointer { dualStatus in
                    raw.objectiveValue.withUnsafeMutableBufferPointer { objectiveValue in
                      raw.columnValue.withUnsafeMutableBufferPointer { columnValue in
                        raw.iterationCount.withUnsafeMutableBufferPointer { iterationCount in
                          var batch = CGLPKShims_Variants(
                            variantCount: Int32(count), changedRowCount: Int32(changed),
                            changedRows: rows.baseAddress, rowBoundKind: kinds.baseAddress,
                            rowLower: lowers.baseAddress, rowUpper: uppers.baseAddress)
                          var results = CGLPKShims_VariantResults(
                            returnCode: returnCode.baseAddress, status: status.baseAddress,
                            primalStatus: primalStatus.baseAddress, dualStatus: dualStatus.baseAddress,
                            objectiveValue: objectiveValue.baseAddress, columnValue: columnValue.baseAddress,
                            iterationCount: iterationCount.baseAddress)
                          return withProblem { problem in
                            CGLPKShims_solveVariants(
                              &problem, &shimOptions, &batch, &results, &logBuffer, logBuffer.count)
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    raw.log = try Self.checkedLog(code: code, buffer: logBuffer)
    return raw
  }
}

import CGLPKShims
import GLPKBackend
import LinearProgramming
import Testing

/// GLPK frees everything it allocates in every call, including one its guard cut short, and its closing message
/// survives a log longer than the buffer.
@Suite("GLPK memory and log")
struct GLPKMemoryAndLogTests {
  /// GLPK's memory in use, read between calls.
  static func memoryInUse() -> (blocks: Int32, bytes: Int) {
    var blocks: Int32 = -1
    var bytes = 0
    CGLPKShims_memoryInUse(&blocks, &bytes)
    return (blocks, bytes)
  }

  static func program() -> (LinearProgram, ConstraintID) {
    var program = LinearProgram()
    let x = program.addVariable(name: "x", objective: 2)
    let y = program.addVariable(name: "y", objective: 3, kind: .integer)
    let row = program.addConstraint(
      name: "need", terms: [LinearTerm(x, 1), LinearTerm(y, 2)], sense: .greaterOrEqual(5))
    program.addConstraint(name: "cap", terms: [LinearTerm(x, 1)], sense: .lessOrEqual(4))
    return (program, row)
  }

  @Test("no GLPK memory stays in use after a solve or a variant solve")
  func memoryReturnsToZeroAfterSolves() throws {
    let (program, row) = Self.program()
    let solution = try GLPKSolver().solve(program, options: SolveOptions())
    #expect(solution.isOptimal)
    #expect(Self.memoryInUse() == (0, 0))
    let variants = RightHandSideVariants(rows: [row], senses: [[.greaterOrEqual(6)], [.greaterOrEqual(9)]])
    let batch = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
    #expect(batch.count == 2)
    #expect(Self.memoryInUse() == (0, 0))
  }

  #if DEBUG  // the seams that provoke GLPK's fatal errors exist in debug builds only
    @Test("no GLPK memory stays in use after the guard catches a fatal error", arguments: [Int32(1), 2, 3])
    func memoryReturnsToZeroAfterTrippedGuard(kind: Int32) {
      var log = [CChar](repeating: 0, count: 4096)
      #expect(CGLPKShims_provokeFatalError(kind, &log, log.count) == Int32(CGLPKShims_guardTripped))
      #expect(Self.memoryInUse() == (0, 0))
    }

    @Test("when GLPK writes more than the log holds, the log keeps its start, a marker, and GLPK's last message")
    func fullLogKeepsClosingMessage() {
      var log = [CChar](repeating: 0, count: 4096)
      // About 30 bytes a line: 5,000 lines are some 150 KB, far more than 4 KB.
      #expect(CGLPKShims_provokeLongLog(5000, &log, log.count) == Int32(CGLPKShims_guardTripped))
      let text = logText(log)
      #expect(text.hasPrefix("line 1 of GLPK's text\n"))
      #expect(text.contains("its last lines follow"))
      #expect(text.contains("line 5000 of GLPK's text"))
      #expect(text.contains("glp_add_cols"), "GLPK's fatal message was dropped: …\(text.suffix(300))")
      #expect(text.utf8.count <= log.count - 1)
      #expect(Self.memoryInUse() == (0, 0))
    }

    @Test("a log that fits is passed through whole, without a marker")
    func shortLogIsWhole() {
      var log = [CChar](repeating: 0, count: 1 << 16)
      #expect(CGLPKShims_provokeLongLog(3, &log, log.count) == Int32(CGLPKShims_guardTripped))
      let text = logText(log)
      #expect(text.hasPrefix("line 1 of GLPK's text\nline 2 of GLPK's text\nline 3 of GLPK's text\n"))
      #expect(!text.contains("its last lines follow"))
      #expect(text.contains("glp_add_cols"))
    }
  #endif
}

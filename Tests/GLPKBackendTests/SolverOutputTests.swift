import CGLPKShims
import Foundation
import GLPKBackend
import LinearProgramming
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs `body` with file descriptor 1 redirected into a pipe and returns what was written to it. Whatever arrives
/// (for example another test's progress lines) is written back to the real stdout afterwards, so nothing is lost.
/// The pipe's write end is non-blocking, so a burst of output cannot deadlock the capture. Captures are serialised:
/// two at once would each save the other's pipe as "stdout", and a pipe whose write end stays open never ends.
private let captureLock = NSLock()

private func capturingStandardOutput<T>(_ body: () throws -> T) throws -> (T, String) {
  captureLock.lock()
  defer { captureLock.unlock() }
  var ends: [Int32] = [0, 0]
  try #require(pipe(&ends) == 0)
  _ = fcntl(ends[1], F_SETFL, fcntl(ends[1], F_GETFL) | O_NONBLOCK)
  fflush(nil)
  let saved = dup(1)
  try #require(saved >= 0)
  _ = dup2(ends[1], 1)
  let value: T
  do {
    value = try body()
  } catch {
    fflush(nil)
    _ = dup2(saved, 1)
    throw error
  }
  fflush(nil)
  _ = dup2(saved, 1)
  close(saved)
  close(ends[1])
  var captured: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = read(ends[0], &chunk, chunk.count)
    if count <= 0 { break }
    captured += chunk[0..<count]
  }
  close(ends[0])
  if !captured.isEmpty { _ = captured.withUnsafeBytes { write(1, $0.baseAddress, $0.count) } }
  return (value, String(decoding: captured, as: UTF8.self))
}

@Test("GLPK's log is captured in the solution and nothing reaches stdout", arguments: SolveMethod.allCases)
func glpkWritesNothingToStandardOutput(method: SolveMethod) throws {
  var program = TestPrograms.transportation(size: 6)
  program.name = "quiet_check"
  let (solution, output) = try capturingStandardOutput {
    try GLPKSolver().solve(program, options: SolveOptions(method: method, verboseLog: true))
  }
  #expect(solution.isOptimal)
  #expect(!solution.solverLog.isEmpty, "verboseLog should ask GLPK for its progress log")
  let logLines = solution.solverLog.split(separator: "\n").map(String.init).filter { $0.count > 8 }
  #expect(!logLines.isEmpty)
  for line in logLines {
    #expect(!output.contains(line), "GLPK's log line reached stdout: \(line)")
  }
  #expect(!output.contains("GLPK"), "GLPK text reached stdout")
}

#if DEBUG  // the seam that provokes GLPK's fatal errors exists in debug builds only
  @Test("a fatal error's message is captured, not printed")
  func fatalMessageStaysOffStandardOutput() throws {
    var log = [CChar](repeating: 0, count: 4096)
    let (_, output) = try capturingStandardOutput { CGLPKShims_provokeFatalError(2, &log, log.count) }
    let message = logText(log)
    #expect(message.contains("glp_set_col_name"))
    #expect(!output.contains("glp_set_col_name"))
  }
#endif

@Test("the stdout capture used above does see text written to stdout")
func captureSeesStandardOutput() throws {
  let (_, output) = try capturingStandardOutput { print("capture-probe-\(42)") }
  #expect(output.contains("capture-probe-42"))
}

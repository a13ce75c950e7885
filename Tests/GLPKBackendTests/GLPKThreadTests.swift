import CGLPKShims
import Dispatch
import GLPKBackend
import LinearProgramming
import Synchronization
import Testing

/// GLPK's environment and the guard's state are thread-local: solves on different threads run side by side, give
/// what they give one at a time, and a fatal error on one thread leaves another thread's solve alone.
@Suite("GLPK on several threads")
struct GLPKThreadTests {
  static let sizes = [6, 9, 12, 15, 18, 21, 24, 27]

  /// Each size's objective and values, solved on the calling thread or on one worker thread per size.
  static func solveAll(concurrently: Bool) throws -> [Int: Solution] {
    let results = Mutex([Int: Result<Solution, any Error>]())
    let work: @Sendable (Int) -> Void = { index in
      let size = sizes[index]
      let outcome = Result { try GLPKSolver().solve(TestPrograms.transportation(size: size), options: SolveOptions()) }
      results.withLock { $0[size] = outcome }
    }
    if concurrently {
      DispatchQueue.concurrentPerform(iterations: sizes.count, execute: work)
    } else {
      for index in sizes.indices { work(index) }
    }
    return try results.withLock { $0 }.mapValues { try $0.get() }
  }

  @Test("solves on several threads at once equal the same solves one at a time")
  func concurrentSolvesMatchSerial() throws {
    let serial = try Self.solveAll(concurrently: false)
    for _ in 0..<3 {
      let concurrent = try Self.solveAll(concurrently: true)
      for size in Self.sizes {
        let alone = try #require(serial[size])
        let together = try #require(concurrent[size])
        #expect(together.isOptimal, "size \(size)")
        #expect(together.objectiveValue == alone.objectiveValue, "size \(size)")
        #expect(together.variableValues == alone.variableValues, "size \(size)")
      }
    }
  }

  #if DEBUG  // the seam that provokes GLPK's fatal errors exists in debug builds only
    @Test("a fatal error caught on one thread leaves solves on other threads whole")
    func fatalErrorStaysOnItsThread() throws {
      let serial = try Self.solveAll(concurrently: false)
      let tripped = Mutex(0)
      let solved = Mutex([Int: Double]())
      DispatchQueue.concurrentPerform(iterations: 16) { index in
        if index % 2 == 0 {
          var log = [CChar](repeating: 0, count: 4096)
          let code = CGLPKShims_provokeFatalError(Int32(1 + index % 3), &log, log.count)
          if code == Int32(CGLPKShims_guardTripped) { tripped.withLock { $0 += 1 } }
        } else {
          let size = Self.sizes[index / 2]
          let objective = try? GLPKSolver().solve(TestPrograms.transportation(size: size), options: SolveOptions())
            .objectiveValue
          solved.withLock { $0[size] = objective ?? .nan }
        }
      }
      #expect(tripped.withLock { $0 } == 8)
      let objectives = solved.withLock { $0 }
      for size in Self.sizes {
        #expect(objectives[size] == serial[size]?.objectiveValue, "size \(size)")
      }
    }
  #endif
}

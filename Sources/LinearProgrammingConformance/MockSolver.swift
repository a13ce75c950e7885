import LinearProgramming

/// A ``LinearSolver`` that returns a programmed ``Solution`` (or throws a programmed error) without solving, for
/// plumbing tests of code that consumes solutions: states that are hard to provoke with a real solver, such as a
/// time limit or a numerical error (MathOptInterface's `MockOptimizer`).
///
/// It still validates the programme first, like every backend, unless `validatesProgram` is false.
public struct MockSolver: LinearSolver {
  /// What the mock does when asked to solve.
  public enum Behavior: Sendable {
    /// Return this solution for every programme.
    case returns(Solution)
    /// Compute the solution from the programme and options.
    case computes(@Sendable (LinearProgram, SolveOptions) -> Solution)
    /// Throw this error.
    case fails(LinearProgrammingError)
  }

  public let name: String
  public let versionDescription: String
  /// The programmed behaviour.
  public var behavior: Behavior
  /// Whether ``solve(_:options:)`` validates the programme first (throwing
  /// ``LinearProgrammingError/invalidModel(_:)``).
  public var validatesProgram: Bool

  /// Creates a mock with a name (default `mock`) and a behaviour.
  public init(name: String = "mock", behavior: Behavior, validatesProgram: Bool = true) {
    self.name = name
    self.versionDescription = "MockSolver"
    self.behavior = behavior
    self.validatesProgram = validatesProgram
  }

  /// A mock that reports `termination` with no point and no duals (for example `.timeLimit` or `.numericalError`).
  public static func reporting(_ termination: TerminationStatus, rawStatus: String = "mock") -> MockSolver {
    MockSolver(
      behavior: .returns(
        Solution(
          termination: termination, primalStatus: .noSolution, dualStatus: .noSolution, objectiveValue: nil,
          rawStatus: rawStatus)))
  }

  public func solve(_ program: LinearProgram, options: SolveOptions) throws -> Solution {
    if validatesProgram { try program.requireValid() }
    switch behavior {
    case .returns(let solution): return solution
    case .computes(let compute): return compute(program, options)
    case .fails(let error): throw error
    }
  }
}

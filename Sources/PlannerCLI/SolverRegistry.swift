import GLPKBackend
import LinearProgramming

/// The composition root's list of solver backends, by name. Only the CLI picks a solver.
enum SolverRegistry {
  /// Every backend built into this binary.
  static let all: [any LinearSolver] = [GLPKSolver()]

  /// The backend with this name, or `nil`.
  static func solver(named name: String) -> (any LinearSolver)? {
    all.first { $0.name == name }
  }
}

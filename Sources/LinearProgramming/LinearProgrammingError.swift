/// Why a programme could not be solved at all. Outcomes such as infeasibility are ``TerminationStatus`` values.
public enum LinearProgrammingError: Error, Equatable, CustomStringConvertible {
  /// The programme failed validation; nothing reached the solver.
  case invalidModel([ModelIssue])
  /// The backend library itself failed (for a guarded C library: its fatal-error guard tripped).
  case libraryError(backend: String, message: String)
  /// ``Solution/requireOptimal()`` was called on a solution that is not optimal.
  case notOptimal(summary: String)

  public var description: String {
    switch self {
    case .invalidModel(let issues):
      let lines = issues.prefix(20).map { "  - \($0)" }.joined(separator: "\n")
      let more = issues.count > 20 ? "\n  … and \(issues.count - 20) more" : ""
      return "The linear programme is invalid (\(issues.count) problem(s)):\n\(lines)\(more)"
    case .libraryError(let backend, let message):
      return
        "Internal error in the \(backend) solver library: \(message)\n"
        + "This is a bug in SufficiencyPlanner; please report it with the scenario that caused it."
    case .notOptimal(let summary):
      return "The solver did not find an optimal solution: \(summary)"
    }
  }
}

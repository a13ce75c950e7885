import MessageFormat
import PlacementDomain
import TableIO

/// Why a scenario could not be used.
public enum ScenarioError: ReportableError, Equatable {
  /// The scenario has one or more errors; every one is listed.
  case invalid(file: String, issues: [ScenarioIssue])

  public var isInvalidInput: Bool { true }

  /// The issues behind the error.
  public var issues: [ScenarioIssue] {
    switch self {
    case .invalid(_, let issues): issues
    }
  }

  public var description: String {
    switch self {
    case .invalid(let file, let issues):
      let errors = issues.filter { $0.severity == .error }
      let lines = issues.map { "  \($0)" }.joined(separator: "\n")
      return "\(file): \(errors.count) problem(s) in the scenario:\n\(lines)"
    }
  }
}

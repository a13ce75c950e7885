import PlacementDomain

/// One problem found while loading or validating a scenario: where, what, and how to fix it.
public struct ScenarioIssue: Sendable, Equatable, CustomStringConvertible {
  /// How serious it is: errors stop a run, warnings are printed and the run goes on.
  public enum Severity: String, Sendable { case error, warning }

  public var severity: Severity
  /// The file (scenario or a CSV it references).
  public var file: String
  /// The 1-based line, where known.
  public var line: Int?
  /// The field path, such as `providers[3].places` or `demand[0].by_year.2020`.
  public var path: String
  public var message: String
  /// What to do about it.
  public var fix: String

  /// Creates an issue.
  public init(
    severity: Severity = .error, file: String, line: Int?, path: String, message: String, fix: String
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.path = path
    self.message = message
    self.fix = fix
  }

  public var description: String {
    let location = line.map { "\(file):\($0)" } ?? file
    let field = path.isEmpty ? "" : "\(path): "
    let text = message.hasSuffix(".") ? String(message.dropLast()) : message
    return "\(location): \(severity.rawValue): \(field)\(text). Fix: \(fix)"
  }
}

/// One problem found by ``LinearProgram/validate()``.
public struct ModelIssue: Sendable, Equatable, CustomStringConvertible {
  /// Where: for example `variables[3] (x_ifa).upperBound` or `constraints[2] (cap_home).terms[1]`.
  public var path: String
  public var message: String

  /// Creates an issue.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}

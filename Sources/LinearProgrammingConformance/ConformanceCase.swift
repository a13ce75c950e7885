import LinearProgramming

/// One named case of the ``ConformanceSuite``: a function that solves one or more small programmes with known
/// answers and returns what went wrong (an empty list means the case passed).
public struct ConformanceCase: Sendable, CustomStringConvertible {
  /// The case's name, such as `wyndorGlassMaximize`; used for exclusions and test names.
  public let name: String
  /// One sentence on what the case checks.
  public let summary: String
  private let body: @Sendable (any LinearSolver, ConformanceConfig) -> [String]

  /// Creates a case.
  public init(
    name: String, summary: String, body: @escaping @Sendable (any LinearSolver, ConformanceConfig) -> [String]
  ) {
    self.name = name
    self.summary = summary
    self.body = body
  }

  /// Runs the case and returns its failures, each prefixed by the case name.
  public func run(_ solver: any LinearSolver, config: ConformanceConfig) -> [String] {
    body(solver, config).map { "\(name): \($0)" }
  }

  public var description: String { name }
}

/// The outcome of one case in ``ConformanceSuite/run(_:config:)``.
public struct ConformanceResult: Sendable {
  /// The case's name.
  public var name: String
  /// What went wrong; empty when the case passed or was skipped.
  public var failures: [String]
  /// Why the case was skipped (from ``ConformanceConfig/excluded``), or `nil` when it ran.
  public var skippedReason: String?

  /// True when the case ran and found nothing wrong.
  public var passed: Bool { skippedReason == nil && failures.isEmpty }
}

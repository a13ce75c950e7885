import LinearProgramming

/// How to run the ``ConformanceSuite`` against one backend: tolerances, solve options and the cases to leave out.
///
/// This mirrors MathOptInterface's `MOI.Test.Config(atol, rtol, exclude)` and PuLP's per-solver `PulpTestConfig`:
/// the suite is shared, and everything backend-specific lives in the backend's own test file, with a reason.
public struct ConformanceConfig: Sendable {
  /// Largest absolute difference accepted between a computed and an expected number.
  public var absoluteTolerance: Double
  /// Largest difference accepted relative to the larger magnitude of the two numbers.
  public var relativeTolerance: Double
  /// The options every case starts from (cases that need a limit or presolve setting change only that field).
  public var options: SolveOptions
  /// Case names to skip, each with the reason written down (shown in test output).
  public var excluded: [String: String]
  /// Accept ``TerminationStatus/infeasibleOrUnbounded`` where a case expects infeasible or unbounded, for
  /// algorithms that cannot tell the two apart (an interior-point method without a homogeneous embedding).
  public var acceptsInfeasibleOrUnbounded: Bool

  /// Creates a configuration; the defaults suit a double-precision simplex solver.
  public init(
    absoluteTolerance: Double = 1e-6, relativeTolerance: Double = 1e-6, options: SolveOptions = SolveOptions(),
    excluded: [String: String] = [:], acceptsInfeasibleOrUnbounded: Bool = false
  ) {
    self.absoluteTolerance = absoluteTolerance
    self.relativeTolerance = relativeTolerance
    self.options = options
    self.excluded = excluded
    self.acceptsInfeasibleOrUnbounded = acceptsInfeasibleOrUnbounded
  }

  /// True when `actual` is within the tolerances of `expected`.
  public func isClose(_ actual: Double, _ expected: Double) -> Bool {
    if actual == expected { return true }
    let scale = max(abs(actual), abs(expected))
    return abs(actual - expected) <= absoluteTolerance + relativeTolerance * scale
  }

  /// Excluded names that are not cases of the suite (typos would otherwise silently exclude nothing).
  public var unknownExclusions: [String] {
    let known = Set(ConformanceSuite.cases.map(\.name))
    return excluded.keys.filter { !known.contains($0) }.sorted()
  }
}

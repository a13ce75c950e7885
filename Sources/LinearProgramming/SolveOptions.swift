/// The algorithm a backend should use.
public enum SolveMethod: String, Sendable, Codable, CaseIterable {
  case primalSimplex = "primal"
  case dualSimplex = "dual"
  case interiorPoint = "interior"
}

/// Settings for one solve. Every backend honours what it supports and documents the rest.
public struct SolveOptions: Sendable, Equatable {
  public var method: SolveMethod
  /// Run the solver's presolver first (ignored when ``warmStart`` is given).
  public var presolve: Bool
  /// Stop after this many seconds; `nil` for no limit.
  public var timeLimitSeconds: Double?
  /// Stop after this many simplex iterations; `nil` for no limit.
  public var iterationLimit: Int?
  /// Relative MIP gap at which branch-and-bound may stop; `nil` for the backend's default.
  public var mipRelativeGap: Double?
  /// A basis from an earlier solve of the same structure.
  public var warmStart: Basis?
  /// Ask the solver for its progress log (always captured, never printed).
  public var verboseLog: Bool

  /// Creates options; the defaults are dual simplex with presolve and no limits.
  public init(
    method: SolveMethod = .dualSimplex, presolve: Bool = true, timeLimitSeconds: Double? = nil,
    iterationLimit: Int? = nil, mipRelativeGap: Double? = nil, warmStart: Basis? = nil, verboseLog: Bool = false
  ) {
    self.method = method
    self.presolve = presolve
    self.timeLimitSeconds = timeLimitSeconds
    self.iterationLimit = iterationLimit
    self.mipRelativeGap = mipRelativeGap
    self.warmStart = warmStart
    self.verboseLog = verboseLog
  }
}

/// Whether a variable may take any real value in its bounds or only whole numbers.
public enum VariableKind: String, Sendable, Codable {
  case continuous
  case integer
}

/// One column of a ``LinearProgram``: bounds, objective coefficient and kind.
///
/// A `nil` bound means unbounded on that side, so `lowerBound: nil, upperBound: nil` is a free variable and equal
/// bounds fix it.
public struct Variable: Sendable, Equatable {
  // The objective first: with the optional bounds after the name, a column takes 56 bytes in an array, not 64.
  /// Coefficient of this variable in the objective.
  public var objective: Double
  /// The name used in solver logs and LP/MPS files. Unsafe names are replaced by generic ones when written.
  public var name: String
  public var lowerBound: Double?
  public var upperBound: Double?
  public var kind: VariableKind

  /// Creates a column; the default is a continuous, non-negative variable with zero cost.
  public init(
    name: String, lowerBound: Double? = 0, upperBound: Double? = nil, objective: Double = 0,
    kind: VariableKind = .continuous
  ) {
    self.name = name
    self.lowerBound = lowerBound
    self.upperBound = upperBound
    self.objective = objective
    self.kind = kind
  }
}

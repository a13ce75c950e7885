/// One term of a linear expression: a coefficient times a variable.
public struct LinearTerm: Sendable, Equatable {
  public var variable: VariableID
  public var coefficient: Double

  /// Creates `coefficient × variable`.
  public init(_ variable: VariableID, _ coefficient: Double) {
    self.variable = variable
    self.coefficient = coefficient
  }
}

/// Which side or sides of a row are bounded.
public enum ConstraintSense: Sendable, Equatable {
  /// `expression ≤ rhs`
  case lessOrEqual(Double)
  /// `expression ≥ rhs`
  case greaterOrEqual(Double)
  /// `expression = rhs`
  case equal(Double)
  /// `lower ≤ expression ≤ upper`
  case ranged(lower: Double, upper: Double)

  /// The row's lower bound, or `nil` where it has none.
  public var lowerBound: Double? {
    switch self {
    case .lessOrEqual: nil
    case .greaterOrEqual(let value), .equal(let value): value
    case .ranged(let lower, _): lower
    }
  }

  /// The row's upper bound, or `nil` where it has none.
  public var upperBound: Double? {
    switch self {
    case .greaterOrEqual: nil
    case .lessOrEqual(let value), .equal(let value): value
    case .ranged(_, let upper): upper
    }
  }

  /// The same sense with every bound moved by `shift`.
  public func shifted(by shift: Double) -> ConstraintSense {
    switch self {
    case .lessOrEqual(let value): .lessOrEqual(value + shift)
    case .greaterOrEqual(let value): .greaterOrEqual(value + shift)
    case .equal(let value): .equal(value + shift)
    case .ranged(let lower, let upper): .ranged(lower: lower + shift, upper: upper + shift)
    }
  }
}

/// One row of a ``LinearProgram``: a linear expression with its bound or bounds.
public struct Constraint: Sendable, Equatable {
  public var name: String
  /// The terms, in the order they were added. Duplicates are allowed and are summed (see
  /// ``LinearProgram/mergedTerms(of:)``).
  public var terms: [LinearTerm]
  public var sense: ConstraintSense

  /// Creates a row.
  public init(name: String, terms: [LinearTerm], sense: ConstraintSense) {
    self.name = name
    self.terms = terms
    self.sense = sense
  }
}

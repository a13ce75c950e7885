/// A linear (or mixed-integer) programme: variables, constraints and a linear objective, with value semantics.
///
/// Build it with ``addVariable(name:lowerBound:upperBound:objective:kind:)`` and
/// ``addConstraint(name:terms:sense:)``, check it with ``validate()``, and hand it to any ``LinearSolver``.
/// Solvers never modify it.
public struct LinearProgram: Sendable, Equatable {
  /// The programme's name, used in solver logs and file headers.
  public var name: String
  public var sense: ObjectiveSense
  /// A constant added to the objective.
  public var objectiveConstant: Double
  public private(set) var variables: [Variable] = []
  public private(set) var constraints: [Constraint] = []

  /// Creates an empty programme.
  public init(name: String = "model", sense: ObjectiveSense = .minimize, objectiveConstant: Double = 0) {
    self.name = name
    self.sense = sense
    self.objectiveConstant = objectiveConstant
  }

  /// Adds a column and returns its ID. The default is continuous, `≥ 0`, with zero cost.
  @discardableResult
  public mutating func addVariable(
    name: String, lowerBound: Double? = 0, upperBound: Double? = nil, objective: Double = 0,
    kind: VariableKind = .continuous
  ) -> VariableID {
    variables.append(
      Variable(name: name, lowerBound: lowerBound, upperBound: upperBound, objective: objective, kind: kind))
    return VariableID(index: variables.count - 1)
  }

  /// Adds a row and returns its ID. Terms may repeat a variable; repeats are summed before solving.
  @discardableResult
  public mutating func addConstraint(name: String, terms: [LinearTerm], sense: ConstraintSense) -> ConstraintID {
    constraints.append(Constraint(name: name, terms: terms, sense: sense))
    return ConstraintID(index: constraints.count - 1)
  }

  /// Sets the objective coefficient of a variable.
  public mutating func setObjective(_ variable: VariableID, _ coefficient: Double) {
    variables[variable.index].objective = coefficient
  }

  /// Changes the bounds of a variable (for example between solves of a sweep).
  public mutating func setBounds(_ variable: VariableID, lower: Double?, upper: Double?) {
    variables[variable.index].lowerBound = lower
    variables[variable.index].upperBound = upper
  }

  /// The same programme with only the rows at `rowIndices`, in that order (every column kept).
  public func keepingRows(_ rowIndices: [Int]) -> LinearProgram {
    var copy = self
    copy.constraints = rowIndices.map { constraints[$0] }
    return copy
  }

  /// Changes the sense and right-hand side of a row, keeping its terms.
  public mutating func setSense(_ constraint: ConstraintID, _ sense: ConstraintSense) {
    constraints[constraint.index].sense = sense
  }

  /// The variable behind an ID.
  public subscript(variable: VariableID) -> Variable { variables[variable.index] }

  /// The constraint behind an ID.
  public subscript(constraint: ConstraintID) -> Constraint { constraints[constraint.index] }

  /// True when any variable is integer, so the programme is a MIP.
  public var hasIntegerVariables: Bool { variables.contains { $0.kind == .integer } }

  /// The number of stored terms over all rows, before duplicates are merged.
  public var termCount: Int { constraints.reduce(0) { $0 + $1.terms.count } }

  /// A row's terms with repeated variables summed, in order of first appearance; zero sums are kept out.
  ///
  /// Solvers expect each (row, column) pair at most once; GLPK aborts otherwise. Every backend loads these.
  ///
  /// A row with nothing to merge or leave out comes back as its own array (shared, not copied).
  public func mergedTerms(of constraint: ConstraintID) -> [LinearTerm] {
    let terms = constraints[constraint.index].terms
    // Most rows list each variable once, in increasing order: nothing to merge.
    if zip(terms, terms.dropFirst()).allSatisfy({ $0.variable.index < $1.variable.index }) {
      return terms.allSatisfy { $0.coefficient != 0 } ? terms : terms.filter { $0.coefficient != 0 }
    }
    var position: [VariableID: Int] = [:]
    var merged: [LinearTerm] = []
    merged.reserveCapacity(terms.count)
    for term in terms {
      if let existing = position[term.variable] {
        merged[existing].coefficient += term.coefficient
      } else {
        position[term.variable] = merged.count
        merged.append(term)
      }
    }
    let kept = merged.filter { $0.coefficient != 0 }
    return kept.count == terms.count ? terms : kept
  }

  /// The objective value of a point (one value per variable, in order), including the constant.
  public func objectiveValue(at values: [Double]) -> Double {
    zip(variables, values).reduce(objectiveConstant) { $0 + $1.0.objective * $1.1 }
  }

  /// The activity of a row at a point.
  public func activity(of constraint: ConstraintID, at values: [Double]) -> Double {
    constraints[constraint.index].terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
  }
}

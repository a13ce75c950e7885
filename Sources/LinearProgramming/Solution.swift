/// The result of one solve, as an immutable value.
///
/// Read it in this order: ``termination``, then ``primalStatus`` and ``dualStatus``, then the values. Values are
/// indexed like the programme's variables and constraints.
public struct Solution: Sendable, Equatable {
  public var termination: TerminationStatus
  public var primalStatus: ResultStatus
  public var dualStatus: ResultStatus
  /// The objective at ``variableValues``, including the constant; `nil` without a primal point.
  public var objectiveValue: Double?
  /// One value per variable (empty without a primal point).
  public var variableValues: [Double]
  /// One activity (left-hand side value) per constraint (empty without a primal point).
  public var rowActivities: [Double]
  /// One dual per constraint: the change in the optimal objective per unit increase of its right-hand side.
  /// Empty where the backend has no dual (MIP, or no dual point).
  public var duals: [Double]
  /// One reduced cost per variable: the change in the optimal objective per unit increase of the variable from its
  /// bound. Empty where there are no duals.
  public var reducedCosts: [Double]
  /// The final simplex basis, for a warm start; `nil` for interior point and MIP.
  public var basis: Basis?
  /// The backend's own words for the outcome, such as `glp_simplex: 0; glp_get_status: GLP_OPT`.
  public var rawStatus: String
  /// Text the solver printed, captured.
  public var solverLog: String
  /// Simplex iterations, where the backend counts them.
  public var iterationCount: Int
  /// A right-hand-side variant the backend did not solve (see ``RightHandSideVariants/movedRows``): the previous
  /// variant's optimal basis stays optimal from the programme's bound of the moved row to this variant's, so the
  /// optimum moves linearly with the bound over that range. It has no values.
  public var withinPreviousBasisRange = false
  /// A right-hand-side variant left unsolved because the caller no longer wanted its row's variants
  /// (``RightHandSideVariants/carriesOn``). It has no values.
  public var notWanted = false

  /// Creates a solution; backends and mocks use this.
  public init(
    termination: TerminationStatus, primalStatus: ResultStatus, dualStatus: ResultStatus,
    objectiveValue: Double?, variableValues: [Double] = [], rowActivities: [Double] = [], duals: [Double] = [],
    reducedCosts: [Double] = [], basis: Basis? = nil, rawStatus: String = "", solverLog: String = "",
    iterationCount: Int = 0
  ) {
    self.termination = termination
    self.primalStatus = primalStatus
    self.dualStatus = dualStatus
    self.objectiveValue = objectiveValue
    self.variableValues = variableValues
    self.rowActivities = rowActivities
    self.duals = duals
    self.reducedCosts = reducedCosts
    self.basis = basis
    self.rawStatus = rawStatus
    self.solverLog = solverLog
    self.iterationCount = iterationCount
  }

  /// A right-hand-side variant left unsolved (``notWanted``).
  public static var notWantedVariant: Solution {
    var solution = Solution(
      termination: .otherError, primalStatus: .noSolution, dualStatus: .noSolution, objectiveValue: nil,
      rawStatus: "not solved: the caller no longer wanted this row's variants")
    solution.notWanted = true
    return solution
  }

  /// True when the solver proved optimality and returned a feasible point.
  public var isOptimal: Bool { termination == .optimal && primalStatus == .feasiblePoint }

  /// True when dual values are available.
  public var hasDuals: Bool { !duals.isEmpty }

  /// The value of a variable. Precondition: the solution has a primal point.
  public func value(of variable: VariableID) -> Double {
    precondition(!variableValues.isEmpty, "value(of:) needs a primal point; check primalStatus first")
    return variableValues[variable.index]
  }

  /// The shadow price of a row: the change in the optimal objective per unit increase of its right-hand side.
  /// Precondition: ``hasDuals``.
  public func shadowPrice(of constraint: ConstraintID) -> Double {
    precondition(hasDuals, "shadowPrice(of:) needs duals; they exist only for an optimal LP (not a MIP)")
    return duals[constraint.index]
  }

  /// The activity of a row at the solution. Precondition: the solution has a primal point.
  public func activity(of constraint: ConstraintID) -> Double {
    precondition(!rowActivities.isEmpty, "activity(of:) needs a primal point; check primalStatus first")
    return rowActivities[constraint.index]
  }

  /// A one-paragraph summary for error messages and logs.
  public var summary: String {
    var text = "termination \(termination.rawValue), primal \(primalStatus.rawValue), dual \(dualStatus.rawValue)"
    if let objectiveValue { text += ", objective \(objectiveValue)" }
    if !rawStatus.isEmpty { text += " (\(rawStatus))" }
    return text
  }

  /// Returns `self` when optimal, and throws ``LinearProgrammingError/notOptimal(summary:)`` otherwise.
  public func requireOptimal() throws -> Solution {
    guard isOptimal else { throw LinearProgrammingError.notOptimal(summary: summary) }
    return self
  }
}

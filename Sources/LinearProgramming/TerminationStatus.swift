/// Why a solver stopped. Infeasible and unbounded are outcomes, not errors.
///
/// The vocabulary follows MathOptInterface, so readers of the LP literature recognise it.
public enum TerminationStatus: String, Sendable, Codable, CaseIterable {
  /// A proven optimal solution was found.
  case optimal
  /// The constraints cannot all hold.
  case infeasible
  /// The dual is infeasible: with a feasible primal point, the objective is unbounded.
  case dualInfeasible = "unbounded"
  /// The solver proved one of infeasible or unbounded but not which.
  case infeasibleOrUnbounded
  /// An iteration limit was reached first.
  case iterationLimit
  /// A time limit was reached first.
  case timeLimit
  /// The solver failed for numerical reasons (a singular or ill-conditioned basis).
  case numericalError
  /// The model was rejected before or while solving (for example lower bound above upper bound).
  case invalidModel
  /// Anything else; see ``Solution/rawStatus``.
  case otherError
}

/// What kind of point a solution holds, for the primal or the dual side.
public enum ResultStatus: String, Sendable, Codable, CaseIterable {
  case noSolution
  case feasiblePoint
  case infeasiblePoint
  /// A ray or Farkas certificate proving infeasibility (not every backend provides one).
  case infeasibilityCertificate
}

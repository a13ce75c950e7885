import LinearProgramming

/// Checks a claimed optimum against the optimality conditions of linear programming, independently of the solver:
/// primal feasibility, integrality (for a MIP), and for an LP with duals: reduced costs equal to `c − Aᵀy`, dual
/// feasibility (signs), complementary slackness and strong duality.
///
/// Sign convention (``Solution/duals``): a dual is the change in the optimal objective per unit increase of the
/// row's right-hand side, and a reduced cost the change per unit increase of the variable's active bound. So in a
/// minimisation a positive dual or reduced cost belongs to an active lower bound and a negative one to an active
/// upper bound; a maximisation swaps the two. The dual objective is the constant plus, over rows and columns, the
/// dual times the bound it belongs to.
public enum OptimalityCheck {
  /// Tolerances for the check: a difference is accepted up to `absolute + relative × scale`.
  public struct Tolerance: Sendable {
    public var absolute: Double
    public var relative: Double

    /// Creates tolerances; the defaults suit small, well-scaled programmes.
    public init(absolute: Double = 1e-6, relative: Double = 1e-6) {
      self.absolute = absolute
      self.relative = relative
    }

    func allows(_ difference: Double, scale: Double) -> Bool {
      abs(difference) <= absolute + relative * max(1, abs(scale))
    }
  }

  /// The dual objective of an LP solution: constant + Σ dual × (bound it belongs to) + Σ reduced cost × (bound it
  /// belongs to). Returns `nil` without duals.
  public static func dualObjective(of solution: Solution, for program: LinearProgram) -> Double? {
    guard solution.hasDuals, solution.duals.count == program.constraints.count,
      solution.reducedCosts.count == program.variables.count, !solution.variableValues.isEmpty
    else { return nil }
    let direction: Double = program.sense == .minimize ? 1 : -1
    var total = program.objectiveConstant
    for (index, constraint) in program.constraints.enumerated() {
      let dual = solution.duals[index]
      let activity = rowActivity(program, index, solution.variableValues)
      total +=
        dual
        * activeBound(
          multiplier: dual * direction, lower: constraint.sense.lowerBound, upper: constraint.sense.upperBound,
          value: activity)
    }
    for (index, variable) in program.variables.enumerated() {
      let reducedCost = solution.reducedCosts[index]
      total +=
        reducedCost
        * activeBound(
          multiplier: reducedCost * direction, lower: variable.lowerBound, upper: variable.upperBound,
          value: solution.variableValues[index])
    }
    return total
  }

  /// Every violated condition, as sentences; empty when the solution is a verified optimum.
  public static func violations(
    of solution: Solution, for program: LinearProgram, tolerance: Tolerance = Tolerance()
  ) -> [String] {
    var problems: [String] = []
    let values = solution.variableValues
    guard values.count == program.variables.count else {
      return ["\(values.count) variable values for \(program.variables.count) variables"]
    }
    for (index, variable) in program.variables.enumerated() {
      let value = values[index]
      if let lower = variable.lowerBound, lower.isFinite, !tolerance.allows(min(0, value - lower), scale: lower) {
        problems.append("variable \(variable.name) = \(value) is below its lower bound \(lower)")
      }
      if let upper = variable.upperBound, upper.isFinite, !tolerance.allows(max(0, value - upper), scale: upper) {
        problems.append("variable \(variable.name) = \(value) is above its upper bound \(upper)")
      }
      if variable.kind == .integer, !tolerance.allows(value - value.rounded(), scale: 1) {
        problems.append("integer variable \(variable.name) = \(value) is fractional")
      }
    }
    for (index, constraint) in program.constraints.enumerated() {
      let activity = rowActivity(program, index, values)
      if solution.rowActivities.count == program.constraints.count,
        !tolerance.allows(activity - solution.rowActivities[index], scale: activity)
      {
        problems.append(
          "row \(constraint.name): reported activity \(solution.rowActivities[index]), computed \(activity)")
      }
      if let lower = constraint.sense.lowerBound, !tolerance.allows(min(0, activity - lower), scale: lower) {
        problems.append("row \(constraint.name): activity \(activity) is below its lower bound \(lower)")
      }
      if let upper = constraint.sense.upperBound, !tolerance.allows(max(0, activity - upper), scale: upper) {
        problems.append("row \(constraint.name): activity \(activity) is above its upper bound \(upper)")
      }
    }
    if let objective = solution.objectiveValue {
      let computed = program.objectiveValue(at: values)
      if !tolerance.allows(objective - computed, scale: computed) {
        problems.append("reported objective \(objective), but cᵀx + constant = \(computed)")
      }
    }
    if solution.hasDuals, !program.hasIntegerVariables {
      problems += dualViolations(of: solution, for: program, tolerance: tolerance)
    }
    return problems
  }

  private static func dualViolations(of solution: Solution, for program: LinearProgram, tolerance: Tolerance)
    -> [String]
  {
    guard solution.duals.count == program.constraints.count, solution.reducedCosts.count == program.variables.count
    else {
      return [
        "\(solution.duals.count) duals and \(solution.reducedCosts.count) reduced costs for a programme with "
          + "\(program.constraints.count) rows and \(program.variables.count) columns"
      ]
    }
    var problems: [String] = []
    let direction: Double = program.sense == .minimize ? 1 : -1
    var pricedCost = program.variables.map(\.objective)
    for (index, _) in program.constraints.enumerated() {
      for term in program.mergedTerms(of: ConstraintID(index: index)) {
        pricedCost[term.variable.index] -= term.coefficient * solution.duals[index]
      }
    }
    for (index, variable) in program.variables.enumerated() {
      let reducedCost = solution.reducedCosts[index]
      if !tolerance.allows(reducedCost - pricedCost[index], scale: variable.objective) {
        problems.append("reduced cost of \(variable.name) is \(reducedCost), but c − Aᵀy gives \(pricedCost[index])")
      }
      problems += signViolations(
        what: "reduced cost of variable \(variable.name)", multiplier: reducedCost, direction: direction,
        lower: variable.lowerBound, upper: variable.upperBound, value: solution.variableValues[index],
        tolerance: tolerance)
    }
    for (index, constraint) in program.constraints.enumerated() {
      problems += signViolations(
        what: "dual of row \(constraint.name)", multiplier: solution.duals[index], direction: direction,
        lower: constraint.sense.lowerBound, upper: constraint.sense.upperBound,
        value: rowActivity(program, index, solution.variableValues), tolerance: tolerance)
    }
    if let primal = solution.objectiveValue, let dual = dualObjective(of: solution, for: program),
      !tolerance.allows(primal - dual, scale: max(abs(primal), abs(dual)))
    {
      problems.append("strong duality fails: primal objective \(primal), dual objective \(dual)")
    }
    return problems
  }

  /// Dual feasibility and complementary slackness for one multiplier.
  private static func signViolations(
    what: String, multiplier: Double, direction: Double, lower: Double?, upper: Double?, value: Double,
    tolerance: Tolerance
  ) -> [String] {
    let signed = multiplier * direction
    guard !tolerance.allows(signed, scale: 0) else { return [] }
    let bound = signed > 0 ? lower.flatMap { $0.isFinite ? $0 : nil } : upper.flatMap { $0.isFinite ? $0 : nil }
    guard let bound else {
      return [
        "\(what) is \(multiplier), which needs an active \(signed > 0 ? "lower" : "upper") bound it does not have"
      ]
    }
    if !tolerance.allows(multiplier * (value - bound), scale: max(abs(multiplier), abs(bound))) {
      return [
        "complementary slackness fails: \(what) is \(multiplier) but the value \(value) is off its bound \(bound)"
      ]
    }
    return []
  }

  /// The bound a multiplier belongs to (lower for a positive signed multiplier, upper for a negative one), or the
  /// current value when the multiplier is zero or the bound is missing.
  private static func activeBound(multiplier: Double, lower: Double?, upper: Double?, value: Double) -> Double {
    let finiteLower = lower.flatMap { $0.isFinite ? $0 : nil }
    let finiteUpper = upper.flatMap { $0.isFinite ? $0 : nil }
    if multiplier > 0, let finiteLower { return finiteLower }
    if multiplier < 0, let finiteUpper { return finiteUpper }
    return value
  }

  private static func rowActivity(_ program: LinearProgram, _ index: Int, _ values: [Double]) -> Double {
    program.activity(of: ConstraintID(index: index), at: values)
  }
}

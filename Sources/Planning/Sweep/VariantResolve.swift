import LinearProgramming
import PlacementDomain

/// Re-solves changed copies of a planned scenario warm from the plan's optimal basis, for the report's sensitivity:
/// each copy's programme is built from its own scenario and demand (a change of price, attrition or a limit moves
/// costs, coefficients or bounds, not only right-hand sides), and its simplex starts from the plan's basis without
/// presolve, as ``DemandSweep`` starts each draw from the one before. Only the figures a sweep keeps are read: no
/// shadow prices and no plan interpretation.
///
/// A copy is solved cold, as ``Planner`` solves it, when the plan has no basis or its basis does not fit (the change
/// added or removed rows or columns), and large LPs are priced (``PricedPlacementSolve``) as the planner prices them.
public struct VariantResolve: Sendable {
  public var solver: any LinearSolver
  public var options: SolveOptions
  /// The plan's optimal basis: of its LP, or of its LP with the whole-number decisions fixed; `nil` for none.
  public var basis: Basis?
  /// LPs with at least this many placement columns are priced; `nil` never.
  public var pricingThreshold: Int? = PricedPlacementSolve.placementColumnThreshold

  /// Re-solves from `outcome`'s basis with `solver` and `options` (the dual simplex unless `options` say otherwise).
  public init(outcome: Planner.Outcome, solver: any LinearSolver, options: SolveOptions) {
    self.solver = solver
    self.options = options
    basis = outcome.solution.basis ?? outcome.dualSolution?.basis
  }

  /// What one re-solve gave, and whether it started from the plan's basis.
  public struct Outcome: Sendable {
    /// The sweep's figures for the changed scenario (draw 0).
    public var result: DemandSweep.Result
    /// True when the solve started from the plan's basis.
    public var warm: Bool
  }

  /// Solves `scenario` with `demand` from the plan's basis where it fits.
  ///
  /// - Throws: ``PlanningError/solverFailed(summary:)`` when the solver returns no usable solution, or the solver's
  ///   own error.
  public func solve(_ scenario: Scenario, demand: DemandTable) throws -> Outcome {
    let formulation = PlanFormulation(scenario: scenario, demand: demand)
    var options = options
    let warm =
      !PricedPlacementSolve.applies(to: formulation, threshold: pricingThreshold)
      && basis?.fits(formulation.program) == true
    if warm {
      options.warmStart = basis
      options.presolve = false
    } else {
      options.warmStart = nil
    }
    let solution = try FormulationSolve.solve(
      formulation, solver: solver, options: options, threshold: pricingThreshold)
    return Outcome(
      result: try DemandSweep.result(draw: 0, formulation: formulation, solution: solution, demand: demand), warm: warm)
  }
}

import LinearProgramming
import PlacementDomain

/// Builds, solves and interprets a placement plan with any ``LinearSolver``.
///
/// With whole-number decisions (recruits, units opened, block beds) the programme is a MIP: it is solved as one,
/// then those decisions are fixed and the LP is solved again to get shadow prices.
public struct Planner: Sendable {
  public var solver: any LinearSolver
  public var options: SolveOptions
  /// Pool identical providers (see ``ProviderPooling``); the optimal cost is the same either way.
  public var poolIdenticalProviders: Bool
  /// LPs with at least this many placement columns are solved by pricing (see ``PricedPlacementSolve``): the
  /// cheapest columns of each demand row first, the rest added while their reduced cost is negative. `nil` never.
  public var pricingThreshold: Int? = PricedPlacementSolve.placementColumnThreshold
  /// Placement columns per demand row in pricing's first round.
  public var pricingColumnsPerRow = PricedPlacementSolve.defaultColumnsPerRow
  /// Pick the simplex instead of using `options.method`: the primal simplex (``chosenMethod``), started from the
  /// basis of a least-cost greedy allocation (``LeastCostStart``), for LPs and MIPs' relaxations. Priced LPs always
  /// use the primal simplex and that start.
  public var choosesMethod = false
  /// Also solve the status quo as its own plan (``PlanFormulation/Variant/statusQuo``) when the scenario gives
  /// today's mix, so every saving is the difference between two solved plans.
  public var comparesWithStatusQuo = true

  /// Creates a planner.
  public init(solver: any LinearSolver, options: SolveOptions = SolveOptions(), poolIdenticalProviders: Bool = true) {
    self.solver = solver
    self.options = options
    self.poolIdenticalProviders = poolIdenticalProviders
  }

  /// Everything a solve produced.
  public struct Outcome: Sendable {
    public var formulation: PlanFormulation
    public var solution: Solution
    public var dualSolution: Solution?
    public var plan: Plan
    /// Wall-clock time of each phase: `build`, `solve` (with the fixed-integer re-solve), `interpret`.
    public var timings: [PhaseTiming] = []
  }

  /// Formulates, solves and interprets.
  ///
  /// - Throws: ``PlanningError/solverFailed(summary:)`` when the solver returns no usable plan (the formulation
  ///   is always feasible, because unmet need is a penalised slack), or the solver's own error.
  public func plan(_ scenario: Scenario, demand: DemandTable, scenarioHash: String, warnings: [String] = []) throws
    -> Outcome
  {
    var timings: [PhaseTiming] = []
    var formulation = PhaseTiming.measure("build", into: &timings) {
      PlanFormulation(scenario: scenario, demand: demand, poolIdenticalProviders: poolIdenticalProviders)
    }
    // The fixed-integer re-solve and the shadow-price re-solves start from the plan's own basis, so they take the
    // simplex chosen for the programme but no greedy start.
    let options = methodOptions
    let (solution, dualSolution, solvedDualProgram) = try PhaseTiming.measure("solve", into: &timings) {
      let solution = try solveChecked(formulation)
      let dualProgram = Self.dualProgram(of: formulation, fixing: solution)
      guard formulation.program.hasIntegerVariables else {
        return (solution, solution.hasDuals ? solution : nil, dualProgram)
      }
      let relaxed = try substitutingSolver(for: formulation).solve(dualProgram, options: options)
      return (solution, relaxed.isOptimal ? relaxed : nil, dualProgram)
    }
    var dualProgram = solvedDualProgram
    var notes = warnings
    if solution.termination == .timeLimit {
      notes.append("The solver hit its time limit; the plan is feasible but may not be the cheapest.")
    }
    // A large programme (solved by pricing) is never held twice: by two formulations at once, or by GLPK in two
    // shadow-price calls at once.
    let large = PricedPlacementSolve.applies(to: formulation, threshold: pricingThreshold)
    let solvesStatusQuo = comparesWithStatusQuo && !scenario.statusQuoMix.isEmpty
    if !large {
      // Small: the status quo and the shadow-price calls run side by side (the two phases' times overlap).
      let planPlacements = formulation.placements.map(\.variable)
      let solveStatusQuo: @Sendable () throws -> StatusQuoSummary = { [self] in
        try self.solveStatusQuo(scenario, demand: demand, planPlacements: planPlacements, planSolution: solution)
      }
      let sideBySide = try sideBySideWork(
        formulation: formulation, dualProgram: dualProgram, solution: solution, dualSolution: dualSolution,
        statusQuo: solvesStatusQuo ? solveStatusQuo : nil)
      timings += sideBySide.timings
      var interpreter = PlanInterpreter(formulation: formulation, primal: solution, dual: dualSolution)
      interpreter.statusQuo = sideBySide.statusQuo
      interpreter.shadowPriceEffects = sideBySide.effects
      return finish(interpreter, formulation, solution, dualSolution, timings, scenarioHash, notes)
    }
    var statusQuo: StatusQuoSummary?
    if solvesStatusQuo {
      // Large: two whole formulations are never held at once. The plan's is let go while the status quo's is built
      // and solved, then built again (the same programme); the shadow-price calls then run one at a time.
      let planPlacements = formulation.placements.map(\.variable)
      _ = consume formulation
      _ = consume dualProgram
      statusQuo = try PhaseTiming.measure("status_quo", into: &timings) {
        try solveStatusQuo(scenario, demand: demand, planPlacements: planPlacements, planSolution: solution)
      }
      formulation = PhaseTiming.measure("rebuild", into: &timings) {
        PlanFormulation(scenario: scenario, demand: demand, poolIdenticalProviders: poolIdenticalProviders)
      }
      dualProgram = Self.dualProgram(of: formulation, fixing: solution)
    }
    var interpreter = PlanInterpreter(formulation: formulation, primal: solution, dual: dualSolution)
    interpreter.statusQuo = statusQuo
    interpreter.shadowPriceEffects = try PhaseTiming.measure("shadow_prices", into: &timings) {
      let calls = ShadowPriceReport(formulation: formulation, primal: solution, dual: dualSolution).probeCalls(
        program: dualProgram, solver: substitutingSolver(for: formulation), options: options, sideBySide: false)
      return ShadowPriceReport.merged(try calls.map { try $0.run() })
    }
    return finish(interpreter, formulation, solution, dualSolution, timings, scenarioHash, notes)
  }

  /// Interprets the solved plan and returns everything a solve produced.
  private func finish(
    _ interpreter: PlanInterpreter, _ formulation: PlanFormulation, _ solution: Solution, _ dualSolution: Solution?,
    _ timings: [PhaseTiming], _ scenarioHash: String, _ notes: [String]
  ) -> Outcome {
    var timings = timings
    let plan = PhaseTiming.measure("interpret", into: &timings) {
      interpreter.plan(scenarioHash: scenarioHash, backend: solver.versionDescription, warnings: notes)
    }
    return Outcome(
      formulation: formulation, solution: solution, dualSolution: dualSolution, plan: plan, timings: timings)
  }

  /// The planner's options, with the simplex chosen when ``choosesMethod``.
  var methodOptions: SolveOptions {
    var options = options
    if choosesMethod { options.method = Self.chosenMethod }
    return options
  }

  /// Solves a formulation (``FormulationSolve``) and checks that the solver returned a usable plan.
  ///
  /// - Parameter hintColumns: placement columns a priced solve takes from its first round (see
  ///   ``PricedPlacementSolve/hintColumns``).
  func solveChecked(_ formulation: PlanFormulation, hintColumns: [Int] = []) throws -> Solution {
    try Self.checked(
      try FormulationSolve.solve(
        formulation, solver: solver, options: methodOptions, threshold: pricingThreshold,
        columnsPerRow: pricingColumnsPerRow, greedyStart: choosesMethod, hintColumns: hintColumns))
  }

  /// `solver`, handing its backend each of `formulation`'s programmes without the continuation rows
  /// (``ChainSubstitutingSolver``).
  func substitutingSolver(for formulation: PlanFormulation) -> any LinearSolver {
    ChainSubstitutingSolver(base: solver, chainRows: formulation.continuationRowRange)
  }

  /// The solution, when it is a usable plan.
  static func checked(_ solution: Solution) throws -> Solution {
    guard solution.primalStatus == .feasiblePoint,
      solution.termination == .optimal || solution.termination == .timeLimit
    else { throw PlanningError.solverFailed(summary: solution.summary) }
    return solution
  }

  /// The simplex when the planner chooses: the primal simplex, for an LP and a MIP's relaxation alike, started from a
  /// least-cost greedy allocation (``LeastCostStart``).
  ///
  /// GLPK's presolver hands the simplex an advanced starting basis that is not dual feasible on these
  /// transportation-like programmes, so the dual simplex first spends most of its iterations in its phase 1:
  /// Tees Valley took 5,994 dual iterations against 852 primal ones, and the generated 20-council region 26,396
  /// against 2,308 (glpsol 5.0 with its presolver; docs/scaling.md). The default scenario's MIP relaxation took
  /// 1,266 dual iterations and takes 202 primal ones from the greedy start.
  static let chosenMethod = SolveMethod.primalSimplex

  /// The same programme with every variable continuous.
  static func continuous(_ program: LinearProgram) -> LinearProgram {
    var copy = LinearProgram(name: program.name, sense: program.sense, objectiveConstant: program.objectiveConstant)
    for variable in program.variables {
      copy.addVariable(
        name: variable.name, lowerBound: variable.lowerBound, upperBound: variable.upperBound,
        objective: variable.objective, kind: .continuous)
    }
    for constraint in program.constraints {
      copy.addConstraint(name: constraint.name, terms: constraint.terms, sense: constraint.sense)
    }
    return copy
  }
}

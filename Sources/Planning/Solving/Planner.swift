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
    // No formulation here keeps its column and row names: no solve reads them (`export-lp` builds its own).
    var formulation = PhaseTiming.measure("build", into: &timings) {
      PlanFormulation(
        scenario: scenario, demand: demand, poolIdenticalProviders: poolIdenticalProviders, keepsNames: false)
    }
    // A large programme (solved by pricing) is never held twice: by two formulations at once, or by GLPK in two
    // shadow-price calls at once.
    let large = PricedPlacementSolve.applies(to: formulation, threshold: pricingThreshold)
    let solvesStatusQuo = comparesWithStatusQuo && !scenario.statusQuoMix.isEmpty
    let solved: SolvedPlan
    var statusQuo: StatusQuoSummary?
    var dualProgram: LinearProgram
    if !large {
      // Small: the status quo needs nothing from the plan (unpriced, it takes no columns from the plan's solution),
      // so it is built and solved beside the plan's solve.
      let built = formulation
      let (statusQuoRun, planRun) = try ConcurrentMap.both(
        { [self] in
          try solvesStatusQuo ? PhaseTiming.timed { try self.solveStatusQuo(scenario, demand: demand) } : nil
        },
        { [self] in try PhaseTiming.timed { try self.solve(built) } })
      (solved, dualProgram) = planRun.0
      timings.append(PhaseTiming(phase: "solve", seconds: planRun.1))
      if let (summary, seconds) = statusQuoRun {
        statusQuo = summary
        timings.append(PhaseTiming(phase: "status_quo", seconds: seconds))
      }
    } else if !solvesStatusQuo {
      (solved, dualProgram) = try PhaseTiming.measure("solve", into: &timings) { try solve(formulation) }
    } else {
      // Large: two whole formulations are never held at once. The plan's programme is let go once substituted, the
      // rest of its formulation once solved; the status quo's is built and solved (starting from the placements the
      // plan uses), then the plan's built again (the same programme). Priced, the plan is an LP: its duals are its
      // solution's own, of its own programme.
      let placements = formulation.placements.map(\.variable)
      let solution = try PhaseTiming.measure("solve", into: &timings) {
        try solveChecked(lettingGoOf: &formulation)
      }
      solved = SolvedPlan(solution: solution, dualSolution: solution.hasDuals ? solution : nil)
      let hint = (placements: placements, solution: solved.solution)
      _ = consume formulation
      statusQuo = try PhaseTiming.measure("status_quo", into: &timings) {
        try solveStatusQuo(scenario, demand: demand, planHint: hint)
      }
      formulation = PhaseTiming.measure("rebuild", into: &timings) {
        PlanFormulation(
          scenario: scenario, demand: demand, poolIdenticalProviders: poolIdenticalProviders, keepsNames: false)
      }
      dualProgram = Self.dualProgram(of: formulation, fixing: solved.solution)
    }
    var notes = warnings
    if solved.solution.termination == .timeLimit {
      notes.append("The solver hit its time limit; the plan is feasible but may not be the cheapest.")
    }
    var interpreter = PlanInterpreter(formulation: formulation, primal: solved.solution, dual: solved.dualSolution)
    interpreter.statusQuo = statusQuo
    // Each call holds its own copy of the programme in GLPK: a small plan's calls share the cores, a large plan's
    // run one at a time.
    interpreter.shadowPriceEffects = try PhaseTiming.measure("shadow_prices", into: &timings) {
      let calls = ShadowPriceReport(formulation: formulation, primal: solved.solution, dual: solved.dualSolution)
        .probeCalls(
          program: dualProgram, solver: substitutingSolver(for: formulation), options: methodOptions,
          sideBySide: !large)
      let effects = large ? try calls.map { try $0.run() } : try ConcurrentMap.map(calls) { try $0.run() }
      return ShadowPriceReport.merged(effects)
    }
    return finish(interpreter, formulation, solved.solution, solved.dualSolution, timings, scenarioHash, notes)
  }

  /// A plan's solution and the solution carrying its duals.
  struct SolvedPlan: Sendable {
    var solution: Solution
    /// The solution with duals: the plan's own for an LP; for a MIP, its LP re-solved with every whole-number
    /// decision fixed; `nil` when that re-solve is not optimal.
    var dualSolution: Solution?
  }

  /// Solves a formulation and, for a MIP, its LP with the whole-number decisions fixed, for the duals; returns them
  /// with the programme the duals are of (``dualProgram(of:fixing:)``), apart, so a large plan can let go of it. The
  /// fixed re-solve starts from the plan's own basis, so it takes the simplex chosen for the programme but no greedy
  /// start.
  func solve(_ formulation: PlanFormulation) throws -> (SolvedPlan, dualProgram: LinearProgram) {
    let solution = try solveChecked(formulation)
    let dualProgram = Self.dualProgram(of: formulation, fixing: solution)
    guard formulation.program.hasIntegerVariables else {
      return (SolvedPlan(solution: solution, dualSolution: solution.hasDuals ? solution : nil), dualProgram)
    }
    let relaxed = try substitutingSolver(for: formulation).solve(dualProgram, options: methodOptions)
    return (SolvedPlan(solution: solution, dualSolution: relaxed.isOptimal ? relaxed : nil), dualProgram)
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
    var handed = formulation
    return try solveChecked(lettingGoOf: &handed, hintColumns: hintColumns)
  }

  /// As ``solveChecked(_:hintColumns:)``, letting go of `formulation`'s programme (left empty) while it solves
  /// (``FormulationSolve/solve(lettingGoOf:solver:options:threshold:columnsPerRow:greedyStart:hintColumns:)``).
  func solveChecked(lettingGoOf formulation: inout PlanFormulation, hintColumns: [Int] = []) throws -> Solution {
    try Self.checked(
      try FormulationSolve.solve(
        lettingGoOf: &formulation, solver: solver, options: methodOptions, threshold: pricingThreshold,
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

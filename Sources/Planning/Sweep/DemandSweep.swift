import LinearProgramming
import PlacementDomain

/// Re-solves one plan for many demand draws: the programme is built once, only the demand rows' right-hand sides
/// change between draws, and each solve starts from the previous draw's optimal basis (dual simplex, no presolve).
///
/// Programmes with whole-number decisions are solved as MIPs every draw: the LP relaxation starts from the previous
/// draw's relaxation basis, then branch and bound finds that draw's MIP optimum. ``runCold(draws:demand:)`` is the
/// reference: it rebuilds the programme from the scenario for every draw and solves it from scratch with the
/// planner's options.
public struct DemandSweep: Sendable {
  /// The figures kept from one draw.
  public struct Result: Sendable, Equatable {
    /// The draw number (0-based).
    public var draw: Int
    /// Total cost plus penalties (£ over the horizon).
    public var objective: Double
    /// Spending over the horizon (£), excluding penalties.
    public var totalCost: Double
    public var householdsRecruited: Double
    public var unmetPlacementYears: Double
    public var lastResortPlacementYears: Double
    /// Beds held vacant for emergencies, summed over the plan years.
    public var emergencyBedsHeld: Double
    public var iterations: Int
    /// Spending in each plan year (£), excluding penalties; sums to ``totalCost``.
    public var annualCost: [Int: Double]
    /// In-house households approved in each plan year; sums to ``householdsRecruited``.
    public var householdsRecruitedByYear: [Int: Double]
    /// Unmet need plus last-resort placements in each plan year (placement-years).
    public var gapByYear: [Int: Double] = [:]
    /// Beds held vacant for emergencies in each plan year; sums to ``emergencyBedsHeld``.
    public var emergencyBedsHeldByYear: [Int: Double] = [:]
    /// The draw's demand: children to place in each plan year and need group, over every authority.
    public var childrenByNeed: [Int: [String: Double]] = [:]

    /// Creates a result.
    public init(
      draw: Int, objective: Double, totalCost: Double, householdsRecruited: Double, unmetPlacementYears: Double,
      lastResortPlacementYears: Double, emergencyBedsHeld: Double, iterations: Int, annualCost: [Int: Double] = [:],
      householdsRecruitedByYear: [Int: Double] = [:]
    ) {
      self.annualCost = annualCost
      self.householdsRecruitedByYear = householdsRecruitedByYear
      self.draw = draw
      self.objective = objective
      self.totalCost = totalCost
      self.householdsRecruited = householdsRecruited
      self.unmetPlacementYears = unmetPlacementYears
      self.lastResortPlacementYears = lastResortPlacementYears
      self.emergencyBedsHeld = emergencyBedsHeld
      self.iterations = iterations
    }
  }

  public let scenario: Scenario
  public let formulation: PlanFormulation
  public var solver: any LinearSolver
  public var options: SolveOptions
  /// Each demand row's share of its authority's demand (area share ÷ the authority's total share).
  let rowShares: [(row: ConstraintID, key: PlanFormulation.NeedAreaYear, authority: AuthorityID, share: Double)]

  /// Builds the programme for the planned demand.
  public init(scenario: Scenario, demand: DemandTable, solver: any LinearSolver, options: SolveOptions) {
    self.init(formulation: PlanFormulation(scenario: scenario, demand: demand), solver: solver, options: options)
  }

  /// Sweeps a programme already built for the planned demand (such as the plan's own), rather than building it again.
  public init(formulation: PlanFormulation, solver: any LinearSolver, options: SolveOptions) {
    let scenario = formulation.scenario
    self.scenario = scenario
    self.formulation = formulation
    self.solver = solver
    self.options = options
    let areas = Dictionary(scenario.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let totals = Dictionary(grouping: scenario.areas, by: \.authority).mapValues {
      $0.reduce(0) { $0 + $1.demandShare }
    }
    rowShares = formulation.demandRows.compactMap { key, row in
      guard let area = areas[key.area], let total = totals[area.authority], total > 0 else { return nil }
      return (row, key, area.authority, area.demandShare / total)
    }.sorted { $0.row.index < $1.row.index }
  }

  /// The rows a draw changes: the demand rows, in `rowShares` order, then the sibling rows (their children in
  /// sibling groups follow demand).
  var drawRows: [ConstraintID] {
    rowShares.map(\.row) + siblingRows.map(\.row)
  }

  /// The sibling rows, in row order.
  var siblingRows: [(row: ConstraintID, key: PlanFormulation.AuthorityYear)] {
    formulation.siblingRows.map { ($0.value, $0.key) }.sorted { $0.row.index < $1.row.index }
  }

  /// The senses of ``drawRows`` for one draw.
  func demandSenses(_ table: DemandTable) -> [ConstraintSense] {
    rowShares.map { entry in
      .equal(table.demand(year: entry.key.year, authority: entry.authority, need: entry.key.need) * entry.share)
    } + siblingRows.map { .equal(formulation.siblingChildren($0.key, demand: table) ?? 0) }
  }

  /// LPs with at least this many placement columns are priced draw by draw (``PricedPlacementSolve``), as
  /// ``Planner`` prices them; `nil` never.
  public var pricingThreshold: Int? = PricedPlacementSolve.placementColumnThreshold

  /// True when draws are solved by pricing: an LP with at least ``pricingThreshold`` placement columns.
  var isPriced: Bool { PricedPlacementSolve.applies(to: formulation, threshold: pricingThreshold) }

  /// The most column values one batch of draws keeps in memory at once.
  static let columnValuesPerBatch = 4_000_000

  /// Solves each draw warm from the previous one, in batches: each batch is one solver call that keeps the programme
  /// loaded and changes only the demand rows between draws (``LinearSolver/solve(_:variants:options:)``).
  /// Large LPs (``isPriced``) are priced draw by draw instead (``runPriced(draws:demand:)``).
  public func runWarm(draws: [Int], demand: (Int) -> DemandTable) throws -> [Result] {
    if isPriced { return try runPriced(draws: draws, demand: demand) }
    let batchSize = max(1, Self.columnValuesPerBatch / max(1, formulation.program.variables.count))
    let rows = drawRows
    var results: [Result] = []
    var start = 0
    while start < draws.count {
      let batch = Array(draws[start..<min(draws.count, start + batchSize)])
      let tables = batch.map(demand)
      let variants = RightHandSideVariants(rows: rows, senses: tables.map(demandSenses))
      let solutions = try ChainSubstitutingSolver(base: solver, chainRows: formulation.continuationRowRange)
        .solve(formulation.program, variants: variants, options: options)
      for ((draw, table), solution) in zip(zip(batch, tables), solutions) {
        results.append(try Self.result(draw: draw, formulation: formulation, solution: solution, demand: table))
      }
      start += batchSize
    }
    return results
  }

  /// Large LPs draw by draw: each draw is priced from the columns and basis the previous draw ended with (the
  /// planned demand's for the first), so it starts with the dual simplex from a dual-feasible basis and adds only the
  /// columns its own duals price in.
  func runPriced(draws: [Int], demand: (Int) -> DemandTable) throws -> [Result] {
    // Priced with the continuation rows substituted out (``FormulationSolve``); a draw changes only demand and
    // sibling rows, which come before them, so one substitution serves every draw.
    let (reduced, substitution) = FormulationSolve.substituted(formulation)
    var state = try PricedPlacementSolve(formulation: reduced, solver: solver, options: options).solve(from: nil).state
    let rows = drawRows
    var results: [Result] = []
    for draw in draws {
      let table = demand(draw)
      var program = reduced.program
      for (row, sense) in zip(rows, demandSenses(table)) { program.setSense(row, sense) }
      let (solution, next) = try PricedPlacementSolve(
        formulation: reduced, program: program, solver: solver, options: options
      ).solve(from: state)
      state = next ?? state
      results.append(
        try Self.result(
          draw: draw, formulation: formulation, solution: substitution.originalSolution(from: solution),
          demand: table))
    }
    return results
  }

  /// Builds and solves each draw from scratch (the reference for ``runWarm(draws:demand:)``), large LPs by pricing
  /// from scratch as ``Planner`` does.
  public func runCold(draws: [Int], demand: (Int) -> DemandTable) throws -> [Result] {
    try draws.map { draw in
      let table = demand(draw)
      let built = PlanFormulation(scenario: scenario, demand: table)
      let solution = try FormulationSolve.solve(built, solver: solver, options: options, threshold: pricingThreshold)
      return try Self.result(draw: draw, formulation: built, solution: solution, demand: table)
    }
  }

  /// The figures kept from one draw's solution, with the draw's demand by need group.
  static func result(draw: Int, formulation: PlanFormulation, solution: Solution, demand: DemandTable) throws -> Result
  {
    guard solution.primalStatus == .feasiblePoint,
      solution.termination == .optimal || solution.termination == .timeLimit
    else { throw PlanningError.solverFailed(summary: "draw \(draw): \(solution.summary)") }
    let value = { (variable: VariableID) in solution.value(of: variable) }
    // Sum in column order, so the same solution always gives the same bits.
    let total = { (variables: [VariableID]) in variables.sorted { $0.index < $1.index }.reduce(0) { $0 + value($1) } }
    let lastResort = formulation.placements.filter { formulation.sites[$0.siteIndex].category == .lastResort }
    // One pass over the cost terms, in their order: the horizon's total (as before) and each year's.
    let years = formulation.scenario.planYears
    var totalCost = 0.0
    var costByYear = [Double](repeating: 0, count: years.count)
    for term in formulation.costTerms {
      let cost = term.annualCost * value(term.variable)
      totalCost += cost
      if let first = years.first, years.indices.contains(term.year - first) { costByYear[term.year - first] += cost }
    }
    let annualCost = Dictionary(uniqueKeysWithValues: zip(years, costByYear))
    let recruitsByYear = Dictionary(grouping: formulation.recruits, by: \.key.year).mapValues { entries in
      total(entries.map(\.value))
    }
    var gapByYear = Dictionary(grouping: formulation.unmet, by: \.key.year).mapValues { entries in
      total(entries.map(\.value))
    }
    for placement in lastResort.sorted(by: { $0.variable.index < $1.variable.index }) {
      gapByYear[placement.year, default: 0] += value(placement.variable)
    }
    let heldByYear = Dictionary(grouping: formulation.held, by: \.key.year).mapValues { entries in
      total(entries.map(\.value))
    }
    var result = Result(
      draw: draw, objective: solution.objectiveValue ?? 0, totalCost: totalCost,
      householdsRecruited: total(Array(formulation.recruits.values)),
      unmetPlacementYears: total(Array(formulation.unmet.values)),
      lastResortPlacementYears: lastResort.reduce(0) { $0 + value($1.variable) },
      emergencyBedsHeld: total(Array(formulation.held.values)),
      iterations: solution.iterationCount, annualCost: annualCost, householdsRecruitedByYear: recruitsByYear)
    result.gapByYear = gapByYear
    result.emergencyBedsHeldByYear = heldByYear
    for year in years {
      result.childrenByNeed[year] = Dictionary(
        uniqueKeysWithValues: demand.childrenByNeed(year: year).map { ($0.key.rawValue, $0.value) })
    }
    return result
  }
}

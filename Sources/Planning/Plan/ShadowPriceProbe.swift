import LinearProgramming
import Synchronization

/// What one more unit of a resource really does to a plan, measured by solving again with the resource raised by
/// 1, 2, 4, … units (``steps``), warm-started from the plan's basis. A dual says what the first sliver of a unit is
/// worth and mixes real spending with penalties; a re-solve says what whole units do to spending, to unmet need and
/// to the in-house share target separately, and up to how many more units the first unit's effect holds.
struct ShadowPriceProbe: Sendable {
  /// The resource a probe raises: a row's bound, or a column's upper bound.
  enum Target: Hashable, Sendable {
    case row(ConstraintID)
    case upperBound(VariableID)
  }

  /// The effect of one more unit, per unit, and how far it holds.
  struct Effect: Sendable, Equatable {
    /// Real spending over the plan falls by this much per unit (£; negative when it rises). No penalty is in it.
    var saving: Double
    /// Placement-years of need met that would otherwise go unmet (with emergency beds secured that would be short),
    /// per unit.
    var needMet: Double
    /// Placements by which the in-house fostering share target is missed less, per unit.
    var shareShortfallCut: Double
    /// The largest step of ``steps`` at which the per-unit effect is still the first unit's (1 when two units
    /// already do less or more per unit than one).
    var holdsForUnits: Double
  }

  /// Units tried, in order; a per-unit effect that holds at the last holds for at least that many units.
  static let steps: [Double] = [1, 2, 4, 8, 16]

  let formulation: PlanFormulation
  /// The programme the base solution solves (the LP, or the LP with whole-number decisions fixed).
  let program: LinearProgram
  let base: Solution

  /// Spending (£ over the plan), unmet need (placement-years and emergency bed-years) and the in-house share
  /// shortfall (placements) of one solution.
  private typealias Measures = (spending: Double, unmet: Double, shareShortfall: Double)

  /// Spending (£ over the plan), unmet need (placement-years and emergency bed-years) and the in-house share
  /// shortfall (placements) of a solution.
  private func measures(_ values: [Double], _ columns: MeasuredColumns) -> Measures {
    var spending = 0.0
    for term in formulation.costTerms { spending += term.annualCost * values[term.variable.index] }
    let unmet = columns.unmet.reduce(0) { $0 + values[$1] }
    let share = columns.shareShortfall.reduce(0) { $0 + values[$1] }
    return (spending, unmet, share)
  }

  /// The columns summed as unmet need and as the in-house share shortfall, in column order (dictionary order varies
  /// between runs, and so would the last bit of each sum); found once for all of a call's re-solves.
  private struct MeasuredColumns {
    var unmet: [Int]
    var shareShortfall: [Int]

    init(_ formulation: PlanFormulation) {
      unmet = (formulation.unmet.values.map(\.index) + formulation.emergencyShortfall.values.map(\.index)).sorted()
      shareShortfall = formulation.inHouseShareShortfall.values.map(\.index).sorted()
    }
  }

  /// One resource to probe: raise `target` by `unitSize` (in the row's or column's own units) per unit of the
  /// resource; `direction` −1 lowers a lower bound (relaxing a `≥` row).
  struct Request: Sendable {
    var target: Target
    var unitSize: Double
    var direction: Double
  }

  /// The effect of one more unit of each requested resource, from right-hand-side variants of one call (the
  /// problem loaded once, each variant from the previous one's basis). A column's upper bound becomes a row of its
  /// own for this (the same programme), so it is varied like any row. A target whose re-solves are not all optimal
  /// is left out.
  func effects(of requests: [Request], solver: any LinearSolver, options: SolveOptions) throws -> [Target: Effect] {
    var unique: [Request] = []
    var seen: Set<Target> = []
    for request in requests where seen.insert(request.target).inserted { unique.append(request) }
    guard !unique.isEmpty else { return [:] }
    var probeProgram = program
    var basis = base.basis.flatMap { $0.fits(program) ? $0 : nil }
    var rows: [ConstraintID] = []
    for request in unique {
      switch request.target {
      case .row(let row): rows.append(row)
      case .upperBound(let variable):
        let column = program[variable]
        probeProgram.setBounds(variable, lower: column.lowerBound, upper: nil)
        rows.append(
          probeProgram.addConstraint(
            name: "probe_" + column.name, terms: [LinearTerm(variable, 1)], sense: .lessOrEqual(column.upperBound ?? 0))
        )
        // The same vertex: a column at its upper bound becomes basic with its new row at its bound.
        switch basis?.columns[variable.index] {
        case .atUpper?:
          basis?.columns[variable.index] = .basic
          basis?.rows.append(.atUpper)
        case .fixed?:
          basis?.columns[variable.index] = .atLower
          basis?.rows.append(.basic)
        default: basis?.rows.append(.basic)
        }
      }
    }
    var probeOptions = options
    if let basis {
      probeOptions.warmStart = basis
      probeOptions.presolve = false
    }
    // A raised bound leaves the basis dual feasible: the dual simplex carries on from it (a few iterations each).
    probeOptions.method = .dualSimplex
    let baseSenses = rows.map { probeProgram[$0].sense }
    var senses: [[ConstraintSense]] = []
    for (position, request) in unique.enumerated() {
      for step in Self.steps {
        var variant = baseSenses
        variant[position] = baseSenses[position].shifted(by: step * request.unitSize * request.direction)
        senses.append(variant)
      }
    }
    // Each step moves its resource's row alone, so a step inside the range of the previous step's optimal basis
    // need not be solved: its optimum moves linearly with the bound, and its per-unit effect is the first step's.
    // Once a step's per-unit effect is not the first step's, the resource's larger steps are not needed.
    let movedRows = unique.indices.flatMap { position in Self.steps.map { _ in Optional(position) } }
    let columns = MeasuredColumns(formulation)
    let start = measures(base.variableValues, columns)
    // Each resource's first step is asked about before its larger steps.
    let firstEffects = Mutex<[Int: Effect]>([:])
    let carriesOn: RightHandSideVariants.CarryOn = { variant, solution in
      guard solution.isOptimal else { return false }
      let (position, stepIndex) = variant.quotientAndRemainder(dividingBy: Self.steps.count)
      let effect = perUnit(solution, step: Self.steps[stepIndex], from: start, columns)
      return firstEffects.withLock { firsts in
        guard stepIndex > 0 else {
          firsts[position] = effect
          return true
        }
        return firsts[position].map { Self.holds(effect, $0) } ?? true
      }
    }
    let solutions = try solver.solve(
      probeProgram,
      variants: RightHandSideVariants(rows: rows, senses: senses, movedRows: movedRows, carriesOn: carriesOn),
      options: probeOptions)
    guard solutions.count == senses.count else { return [:] }
    var effects: [Target: Effect] = [:]
    for (position, request) in unique.enumerated() {
      let first = position * Self.steps.count
      effects[request.target] = effect(of: Array(solutions[first..<(first + Self.steps.count)]), from: start, columns)
    }
    return effects
  }

  /// The per-unit effect of the first step, and the largest step at which it still holds; `nil` unless every
  /// re-solve up to the first step where it does not hold is optimal. The steps after that one are not solved
  /// (``Solution/notWanted``).
  ///
  /// A step left unsolved because the previous step's optimal basis covers every bound from the plan's to this
  /// step's (``Solution/withinPreviousBasisRange``) has the first step's per-unit effect: over that range the
  /// optimum moves linearly with the bound, from an optimal point of the plan at no change (the plan's own measures
  /// wherever its optimum is unique in spending, need and share).
  private func effect(of solutions: [Solution], from start: Measures, _ columns: MeasuredColumns) -> Effect? {
    guard solutions.count == Self.steps.count, solutions[0].isOptimal, !solutions[0].withinPreviousBasisRange
    else { return nil }
    let first = perUnit(solutions[0], step: Self.steps[0], from: start, columns)
    var holds = Self.steps[0]
    for (step, solution) in zip(Self.steps, solutions).dropFirst() {
      guard solution.isOptimal else { return nil }
      if !solution.withinPreviousBasisRange {
        guard Self.holds(perUnit(solution, step: step, from: start, columns), first) else { break }
      }
      holds = step
    }
    return Effect(
      saving: first.saving, needMet: first.needMet, shareShortfallCut: first.shareShortfallCut, holdsForUnits: holds)
  }

  /// The per-unit effect of a step of `step` units whose re-solve is `solution`, from the plan's measures `start`.
  private func perUnit(_ solution: Solution, step: Double, from start: Measures, _ columns: MeasuredColumns)
    -> Effect
  {
    let after = measures(solution.variableValues, columns)
    return Effect(
      saving: (start.spending - after.spending) / step, needMet: (start.unmet - after.unmet) / step,
      shareShortfallCut: (start.shareShortfall - after.shareShortfall) / step, holdsForUnits: step)
  }

  /// True when a step's per-unit effect is the first step's: the same saving to 50p (or 0.1 %), the same need met
  /// and share shortfall cut.
  private static func holds(_ effect: Effect, _ first: Effect) -> Bool {
    same(effect.saving, first.saving, absolute: 0.5) && same(effect.needMet, first.needMet)
      && same(effect.shareShortfallCut, first.shareShortfallCut)
  }

  private static func same(_ value: Double, _ reference: Double, absolute: Double = 1e-4) -> Bool {
    abs(value - reference) <= max(absolute, 1e-3 * abs(reference))
  }
}

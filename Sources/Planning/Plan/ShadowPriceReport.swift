import LinearProgramming
import PlacementDomain

/// Reads what one more unit of each limited resource or policy is worth, in plain English: real money saved where
/// cheaper provision displaces dearer, children placed where need would otherwise go unmet, placements where the
/// in-house share target is missed less, each with the number of units it holds for.
///
/// Every resource whose dual is not zero is re-solved with 1, 2, 4, … more units (``ShadowPriceProbe``), so a value
/// is what whole units really do, never the penalty arithmetic in a dual. A resource that cannot exist in a year (a
/// home that may not open until later) is not valued in that year.
///
/// Sign convention: a dual is the change in the optimal objective per unit increase of the row's right-hand side.
struct ShadowPriceReport {
  let formulation: PlanFormulation
  let primal: Solution
  let dual: Solution?

  /// Duals smaller than this (in £) count as zero.
  static let tolerance = 0.005
  /// Effects smaller than this (children or placements per unit) count as zero.
  static let countTolerance = 1e-4

  /// One resource in one year that may have a shadow price.
  struct Candidate {
    var year: Int
    var kind: ShadowPriceKind
    var subject: String
    var subjectName: String
    var target: ShadowPriceProbe.Target
    /// How far one unit of the resource moves the row's bound or column's upper bound.
    var unitSize: Double
    /// +1 raises the bound; −1 lowers a lower bound (relaxing a `≥` target).
    var direction: Double
    /// The dual's objective change per unit of the resource (spending and penalties mixed).
    var dualValue: Double
  }

  /// Every resource and policy limit with a row (or a bound) in the programme, year by year.
  func candidates() -> [Candidate] {
    guard let dual, dual.hasDuals else { return [] }
    let scenario = formulation.scenario
    var result: [Candidate] = []
    for year in scenario.planYears {
      for (siteIndex, site) in formulation.sites.enumerated() {
        // A pooled provider shares its pool's capacity row: one more place at any member is worth the same.
        let pool = formulation.pooling.representative[siteIndex]
        guard let row = formulation.capacityRows[PlanFormulation.SiteYear(siteIndex: pool, year: year)] else {
          continue
        }
        let perPlace = dual.shadowPrice(of: row)
        if let supply = formulation.inHouseSupplyAtSite[siteIndex] {
          let areaName = scenario.area(supply.area)?.name ?? supply.area.rawValue
          result.append(
            Candidate(
              year: year, kind: .inHouseHousehold, subject: supply.area.rawValue, subjectName: areaName,
              target: .row(row), unitSize: supply.usablePlacesPerHousehold, direction: 1,
              dualValue: perPlace * supply.usablePlacesPerHousehold))
          continue
        }
        guard canExist(siteIndex, in: year) else { continue }
        let kind: ShadowPriceKind
        if site.isEmergencyCapable {
          kind = .emergencyBed
        } else if site.category.isExternal {
          kind = .externalPlace
        } else if site.category == .inHouseResidential {
          kind = .inHousePlace
        } else {
          continue
        }
        result.append(
          Candidate(
            year: year, kind: kind, subject: site.key, subjectName: site.name, target: .row(row), unitSize: 1,
            direction: 1, dualValue: perPlace))
      }
      if let row = formulation.emergencyRows[year] {
        result.append(
          Candidate(
            year: year, kind: .emergencyBedRequirement, subject: "emergency_beds",
            subjectName: "Emergency beds to hold",
            target: .row(row), unitSize: 1, direction: 1, dualValue: dual.shadowPrice(of: row)))
      }
      if let row = formulation.budgetRows[year] {
        result.append(
          Candidate(
            year: year, kind: .budget, subject: "budget_\(year)", subjectName: "Yearly budget", target: .row(row),
            unitSize: ShadowPriceKind.budgetUnitPounds, direction: 1,
            dualValue: dual.shadowPrice(of: row) * ShadowPriceKind.budgetUnitPounds))
      }
      if let row = formulation.distanceRows[year] {
        result.append(
          Candidate(
            year: year, kind: .distanceShare, subject: "share_over_20_miles", subjectName: "All placements",
            target: .row(row), unitSize: 1, direction: 1, dualValue: dual.shadowPrice(of: row)))
      }
      if let row = formulation.inHouseShareRows[year] {
        result.append(
          Candidate(
            year: year, kind: .inHouseShare, subject: "min_in_house_fostering_share",
            subjectName: "Fostering placements", target: .row(row), unitSize: 1, direction: -1,
            dualValue: -dual.shadowPrice(of: row)))
      }
      for supply in scenario.inHouseFostering {
        guard let recruit = formulation.recruits[PlanFormulation.AreaYear(area: supply.area, year: year)] else {
          continue
        }
        let atLimit = abs(primal.value(of: recruit) - supply.maximumRecruitsPerYear) < 1e-6
        let reducedCost = atLimit && !dual.reducedCosts.isEmpty ? dual.reducedCosts[recruit.index] : 0
        let areaName = scenario.area(supply.area)?.name ?? supply.area.rawValue
        result.append(
          Candidate(
            year: year, kind: .recruitmentLimit, subject: supply.area.rawValue, subjectName: areaName,
            target: .upperBound(recruit), unitSize: 1, direction: 1, dualValue: reducedCost))
      }
    }
    return result
  }

  /// True when a provider's places can exist in a year: it has places then (or no limit), or may have opened a unit.
  private func canExist(_ siteIndex: Int, in year: Int) -> Bool {
    let pool = formulation.pooling.representative[siteIndex]
    guard let places = formulation.pooledPlaces(pool, in: year), places <= 0 else { return true }
    return formulation.unitsOpened.contains { key, variable in
      key.siteIndex == pool && key.year <= year && (formulation.program[variable].upperBound ?? 1) > 0
    }
  }

  /// True when a candidate's dual is not zero, so it is worth re-solving.
  static func mayBind(_ candidate: Candidate) -> Bool { abs(candidate.dualValue) > tolerance }

  /// How many column values the re-solves may return in all (variants × columns): bounds their time and memory on
  /// large programmes. Tees Valley (3,735 columns, 160 resources that may bind) re-solves all of them; a 40-council
  /// national instance (64,840 columns, about 4,300) only its 30 largest duals.
  static let probeColumnValueBudget = 10_000_000

  /// The most resources re-solved in one variant call.
  static let probesPerCall = 60

  /// Calls come in multiples of this, each with as near the same number of resources as can be, so that two cores
  /// share them evenly. It is fixed, not the machine's core count, so every machine makes the same calls.
  static let callMultiple = 2

  /// The requests split into calls: as few as ``probesPerCall`` allows, rounded up to a multiple of
  /// ``callMultiple`` (none empty), in order, the earlier calls one larger where they cannot all be equal.
  static func calls<Request>(_ requests: [Request]) -> [[Request]] {
    guard !requests.isEmpty else { return [] }
    let fewest = (requests.count + probesPerCall - 1) / probesPerCall
    let count = min(requests.count, (fewest + callMultiple - 1) / callMultiple * callMultiple)
    var calls: [[Request]] = []
    var start = 0
    for call in 0..<count {
      let size = requests.count / count + (call < requests.count % count ? 1 : 0)
      calls.append(Array(requests[start..<(start + size)]))
      start += size
    }
    return calls
  }

  /// The candidates to re-solve: those that may bind, largest dual first, as many as the budget allows.
  func probed(program: LinearProgram) -> [Candidate] {
    let perProbe = max(1, ShadowPriceProbe.steps.count * program.variables.count)
    let most = max(1, Self.probeColumnValueBudget / perProbe)
    let binding = candidates().enumerated().filter { Self.mayBind($0.element) }
    let ordered = binding.sorted { (abs($0.element.dualValue), -$0.offset) > (abs($1.element.dualValue), -$1.offset) }
    return ordered.prefix(most).map(\.element)
  }

  /// One GLPK call of re-solves, for up to ``probesPerCall`` resources, ready to run on any thread.
  struct ProbeCall: Sendable {
    let probe: ShadowPriceProbe
    let requests: [ShadowPriceProbe.Request]
    let solver: any LinearSolver
    let options: SolveOptions

    /// The effect of one more unit of each of the call's resources.
    func run() throws -> [ShadowPriceProbe.Target: ShadowPriceProbe.Effect] {
      try probe.effects(of: requests, solver: solver, options: options)
    }
  }

  /// The re-solves of the candidates that may bind (see ``ShadowPriceProbe``), up to ``probeColumnValueBudget``, as
  /// independent calls: each starts from the plan's basis, so they may run in any order or side by side and give
  /// the same effects (``merged(_:)``).
  ///
  /// With `sideBySide`, the calls come in pairs of near-equal size (``calls(_:)``) for two cores to share. Each call
  /// running holds its own copy of the programme in GLPK, so a large programme's calls are made for running one at
  /// a time instead: as few as can be, of up to ``probesPerCall`` resources each.
  func probeCalls(program: LinearProgram, solver: any LinearSolver, options: SolveOptions, sideBySide: Bool)
    -> [ProbeCall]
  {
    guard let dual else { return [] }
    let requests = probed(program: program).map {
      ShadowPriceProbe.Request(target: $0.target, unitSize: $0.unitSize, direction: $0.direction)
    }
    let probe = ShadowPriceProbe(formulation: formulation, program: program, base: dual)
    let groups =
      sideBySide
      ? Self.calls(requests)
      : stride(from: 0, to: requests.count, by: Self.probesPerCall).map {
        Array(requests[$0..<min($0 + Self.probesPerCall, requests.count)])
      }
    return groups.map { ProbeCall(probe: probe, requests: $0, solver: solver, options: options) }
  }

  /// The calls' effects together.
  static func merged(_ effects: [[ShadowPriceProbe.Target: ShadowPriceProbe.Effect]])
    -> [ShadowPriceProbe.Target: ShadowPriceProbe.Effect]
  {
    var all: [ShadowPriceProbe.Target: ShadowPriceProbe.Effect] = [:]
    for call in effects { all.merge(call) { first, _ in first } }
    return all
  }

  /// True when the plan leaves no need unmet, no emergency bed short and no in-house share target missed: no
  /// penalty is active, so one more unit of a resource cannot lower one and its dual is real spending alone.
  private var penaltiesInactive: Bool {
    guard let dual else { return false }
    let slacks =
      Array(formulation.unmet.values) + Array(formulation.emergencyShortfall.values)
      + Array(formulation.inHouseShareShortfall.values)
    return slacks.allSatisfy { dual.value(of: $0) < 1e-7 }
  }

  /// The shadow prices, from the re-solves' `effects`. A candidate with no effect (its dual is zero, or a re-solve
  /// failed) is reported with nothing saved and not binding.
  func prices(effects: [ShadowPriceProbe.Target: ShadowPriceProbe.Effect]) -> [ShadowPrice] {
    let fromDuals = penaltiesInactive
    return candidates().map { candidate in
      if Self.mayBind(candidate) && effects[candidate.target] == nil {
        return unprobed(candidate, fromDual: fromDuals)
      }
      let effect = Self.mayBind(candidate) ? effects[candidate.target] : nil
      let saving = Rounding.money(effect?.saving ?? 0)
      let needMet = Rounding.count(abs(effect?.needMet ?? 0) < Self.countTolerance ? 0 : effect!.needMet)
      let shareCut = Rounding.count(
        abs(effect?.shareShortfallCut ?? 0) < Self.countTolerance ? 0 : effect!.shareShortfallCut)
      let driver: ShadowPriceDriver =
        needMet != 0 ? .unmetNeed : shareCut != 0 ? .inHouseShareTarget : .spending
      let binding = effect != nil && (saving != 0 || needMet != 0 || shareCut != 0)
      var price = ShadowPrice(
        year: candidate.year, kind: candidate.kind, subject: candidate.subject, subjectName: candidate.subjectName,
        saving: saving, needMet: needMet, shareShortfallCut: shareCut, drivenBy: driver,
        holdsForUnits: binding ? effect?.holdsForUnits : nil, binding: binding, explanation: "")
      price.explanation = ShadowPriceWording.explanation(price)
      return price
    }
  }

  /// A resource that may bind but was not re-solved: with no penalty active its dual is real spending (for a small
  /// change, range unknown); otherwise no value is given.
  private func unprobed(_ candidate: Candidate, fromDual: Bool) -> ShadowPrice {
    var price = ShadowPrice(
      year: candidate.year, kind: candidate.kind, subject: candidate.subject, subjectName: candidate.subjectName,
      saving: fromDual ? Rounding.money(-candidate.dualValue) : 0, drivenBy: fromDual ? .spending : .notMeasured,
      holdsForUnits: nil, binding: true, explanation: "")
    price.explanation = ShadowPriceWording.explanation(price)
    return price
  }
}

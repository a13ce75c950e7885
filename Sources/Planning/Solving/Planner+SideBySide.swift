import LinearProgramming

extension Planner {
  /// What the status quo and the shadow-price re-solves of a small plan gave, run side by side.
  struct SideBySideOutcome {
    var statusQuo: StatusQuoSummary?
    var effects: [ShadowPriceProbe.Target: ShadowPriceProbe.Effect]
    /// `status_quo`: the status quo's own time; `shadow_prices`: the whole set's, the status quo's overlapping it.
    var timings: [PhaseTiming]
  }

  /// One task of the set: the status quo, or one call of shadow-price re-solves.
  private enum SideBySideTask: Sendable {
    case statusQuo(@Sendable () throws -> StatusQuoSummary)
    case probe(ShadowPriceReport.ProbeCall)
  }

  /// What one task gave.
  private enum SideBySideResult: Sendable {
    case statusQuo(StatusQuoSummary, seconds: Double)
    case effects([ShadowPriceProbe.Target: ShadowPriceProbe.Effect])
  }

  /// Runs `statusQuo` (when given) and the plan's shadow-price calls, in pairs (``ShadowPriceReport/probeCalls``),
  /// as one set of independent tasks over the machine's cores, the status quo first. Every task gives what it would
  /// give alone, so the outcome is the same as running them one after another.
  func sideBySideWork(
    formulation: PlanFormulation, dualProgram: LinearProgram, solution: Solution, dualSolution: Solution?,
    statusQuo: (@Sendable () throws -> StatusQuoSummary)?
  ) throws -> SideBySideOutcome {
    let calls = ShadowPriceReport(formulation: formulation, primal: solution, dual: dualSolution).probeCalls(
      program: dualProgram, solver: substitutingSolver(for: formulation), options: methodOptions, sideBySide: true)
    let tasks = (statusQuo.map { [SideBySideTask.statusQuo($0)] } ?? []) + calls.map { SideBySideTask.probe($0) }
    let (results, seconds) = try PhaseTiming.timed {
      try ConcurrentMap.map(tasks) { task -> SideBySideResult in
        switch task {
        case .statusQuo(let solve):
          let (summary, seconds) = try PhaseTiming.timed(solve)
          return .statusQuo(summary, seconds: seconds)
        case .probe(let call):
          return .effects(try call.run())
        }
      }
    }
    var outcome = SideBySideOutcome(statusQuo: nil, effects: [:], timings: [])
    var effects: [[ShadowPriceProbe.Target: ShadowPriceProbe.Effect]] = []
    for result in results {
      switch result {
      case .statusQuo(let summary, let seconds):
        outcome.statusQuo = summary
        outcome.timings.append(PhaseTiming(phase: "status_quo", seconds: seconds))
      case .effects(let callEffects):
        effects.append(callEffects)
      }
    }
    outcome.effects = ShadowPriceReport.merged(effects)
    outcome.timings.append(PhaseTiming(phase: "shadow_prices", seconds: seconds))
    return outcome
  }
}

import LinearProgramming

/// A solver conformance suite shared by every ``LinearSolver`` backend, in the spirit of MathOptInterface's
/// `MOI.Test` and PuLP's shared solver tests.
///
/// Each case is a documented static function `(any LinearSolver, ConformanceConfig) -> [String]` that returns its
/// failures. Reference values are computed by hand (in each case's doc comment), never taken from a solver. A
/// backend's test file runs ``cases`` (one test per case) or ``run(_:config:)``, and lists its exclusions in its
/// ``ConformanceConfig``, each with a reason.
public enum ConformanceSuite {
  /// Every case, in a fixed order.
  public static let cases: [ConformanceCase] = [
    ConformanceCase(
      name: "wyndorGlassMaximize", summary: "Hillier-Lieberman Wyndor Glass LP: optimum, duals, reduced costs",
      body: wyndorGlassMaximize),
    ConformanceCase(
      name: "wyndorGlassMinimize", summary: "Wyndor Glass as a minimisation of the negated profit",
      body: wyndorGlassMinimize),
    ConformanceCase(name: "dietMinimize", summary: "a two-food diet LP with >= rows", body: dietMinimize),
    ConformanceCase(
      name: "transportation", summary: "a balanced 2x2 transportation LP with = and <= rows", body: transportation),
    ConformanceCase(name: "lessOrEqualRow", summary: "a single <= row and its dual", body: lessOrEqualRow),
    ConformanceCase(name: "greaterOrEqualRow", summary: "a single >= row and its dual", body: greaterOrEqualRow),
    ConformanceCase(name: "equalityRow", summary: "an = row, its dual and a reduced cost", body: equalityRow),
    ConformanceCase(name: "rangedRow", summary: "a ranged row at either end, min and max", body: rangedRow),
    ConformanceCase(
      name: "variableBounds", summary: "free, fixed, double-bounded and upper-only variables",
      body: variableBounds),
    ConformanceCase(name: "objectiveConstant", summary: "the objective includes the constant", body: objectiveConstant),
    ConformanceCase(name: "infeasibleRows", summary: "contradictory rows are infeasible", body: infeasibleRows),
    ConformanceCase(
      name: "infeasibleBounds", summary: "a row no point within the variable bounds can meet", body: infeasibleBounds),
    ConformanceCase(name: "unboundedMaximize", summary: "an unbounded maximisation", body: unboundedMaximize),
    ConformanceCase(name: "unboundedMinimize", summary: "an unbounded minimisation", body: unboundedMinimize),
    ConformanceCase(name: "emptyModel", summary: "no rows and no columns", body: emptyModel),
    ConformanceCase(name: "columnsWithoutRows", summary: "columns with bounds but no rows", body: columnsWithoutRows),
    ConformanceCase(name: "zeroObjective", summary: "rows but a zero objective", body: zeroObjective),
    ConformanceCase(name: "degenerate", summary: "a degenerate vertex (three active rows in 2D)", body: degenerate),
    ConformanceCase(
      name: "duplicateTerms", summary: "repeated variables in a row are summed, cancelled ones vanish",
      body: duplicateTerms),
    ConformanceCase(
      name: "unusualNames", summary: "tab, space, non-ASCII, 300-byte and duplicate names solve", body: unusualNames),
    ConformanceCase(name: "knapsack", summary: "a 0-1 knapsack MIP", body: knapsack),
    ConformanceCase(name: "integerRounding", summary: "a MIP whose LP relaxation is fractional", body: integerRounding),
    ConformanceCase(
      name: "solveTwice", summary: "solving the same programme twice gives the same answer", body: solveTwice),
    ConformanceCase(
      name: "iterationLimit", summary: "an iteration limit of 1 stops a simplex that needs more",
      body: iterationLimit),
    ConformanceCase(name: "timeLimit", summary: "a tiny time limit gives optimal or timeLimit", body: timeLimit),
    ConformanceCase(
      name: "dualSignMinimizeGreaterOrEqual", summary: "min, binding >= row: dual > 0",
      body: dualSignMinimizeGreaterOrEqual),
    ConformanceCase(
      name: "dualSignMinimizeLessOrEqual", summary: "min, binding <= row: dual < 0", body: dualSignMinimizeLessOrEqual),
    ConformanceCase(
      name: "dualSignMaximizeLessOrEqual", summary: "max, binding <= row: dual > 0", body: dualSignMaximizeLessOrEqual),
    ConformanceCase(
      name: "dualSignMaximizeGreaterOrEqual", summary: "max, binding >= row: dual < 0",
      body: dualSignMaximizeGreaterOrEqual),
    ConformanceCase(
      name: "reducedCostSigns", summary: "reduced costs at lower and upper bounds, min and max",
      body: reducedCostSigns),
  ]

  /// The case with this name, if any.
  public static func `case`(named name: String) -> ConformanceCase? {
    cases.first { $0.name == name }
  }

  /// Runs every case not excluded by `config` and returns one result per case, in order.
  public static func run(_ solver: any LinearSolver, config: ConformanceConfig) -> [ConformanceResult] {
    cases.map { conformanceCase in
      if let reason = config.excluded[conformanceCase.name] {
        return ConformanceResult(name: conformanceCase.name, failures: [], skippedReason: reason)
      }
      return ConformanceResult(
        name: conformanceCase.name, failures: conformanceCase.run(solver, config: config), skippedReason: nil)
    }
  }
}

/// Variants of one programme that differ only in some rows' bounds (for example demand in a Monte Carlo sweep).
///
/// Every variant gives a new ``ConstraintSense`` to the same `rows`; `senses[variant][k]` applies to `rows[k]`.
public struct RightHandSideVariants: Sendable, Equatable {
  public var rows: [ConstraintID]
  public var senses: [[ConstraintSense]]

  /// Creates variants. Precondition: every variant has one sense per row.
  public init(rows: [ConstraintID], senses: [[ConstraintSense]]) {
    precondition(senses.allSatisfy { $0.count == rows.count }, "each variant needs one sense per changed row")
    self.rows = rows
    self.senses = senses
  }

  /// The programme as variant `index` changes it.
  public func apply(_ index: Int, to program: LinearProgram) -> LinearProgram {
    var changed = program
    for (row, sense) in zip(rows, senses[index]) { changed.setSense(row, sense) }
    return changed
  }
}

extension LinearSolver {
  /// Solves every variant, each warm-started from the previous variant's basis where the backend supports it.
  ///
  /// The default solves the variants one by one through ``solve(_:options:)``. Backends may do better (GLPK keeps
  /// the problem loaded for all variants of one call). Solutions carry primal values; duals are not guaranteed.
  public func solveEach(_ program: LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws
    -> [Solution]
  {
    var solutions: [Solution] = []
    var basis = options.warmStart
    for index in variants.senses.indices {
      var variantOptions = options
      variantOptions.warmStart = basis
      variantOptions.presolve = basis == nil && options.presolve
      let solution = try solve(variants.apply(index, to: program), options: variantOptions)
      if let next = solution.basis { basis = next }
      solutions.append(solution)
    }
    return solutions
  }
}

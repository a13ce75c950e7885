/// Variants of one programme that differ only in some rows' bounds (for example demand in a Monte Carlo sweep).
///
/// Every variant gives a new ``ConstraintSense`` to the same `rows`; `senses[variant][k]` applies to `rows[k]`.
public struct RightHandSideVariants: Sendable {
  public var rows: [ConstraintID]
  public var senses: [[ConstraintSense]]
  /// Empty, or per variant the position in ``rows`` of the one row it moves away from the programme's own bounds
  /// (`nil` for none). With it, a backend may leave a variant of an LP unsolved when the optimal basis of the
  /// variant before it, which moved the same row, stays optimal for every bound of that row from the programme's own
  /// to the variant's: its point then moves linearly with the bound (``Solution/withinPreviousBasisRange``). A
  /// variant that moves a different row from the variant before it starts from the options' warm start, so each
  /// row's variants are measured from the same basis whatever row came before.
  public var movedRows: [Int?]
  /// `nil`, or asked about each variant with values (not ``Solution/withinPreviousBasisRange``) whose next variant
  /// moves the same row (``movedRows``), in order, before that next one is solved: whether the row's later variants
  /// are still wanted. When not, they are left unsolved (``Solution/notWanted``).
  public var carriesOn: CarryOn?

  /// `(variant, its solution) -> wanted`: true when the variants after `variant` that move its row are still
  /// wanted. The solution is of the programme the caller gave.
  public typealias CarryOn = @Sendable (_ variant: Int, _ solution: Solution) -> Bool

  /// Creates variants. Precondition: every variant has one sense per row, and `movedRows` is empty or has one
  /// entry per variant.
  public init(
    rows: [ConstraintID], senses: [[ConstraintSense]], movedRows: [Int?] = [], carriesOn: CarryOn? = nil
  ) {
    precondition(senses.allSatisfy { $0.count == rows.count }, "each variant needs one sense per changed row")
    precondition(
      movedRows.isEmpty
        || (movedRows.count == senses.count && movedRows.allSatisfy { $0.map(rows.indices.contains) ?? true }),
      "movedRows needs one entry per variant, each a position in rows")
    self.rows = rows
    self.senses = senses
    self.movedRows = movedRows
    self.carriesOn = carriesOn
  }

  /// True when variant `index` moves the same row as the variant before it.
  public func continuesMovedRow(_ index: Int) -> Bool {
    index > 0 && !movedRows.isEmpty && movedRows[index] != nil && movedRows[index] == movedRows[index - 1]
  }

  /// The programme as variant `index` changes it.
  public func apply(_ index: Int, to program: LinearProgram) -> LinearProgram {
    var changed = program
    for (row, sense) in zip(rows, senses[index]) { changed.setSense(row, sense) }
    return changed
  }
}

extension LinearSolver {
  /// Solves every variant, each warm-started from the previous variant's basis where the backend supports it (from
  /// the options' warm start when it moves a different row from the previous variant, see ``RightHandSideVariants/movedRows``),
  /// leaving unsolved the variants of a row no longer wanted (``RightHandSideVariants/carriesOn``).
  ///
  /// The default solves the variants one by one through ``solve(_:options:)``. Backends may do better (GLPK keeps
  /// the problem loaded for all variants of one call). Solutions carry primal values; duals are not guaranteed.
  public func solveEach(_ program: LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws
    -> [Solution]
  {
    var solutions: [Solution] = []
    var basis = options.warmStart
    var stopped = false
    for index in variants.senses.indices {
      if variants.continuesMovedRow(index) {
        let previous = solutions[index - 1]
        if !stopped, let carriesOn = variants.carriesOn, !previous.withinPreviousBasisRange {
          stopped = !carriesOn(index - 1, previous)
        }
        if stopped {
          solutions.append(.notWantedVariant)
          continue
        }
      } else if !variants.movedRows.isEmpty, variants.movedRows[index] != nil {
        stopped = false
        if index > 0 { basis = options.warmStart }
      }
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

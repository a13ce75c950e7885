/// A solver that hands its backend each programme without its chain rows among `chainRows` (see
/// ``ChainSubstitution``) and returns the solution of the programme it was given: the same values, duals, reduced
/// costs and an optimal basis of it, from a smaller programme. Warm starts are passed on, reduced; right-hand-side
/// variants keep the rows they change as rows.
public struct ChainSubstitutingSolver: LinearSolver {
  /// The solver that solves the reduced programmes.
  public let base: any LinearSolver
  /// The rows that may be chain rows; no row outside them is removed.
  public let chainRows: Range<Int>

  /// Wraps `base`.
  public init(base: any LinearSolver, chainRows: Range<Int>) {
    self.base = base
    self.chainRows = chainRows
  }

  public var name: String { base.name }
  public var versionDescription: String { base.versionDescription }

  public func solve(_ program: LinearProgram, options: SolveOptions) throws -> Solution {
    try solve(taking: program, options: options)
  }

  /// As ``solve(_:options:)``, letting go of `program` once the reduced programme is made from it, and handing the
  /// reduced programme over to the backend (``LinearSolver/solve(taking:options:)``).
  public func solve(taking program: consuming LinearProgram, options: SolveOptions) throws -> Solution {
    var substitution = ChainSubstitution(program: copy program, candidateRows: clamped(to: program))
    guard substitution.substitutedRowCount > 0 else { return try base.solve(taking: program, options: options) }
    program = LinearProgram(name: "", sense: program.sense)  // let go: the way back does not need it
    let reducedOptions = substitution.reducedOptions(options)
    let reduced = substitution.takeReduced()
    return substitution.originalSolution(from: try base.solve(taking: consume reduced, options: reducedOptions))
  }

  public func solve(_ program: LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws
    -> [Solution]
  {
    var substitution = ChainSubstitution(
      program: program, candidateRows: clamped(to: program), excludedRows: Set(variants.rows.map(\.index)))
    guard substitution.substitutedRowCount > 0 else {
      return try base.solve(program, variants: variants, options: options)
    }
    // Rows a variant changes are kept, so each has a reduced row.
    let rows = variants.rows.compactMap { substitution.reducedRow(of: $0.index).map(ConstraintID.init(index:)) }
    let reducedOptions = substitution.reducedOptions(options)
    // The reduced programme is handed over, so the backend can let it go once loaded (national: about 180 MiB).
    let reduced = substitution.takeReduced()
    let back = substitution
    let carriesOn = variants.carriesOn.map { carriesOn -> RightHandSideVariants.CarryOn in
      { variant, solution in carriesOn(variant, back.originalSolution(from: solution)) }
    }
    let reducedVariants = RightHandSideVariants(
      rows: rows, senses: variants.senses, movedRows: variants.movedRows, carriesOn: carriesOn)
    return try base.solve(taking: consume reduced, variants: reducedVariants, options: reducedOptions)
      .map { $0.withinPreviousBasisRange || $0.notWanted ? $0 : back.originalSolution(from: $0) }
  }

  private func clamped(to program: LinearProgram) -> Range<Int> {
    chainRows.clamped(to: 0..<program.constraints.count)
  }
}

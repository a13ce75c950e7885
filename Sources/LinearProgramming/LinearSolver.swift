/// A solver backend. Implementations take a whole programme and return a whole ``Solution`` (a one-shot interface,
/// as MathOptInterface recommends for solvers without native incremental support).
///
/// Conventions every backend follows, checked by the conformance suite:
/// - infeasible, unbounded and limits are ``TerminationStatus`` values, never thrown;
/// - `throws` only when the solve could not be carried out at all (``LinearProgrammingError``);
/// - duals are ``Solution/duals``: the change in the optimal objective per unit increase of the row's right-hand
///   side, for minimisation and maximisation alike;
/// - the programme is validated first and never modified.
public protocol LinearSolver: Sendable {
  /// A short name, such as `glpk`.
  var name: String { get }
  /// The library and version behind the backend, such as `GLPK 5.0`.
  var versionDescription: String { get }
  /// Solves `program`.
  func solve(_ program: LinearProgram, options: SolveOptions) throws -> Solution

  /// Solves `program` as ``solve(_:options:)`` does, taking it: a backend may let go of it once it has loaded it, so
  /// it is not held beside the backend's own copy. A default implementation calls ``solve(_:options:)``.
  func solve(taking program: consuming LinearProgram, options: SolveOptions) throws -> Solution

  /// Solves variants of `program` that differ only in some rows' bounds, in order (see
  /// ``RightHandSideVariants``). A default implementation solves them one by one.
  func solve(_ program: LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws -> [Solution]

  /// Solves variants of `program` as ``solve(_:variants:options:)`` does, taking `program`: a backend may let go of it
  /// once it has loaded it, so a large programme is not held beside the backend's own copy. A default
  /// implementation calls ``solve(_:variants:options:)``.
  func solve(taking program: consuming LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws
    -> [Solution]
}

extension LinearSolver {
  public func solve(taking program: consuming LinearProgram, options: SolveOptions) throws -> Solution {
    try solve(program, options: options)
  }

  public func solve(_ program: LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws
    -> [Solution]
  {
    try solveEach(program, variants: variants, options: options)
  }

  public func solve(taking program: consuming LinearProgram, variants: RightHandSideVariants, options: SolveOptions)
    throws -> [Solution]
  {
    try solve(program, variants: variants, options: options)
  }
}

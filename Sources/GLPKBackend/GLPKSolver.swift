import CGLPKShims
import LinearProgramming

/// A ``LinearSolver`` backed by GLPK, the GNU Linear Programming Kit.
///
/// Each solve runs in one guarded C call (`CGLPKShims_solve`): the problem is created, loaded, solved, read and
/// freed inside it, GLPK's fatal errors are caught instead of aborting the process, and GLPK's text is captured
/// instead of printed. Before crossing into C, the programme is validated in Swift (finite numbers, consistent
/// bounds, indices in range) and duplicate terms are merged, so the guard should never trip (GLPK gets no row or
/// column names: it never reports them back, and a name GLPK refuses is one of its fatal errors); if it does, ``solve(_:options:)`` throws ``LinearProgrammingError/libraryError(backend:message:)``.
///
/// The corresponding GLPK routines are `glp_simplex`, `glp_interior` and `glp_intopt`.
public struct GLPKSolver: LinearSolver {
  /// Oldest and newest supported GLPK major.minor versions.
  static let supportedVersions = (minimum: (4, 64), maximumMajor: 5)

  public let name = "glpk"

  /// Creates a GLPK backend.
  public init() {}

  /// The linked GLPK version, such as `5.0` (the corresponding GLPK routine is `glp_version`).
  public static var libraryVersion: String { String(cString: CGLPKShims_version()) }

  public var versionDescription: String { "GLPK \(Self.libraryVersion)" }

  /// True when the linked GLPK is a version this backend was written for (4.64 up to 5.x).
  public static var isSupportedVersion: Bool {
    let parts = libraryVersion.split(separator: ".").compactMap { Int($0) }
    guard parts.count >= 2 else { return false }
    let (major, minor) = (parts[0], parts[1])
    let minimum = supportedVersions.minimum
    if major < minimum.0 || (major == minimum.0 && minor < minimum.1) { return false }
    return major <= supportedVersions.maximumMajor
  }

  public func solve(_ program: LinearProgram, options: SolveOptions) throws -> Solution {
    try solve(taking: program, options: options)
  }

  /// As ``solve(_:options:)``, letting go of `program` once GLPK's arrays are made from it: its rows are not held
  /// beside GLPK's copy while it solves (a priced round's restricted programme, nationally).
  public func solve(taking program: consuming LinearProgram, options: SolveOptions) throws -> Solution {
    guard Self.isSupportedVersion else {
      throw LinearProgrammingError.libraryError(
        backend: name, message: "GLPK \(Self.libraryVersion) is not supported; install GLPK 4.64 to 5.x (libglpk-dev)")
    }
    try program.requireValid()
    // The objective coefficients alone give the objective of a point that is not optimal.
    let costs = program.variables.map(\.objective)
    let constant = program.objectiveConstant
    let raw = try GLPKProblemArrays(program: consume program, options: options).solve(options: options)
    return makeSolution(costs: costs, constant: constant, raw: raw)
  }

  /// Solves variants of a programme that differ only in some rows' bounds, in one guarded GLPK call: the problem is
  /// loaded once and each variant's LP is solved by the simplex method from the previous variant's basis. For a
  /// programme with integer variables that LP is the relaxation, and each variant whose relaxation is optimal is then
  /// solved by branch and bound as ``solve(_:options:)`` would (same MIP gap and time limit), so every variant gets
  /// the MIP optimum of its own right-hand sides. Solutions carry primal values and statuses, not duals or bases.
  /// With ``RightHandSideVariants/movedRows`` and a warm start, the programme as given is solved first, and each
  /// moved row's variants start from its optimal basis. A variant whose bound lies within the range of the current
  /// optimal basis (`glp_analyze_bound`) gets its point by moving along that basis (`glp_eval_tab_col`), without a
  /// simplex call; when the range reaches back to the programme's own bound it is not reported at all
  /// (``Solution/withinPreviousBasisRange``). The variants are then solved on the columns in play: those the
  /// programme's optimum leaves at zero with a positive reduced cost are left out, priced after every solve with its
  /// row duals and added when they would improve the objective, so every variant is optimal for the whole programme.
  /// With ``RightHandSideVariants/carriesOn``, the shim asks before each further variant of a moved row, from inside
  /// the guarded call, and leaves the row's remaining variants unsolved once told (``Solution/notWanted``). Interior
  /// point is solved one variant at a time instead.
  ///
  /// The corresponding GLPK routines are `glp_set_row_bnds`, `glp_simplex`, `glp_analyze_bound`, `glp_eval_tab_col`
  /// and `glp_intopt`.
  public func solve(_ program: LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws
    -> [Solution]
  {
    try solve(taking: program, variants: variants, options: options)
  }

  /// As ``solve(_:variants:options:)``, letting go of `program`'s rows once GLPK's arrays are made from them: a large
  /// programme's rows are not held beside GLPK's copy while the variants are solved.
  public func solve(taking program: consuming LinearProgram, variants: RightHandSideVariants, options: SolveOptions)
    throws -> [Solution]
  {
    if options.method == .interiorPoint || variants.senses.isEmpty {
      return try solveEach(program, variants: variants, options: options)
    }
    guard Self.isSupportedVersion else {
      throw LinearProgrammingError.libraryError(
        backend: name, message: "GLPK \(Self.libraryVersion) is not supported; install GLPK 4.64 to 5.x (libglpk-dev)")
    }
    try program.requireValid()
    var issues: [ModelIssue] = []
    for (index, senses) in variants.senses.enumerated() {
      for (row, sense) in zip(variants.rows, senses) {
        issues += sense.validationIssues(path: "variants[\(index)].constraints[\(row.index)]")
      }
    }
    if !issues.isEmpty { throw LinearProgrammingError.invalidModel(issues) }
    // The objective coefficients alone give the objective of a point that is not optimal; the rest goes with
    // `program`, which the arrays take.
    let costs = program.variables.map(\.objective)
    let constant = program.objectiveConstant
    let arrays = GLPKProblemArrays(program: consume program, options: options)
    let solution = { (raw: GLPKVariantRawResult, log: String) in
      Self.variantSolution(raw, costs: costs, constant: constant, log: log)
    }
    let carriesOn = variants.carriesOn.map { carriesOn in
      { (variant: Int, raw: GLPKVariantRawResult) in carriesOn(variant, solution(raw, "")) }
    }
    let raw = try arrays.solveVariants(variants, options: options, carriesOn: carriesOn)
    return raw.variants.enumerated().map { index, variant in solution(variant, index == 0 ? raw.log : "") }
  }

  /// The solution a variant's raw result gives, its objective from the coefficients `costs` and `constant`.
  private static func variantSolution(_ raw: GLPKVariantRawResult, costs: [Double], constant: Double, log: String)
    -> Solution
  {
    switch raw.solutionKind {
    case 3:
      var solution = Solution(
        termination: .optimal, primalStatus: .feasiblePoint, dualStatus: .feasiblePoint, objectiveValue: nil,
        rawStatus: "not solved: within the range of the previous variant's optimal basis")
      solution.withinPreviousBasisRange = true
      return solution
    case 4:
      return .notWantedVariant
    default:
      let outcome = Self.outcome(
        solutionKind: raw.solutionKind, returnCode: raw.returnCode, status: raw.status,
        primalStatus: raw.primalStatus, dualStatus: raw.dualStatus)
      let hasPrimal = outcome.primal == .feasiblePoint || outcome.primal == .infeasiblePoint
      let values = hasPrimal ? raw.columnValues : []
      return Solution(
        termination: outcome.termination, primalStatus: outcome.primal, dualStatus: outcome.dual,
        objectiveValue: hasPrimal
          ? Self.objective(costs: costs, constant: constant, raw: raw.objectiveValue, at: values, outcome) : nil,
        variableValues: values, rawStatus: outcome.rawStatus, solverLog: log,
        iterationCount: Int(raw.iterationCount))
    }
  }

  /// How GLPK's codes read, for the algorithm that produced the solution (0 simplex, 1 interior point, 2 MIP).
  static func outcome(solutionKind: Int32, returnCode: Int32, status: Int32, primalStatus: Int32, dualStatus: Int32)
    -> GLPKStatusMapping.Outcome
  {
    switch solutionKind {
    case 1: GLPKStatusMapping.interiorPoint(returnCode: returnCode, status: status)
    case 2: GLPKStatusMapping.mixedInteger(returnCode: returnCode, status: status)
    default:
      GLPKStatusMapping.simplex(
        returnCode: returnCode, status: status, primalStatus: primalStatus, dualStatus: dualStatus)
    }
  }

  /// GLPK's objective for an optimal point; for any other point, cᵀx + constant recomputed from the objective's
  /// coefficients `costs` and `constant` (for clarity: GLPK's value is the same sum).
  static func objective(
    costs: [Double], constant: Double, raw: Double, at values: [Double], _ outcome: GLPKStatusMapping.Outcome
  ) -> Double {
    outcome.termination == .optimal ? raw : zip(costs, values).reduce(constant) { $0 + $1.0 * $1.1 }
  }

  private func makeSolution(costs: [Double], constant: Double, raw: GLPKRawResult) -> Solution {
    let outcome = Self.outcome(
      solutionKind: raw.solutionKind, returnCode: raw.returnCode, status: raw.status, primalStatus: raw.primalStatus,
      dualStatus: raw.dualStatus)
    var rawStatus = outcome.rawStatus
    if raw.presolveReturnCode >= 0 {
      rawStatus +=
        "; presolve said \(GLPKStatusMapping.returnCodeName(raw.presolveReturnCode)), solved again without it"
    }
    if raw.warmStartRejected { rawStatus += "; warm-start basis rejected, fresh basis used" }
    let hasPrimal = outcome.primal == .feasiblePoint || outcome.primal == .infeasiblePoint
    let hasDuals = outcome.termination == .optimal && raw.solutionKind != 2
    let basis: Basis? =
      (raw.solutionKind == 0 && hasPrimal)
      ? Basis(
        rows: raw.rowStatus.map { BasisStatus(rawValue: Int($0)) ?? .basic },
        columns: raw.columnStatus.map { BasisStatus(rawValue: Int($0)) ?? .atLower })
      : nil
    let objective: Double? =
      hasPrimal
      ? Self.objective(costs: costs, constant: constant, raw: raw.objectiveValue, at: raw.columnValue, outcome) : nil
    return Solution(
      termination: outcome.termination, primalStatus: outcome.primal, dualStatus: outcome.dual,
      objectiveValue: objective,
      variableValues: hasPrimal ? raw.columnValue : [],
      rowActivities: hasPrimal ? raw.rowValue : [],
      duals: hasDuals ? raw.rowDual : [],
      reducedCosts: hasDuals ? raw.columnDual : [],
      basis: basis, rawStatus: rawStatus, solverLog: raw.log, iterationCount: Int(raw.iterationCount))
  }
}

import CGLPKShims
import LinearProgramming

/// A ``LinearSolver`` backed by GLPK, the GNU Linear Programming Kit.
///
/// Each solve runs in one guarded C call (`CGLPKShims_solve`): the problem is created, loaded, solved, read and
/// freed inside it, GLPK's fatal errors are caught instead of aborting the process, and GLPK's text is captured
/// instead of printed. Before crossing into C, the programme is validated in Swift (finite numbers, consistent
/// bounds, indices in range), duplicate terms are merged and unsafe names are replaced, so the guard should never
/// trip; if it does, ``solve(_:options:)`` throws ``LinearProgrammingError/libraryError(backend:message:)``.
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
    guard Self.isSupportedVersion else {
      throw LinearProgrammingError.libraryError(
        backend: name, message: "GLPK \(Self.libraryVersion) is not supported; install GLPK 4.64 to 5.x (libglpk-dev)")
    }
    try program.requireValid()
    let arrays = GLPKProblemArrays(program: program, options: options)
    let raw = try arrays.solve(options: options)
    return makeSolution(program: program, raw: raw)
  }

  /// Solves variants of an LP that differ only in some rows' bounds, in one guarded GLPK call: the problem is
  /// loaded once and each variant is solved by the simplex method from the previous variant's basis. Solutions
  /// carry primal values and statuses, not duals or bases. Programmes with integer columns, and interior point, are
  /// solved one variant at a time instead.
  ///
  /// The corresponding GLPK routines are `glp_set_row_bnds` and `glp_simplex`.
  public func solve(_ program: LinearProgram, variants: RightHandSideVariants, options: SolveOptions) throws
    -> [Solution]
  {
    if program.hasIntegerVariables || options.method == .interiorPoint || variants.senses.isEmpty {
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
    let arrays = GLPKProblemArrays(program: program, options: options)
    let raw = try arrays.solveVariants(variants, options: options)
    let columns = program.variables.count
    return variants.senses.indices.map { index in
      let outcome = GLPKStatusMapping.simplex(
        returnCode: raw.returnCode[index], status: raw.status[index], primalStatus: raw.primalStatus[index],
        dualStatus: raw.dualStatus[index])
      let hasPrimal = outcome.primal == .feasiblePoint || outcome.primal == .infeasiblePoint
      let values = hasPrimal ? Array(raw.columnValue[(index * columns)..<((index + 1) * columns)]) : []
      return Solution(
        termination: outcome.termination, primalStatus: outcome.primal, dualStatus: outcome.dual,
        objectiveValue: hasPrimal ? raw.objectiveValue[index] : nil, variableValues: values,
        rawStatus: outcome.rawStatus, solverLog: index == 0 ? raw.log : "",
        iterationCount: Int(raw.iterationCount[index]))
    }
  }

  private func makeSolution(program: LinearProgram, raw: GLPKRawResult) -> Solution {
    let outcome: GLPKStatusMapping.Outcome
    switch raw.solutionKind {
    case 1: outcome = GLPKStatusMapping.interiorPoint(returnCode: raw.returnCode, status: raw.status)
    case 2: outcome = GLPKStatusMapping.mixedInteger(returnCode: raw.returnCode, status: raw.status)
    default:
      outcome = GLPKStatusMapping.simplex(
        returnCode: raw.returnCode, status: raw.status, primalStatus: raw.primalStatus, dualStatus: raw.dualStatus)
    }
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
    var objective: Double? = hasPrimal ? raw.objectiveValue : nil
    if hasPrimal, outcome.termination != .optimal {
      // GLPK's objective for a non-optimal point is still cᵀx + constant; recompute for clarity.
      objective = program.objectiveValue(at: raw.columnValue)
    }
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

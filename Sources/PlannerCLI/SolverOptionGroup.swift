import ArgumentParser
import Foundation
import LinearProgramming
import TableIO

/// Options shared by the commands that solve: which solver, limits, and where its log goes.
struct SolverOptionGroup: ParsableArguments {
  @Option(help: "The LP solver (see 'sufficiency solvers').")
  var solver: String = "glpk"

  @Option(
    help: """
      Simplex variant or interior point: primal, dual or interior. By default the plan picks one per programme \
      (the primal simplex for an LP, the dual for a MIP's relaxation and for sweeps). LPs with 50,000 or more \
      placement columns are solved by pricing, always with the primal simplex.
      """)
  var method: SolveMethod?

  @Option(help: "Stop the solver after this many seconds.")
  var timeLimit: Double?

  @Option(help: "Relative MIP gap at which branch-and-bound may stop (plans with whole-number decisions).")
  var mipGap: Double = 1e-6

  @Option(help: "Write the solver's log to this file ('-' for stderr). By default it is not shown.")
  var solverLog: String?

  func validate() throws {
    try PathOption.requireNonEmpty(solverLog, "--solver-log", example: "out/solver.log")
    if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) {
      throw ValidationError("--time-limit must be a positive number of seconds")
    }
    if !(mipGap >= 0 && mipGap < 1) { throw ValidationError("--mip-gap must be between 0 and 1") }
    if SolverRegistry.solver(named: solver) == nil {
      throw ValidationError(
        "unknown solver '\(solver)'; available: \(SolverRegistry.all.map(\.name).joined(separator: ", "))")
    }
  }

  /// The chosen backend.
  func makeSolver() throws -> any LinearSolver {
    guard let backend = SolverRegistry.solver(named: solver) else {
      throw CLIInputError(message: "unknown solver '\(solver)'")
    }
    return backend
  }

  /// Solve options from the flags.
  var solveOptions: SolveOptions {
    SolveOptions(
      method: method ?? .dualSimplex, timeLimitSeconds: timeLimit, mipRelativeGap: mipGap, verboseLog: solverLog != nil)
  }

  /// Throws before any solving when `--solver-log` names one of `inputs` (a scenario or a table it reads).
  func checkLogTarget(protecting inputs: Set<String>) throws {
    guard let solverLog, solverLog != "-" else { return }
    let target = URL(fileURLWithPath: solverLog).standardizedFileURL.resolvingSymlinksInPath().path
    let protected = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
    if protected.contains(target) {
      throw CLIInputError(
        message:
          "\(solverLog): --solver-log names one of the inputs; refusing to overwrite it. Give another file, such as out/solver.log, or '-' for stderr."
      )
    }
  }

  /// Sends a solver log where `--solver-log` says, never over one of `inputs`.
  func emitLog(_ log: String, protecting inputs: Set<String>) throws {
    guard let solverLog, !log.isEmpty else { return }
    if solverLog == "-" {
      StandardError.print(log)
    } else {
      try AtomicFile.write(log, to: URL(fileURLWithPath: solverLog), protecting: inputs)
    }
  }
}

extension SolveMethod: ExpressibleByArgument {}

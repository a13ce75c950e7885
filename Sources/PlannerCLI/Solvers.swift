import ArgumentParser
import GLPKBackend
import LinearProgramming

extension SufficiencyCommand {
  /// `sufficiency solvers`: lists the solver backends and the libraries behind them.
  struct Solvers: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the available LP solvers and their versions.")

    func run() throws {
      for solver in SolverRegistry.all {
        print("\(solver.name)\t\(solver.versionDescription)")
      }
    }
  }
}

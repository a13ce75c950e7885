import ArgumentParser
import GLPKBackend

/// The root of the `sufficiency` command tree.
public struct SufficiencyCommand: ParsableCommand {
  /// The tool's own version.
  public static let toolVersion = "0.1.0"

  public static let configuration = CommandConfiguration(
    commandName: "sufficiency",
    abstract:
      "Plan placement sufficiency for looked-after children: forecast demand, solve the placement mix, export targets and budgets.",
    version: "sufficiency \(toolVersion) (GLPK \(GLPKSolver.libraryVersion))",
    subcommands: [
      PlanCommand.self, ReportCommand.self, ValidateCommand.self, CompareCommand.self, InitCommand.self,
      ForecastCommand.self, BacktestCommand.self, Ingest903.self, GenerateCommand.self, SweepCommand.self,
      SweepMergeCommand.self, ExportLPCommand.self, ServeCommand.self, Solvers.self,
    ]
  )

  public init() {}
}

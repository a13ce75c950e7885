import ArgumentParser
import Foundation
import LinearProgramming
import Planning
import TableIO

extension SufficiencyCommand {
  /// `sufficiency export-lp [SCENARIO] --format mps|lp --out FILE`: writes the plan's programme for another solver.
  struct ExportLPCommand: ParsableCommand {
    /// The file formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case mps
      case lp
    }

    static let configuration = CommandConfiguration(
      commandName: "export-lp",
      abstract: "Write the plan's linear programme as free MPS or CPLEX LP, to solve or inspect elsewhere.",
      discussion: """
        The programme is the one 'plan' solves (identical providers pooled unless --no-pooling), with the names \
        listed in docs/formulation.md. Its optimal objective is the plan's solver objective.
        """)

    @Argument(help: "The scenario file (or a folder holding scenario.yaml). Default: the bundled scenario.")
    var scenario: String?

    @Option(help: "mps (free MPS) or lp (CPLEX LP).")
    var format: Format = .mps

    @Option(help: "The file to write.")
    var out: String

    @Flag(help: "Keep one column set per provider instead of pooling identical providers.")
    var noPooling = false

    func validate() throws {
      try PathOption.requireNonEmpty(out, "--out", example: "out/plan.mps")
    }

    func run() throws {
      let loaded = try ScenarioLocator.load(scenario)
      let demand = try DemandResolver(forecaster: Forecasters.history()).resolve(loaded.scenario)
      let formulation = PlanFormulation(scenario: loaded.scenario, demand: demand, poolIdenticalProviders: !noPooling)
      let text =
        switch format {
        case .mps: try MPSWriter().write(formulation.program)
        case .lp: try LPWriter().write(formulation.program)
        }
      let url = URL(fileURLWithPath: out)
      try AtomicFile.write(text, to: url, protecting: Set(loaded.inputPaths))
      let program = formulation.program
      print("Wrote \(program.variables.count) columns, \(program.constraints.count) rows to \(url.path)")
    }
  }
}

import ArgumentParser
import Foundation
import MessageFormat
import Planning
import Reporting
import TableIO

extension SufficiencyCommand {
  /// `sufficiency report [SCENARIO] --out DIR`: solves the plan and writes the cabinet report.
  struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Solve a scenario's plan and write the report: report.html (charts, no scripts) and report.md.",
      discussion: """
        The HTML file stands alone (inline styles and SVG charts, no network, no JavaScript), so it can be attached \
        to a cabinet paper. Both files are written as one set with manifest.json (naming the scenario and its hash), \
        replacing any earlier plan or report in the folder; the scenario's input files are never overwritten.
        """)

    @Argument(
      help:
        "The scenario file (or a folder holding scenario.yaml). Default: the bundled Redcar & Cleveland 2018 scenario.")
    var scenario: String?

    @Option(help: "The folder to write report.html and report.md to.")
    var out: String = "out/report"

    @OptionGroup var whatIf: WhatIfOptionGroup

    @OptionGroup var solverOptions: SolverOptionGroup

    @OptionGroup var risk: RiskOptionGroup

    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
      try PathOption.requireNonEmpty(scenario, "the scenario path", example: "Scenarios/redcar-cleveland-2018")
      try PathOption.requireNonEmpty(out, "--out", example: "out/report")
    }

    func run() throws {
      let run = try PlanRunner(solverOptions: solverOptions).run(
        scenarioPath: scenario, options: try whatIf.loadOptions())
      var phases = run.outcome.timings
      let files = try PlanOutputSet.reportFiles(
        run, solverOptions: solverOptions, riskDraws: risk.riskDraws, timings: &phases)
      let urls = try PhaseTiming.measure("write", into: &phases) {
        try PlanOutputSet.write(files, of: run, command: "report", to: URL(fileURLWithPath: out))
      }
      if timings {
        // Diagnostics for profiling the report: stderr only, never in the report's files.
        StandardError.print(
          "timings: "
            + phases.map { "\($0.phase)=\(NumberFormat.fixed($0.seconds, decimals: 4))" }.joined(separator: " "))
      }
      for url in urls { print("Wrote \(url.path)") }
    }
  }
}

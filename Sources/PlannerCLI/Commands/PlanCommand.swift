import ArgumentParser
import FinanceWorkbook
import Foundation
import MessageFormat
import Planning
import Reporting
import TableIO

extension SufficiencyCommand {
  /// `sufficiency plan [SCENARIO] --out DIR`: solves the placement plan and writes its files.
  struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "plan",
      abstract: "Solve the cheapest placement plan for a scenario and write targets, budgets and the gap.",
      discussion: """
        Writes plan.json, recruitment-targets.csv, budget.csv, placements.csv, sufficiency-gap.csv, \
        shadow-prices.csv, emergency-capacity.csv, sibling-places.csv and the finance workbook plan.xlsx to the \
        output folder (with \
        --report, also report.html and report.md) as one set: all are written first, then moved into place \
        together with manifest.json naming the scenario and its hash, so the folder never mixes two runs. \
        Unmet need is reported, not an error: the exit code is 0 unless --strict is given.
        """)

    @Argument(
      help:
        "The scenario file (or a folder holding scenario.yaml). Default: the bundled Redcar & Cleveland 2018 scenario.")
    var scenario: String?

    @Option(help: "The folder to write the plan files to.")
    var out: String = "out/plan"

    @Flag(
      help:
        "Exit with code 1 when any need is unmet (emergency beds short included) or met only by last-resort provision.")
    var strict = false

    @Flag(help: "Also write the report (report.html and report.md) next to the plan files.")
    var report = false

    @OptionGroup var whatIf: WhatIfOptionGroup

    @OptionGroup var solverOptions: SolverOptionGroup

    @OptionGroup var risk: RiskOptionGroup

    @Flag(help: .hidden)
    var timings = false

    @Flag(help: .hidden)
    var noPooling = false

    @Flag(help: .hidden)
    var noPricing = false

    @Option(help: .hidden)
    var pricingThreshold: Int?

    func validate() throws {
      try PathOption.requireNonEmpty(scenario, "the scenario path", example: "Scenarios/redcar-cleveland-2018")
      try PathOption.requireNonEmpty(out, "--out", example: "out/plan")
    }

    func run() throws {
      let run = try PlanRunner(
        solverOptions: solverOptions, poolIdenticalProviders: !noPooling, pricing: !noPricing,
        pricingThreshold: pricingThreshold
      ).run(scenarioPath: scenario, options: try whatIf.loadOptions())
      let plan = run.outcome.plan
      let folder = URL(fileURLWithPath: out)
      var phases = run.outcome.timings
      try PhaseTiming.measure("write", into: &phases) {
        // The plan's text files and its workbook are made side by side (each from the plan alone).
        let scenario = run.loaded.scenario
        let (planFiles, workbook) = try ConcurrentMap.both(
          { try PlanExport.files(for: plan) }, { try FinanceWorkbook.data(plan: plan, scenario: scenario) })
        let files =
          planFiles
          + (report
            ? try PlanOutputSet.reportFiles(run, solverOptions: solverOptions, riskDraws: risk.riskDraws) : [])
        try PlanOutputSet.write(
          files, binaryFiles: [(PlanOutputSet.workbookName, workbook)], of: run,
          command: report ? "plan --report" : "plan", to: folder)
      }
      if timings {
        // Diagnostics for Benchmarks/: stderr only, never in the plan files.
        let program = run.outcome.formulation.program
        StandardError.print(
          "timings: "
            + phases.map { "\($0.phase)=\(NumberFormat.fixed($0.seconds, decimals: 4))" }.joined(separator: " ")
            + " columns=\(program.variables.count) rows=\(program.constraints.count) nonzeros=\(program.termCount)"
            + " iterations=\(run.outcome.solution.iterationCount)")
      }
      print(PlanSummary.text(plan))
      print("Files written to \(folder.path)")
      if strict
        && (plan.totals.unmetPlacementYears > 0 || plan.totals.lastResortPlacementYears > 0
          || plan.totals.emergencyBedShortfall > 0)
      {
        StandardError.print(
          "strict: the plan leaves need unmet (or emergency beds short) or uses last-resort provision")
        throw ExitCode(ExitStatus.runtimeFailure)
      }
    }
  }
}

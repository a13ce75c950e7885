import ArgumentParser
import Foundation
import PlacementDomain
import Planning
import Reporting
import ScenarioInputs
import TableIO

extension SufficiencyCommand {
  /// `sufficiency compare A B`: solves two scenarios and shows costs, mixes and targets side by side.
  struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "compare",
      abstract: "Solve two scenarios and compare their costs, placement mix and targets side by side.",
      discussion: """
        --set and --what-if change the second scenario only. Without a second scenario they change a copy of the \
        first, so 'compare SCENARIO --set PATH=VALUE' compares the scenario as it is with the what-if.
        """)

    @Argument(help: "The first scenario (for example the baseline).")
    var first: String

    @Argument(help: "The second scenario (for example another option). Default: the first, with the changes.")
    var second: String?

    @OptionGroup var whatIf: WhatIfOptionGroup

    @Option(help: "Also write the comparison to this folder: compare.csv, and compare.html and compare.md with charts.")
    var out: String?

    @OptionGroup var solverOptions: SolverOptionGroup

    func validate() throws {
      try PathOption.requireNonEmpty(first, "the first scenario", example: "Scenarios/redcar-cleveland-2018")
      try PathOption.requireNonEmpty(second, "the second scenario", example: "Scenarios/hartlepool-2013")
      try PathOption.requireNonEmpty(out, "--out", example: "out/compare")
    }

    func run() throws {
      var runner = PlanRunner(solverOptions: solverOptions)
      // The log of the first solve must not overwrite the second scenario or its tables either.
      runner.protectedPaths = Set(
        try [first, second].compactMap { $0 }.flatMap { path -> [String] in
          let url = try ScenarioLocator.resolve(path)
          return (try? ScenarioLoader.load(from: url).inputPaths) ?? [url.path]
        })
      let options = try whatIf.loadOptions()
      guard second != nil || !options.overlay.isEmpty else {
        throw CLIInputError(message: "compare needs a second scenario, or --set or --what-if to change the first")
      }
      let plans = [
        try runner.run(scenarioPath: first), try runner.run(scenarioPath: second ?? first, options: options),
      ]
      var comparison = PlanComparison(first: plans[0].outcome.plan, second: plans[1].outcome.plan)
      if !options.overlay.isEmpty {
        comparison.secondNote =
          " with " + options.overlay.changes.map { "\($0.path)=\($0.value)" }.joined(separator: ", ")
      }
      let report = PlanComparisonReport(comparison)
      print(report.printedTable())
      if let out {
        let inputs = Set(plans.flatMap(\.loaded.inputPaths))
        let folder = URL(fileURLWithPath: out)
        let url = folder.appendingPathComponent("compare.csv")
        try AtomicFile.write(comparison.csv(), to: url, protecting: inputs)
        print("Written \(url.path)")
        for written in try ReportFiles.write(report.document(), to: folder, baseName: "compare", protecting: inputs) {
          print("Written \(written.path)")
        }
      }
    }
  }
}

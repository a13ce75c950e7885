import ArgumentParser
import Foundation
import MessageFormat
import Planning
import Reporting
import TableIO

extension SufficiencyCommand {
  /// `sufficiency sweep [SCENARIO] --draws 1000 [--seed S] [--shard i/n] --out DIR`: a Monte Carlo sweep over demand.
  struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sweep",
      abstract: "Re-solve the plan for many demand draws and report the spread of cost, recruits and unmet need.",
      discussion: """
        Forecast demand is drawn from the forecast's simulated paths, and each draw's children are split among the \
        need groups with the groups' own uncertainty (each group but the largest a binomial count at its share, as \
        the plan's group levels are simulated; the largest takes the rest); given demand is scaled by a lognormal \
        factor per draw and authority (mean 1, --noise is its sigma). The programme is built once; each draw \
        changes only the demand rows and starts from the previous optimal basis. Writes draws.csv (one row per \
        draw, with its children to place by need group and year) and sweep.csv (mean, P10, P50, P90, min, max per \
        figure). --shard i/n runs draws i, i+n, i+2n, ... \
        (i from 1) so a batch scheduler can split the sweep; 'sufficiency sweep-merge' combines the shards' folders.
        """)

    @Argument(help: "The scenario file (or a folder holding scenario.yaml). Default: the bundled scenario.")
    var scenario: String?

    @Option(help: "How many demand draws in the whole sweep.")
    var draws: Int = 1000

    @Option(help: "Random seed for the draws.")
    var seed: UInt64 = 1

    @Option(help: "Sigma of the lognormal demand factor for authorities with given (not forecast) demand.")
    var noise: Double = 0.1

    @Option(help: "Run only shard i of n: draws i, i+n, i+2n, ... (i from 1 to n).")
    var shard: String?

    @Flag(help: "Rebuild and solve every draw from scratch (the reference the warm sweep is measured against).")
    var cold = false

    @Flag(help: .hidden)
    var timings = false

    @Option(help: "The folder to write draws.csv and sweep.csv to.")
    var out: String = "out/sweep"

    @OptionGroup var whatIf: WhatIfOptionGroup

    @OptionGroup var solverOptions: SolverOptionGroup

    func validate() throws {
      try PathOption.requireNonEmpty(out, "--out", example: "out/sweep")
      guard draws >= 1 && draws <= 10_000_000 else { throw ValidationError("--draws must be 1 to 10,000,000") }
      guard noise >= 0 && noise <= 2 else { throw ValidationError("--noise must be between 0 and 2") }
      if let shard { _ = try Self.parseShard(shard) }
    }

    /// `i/n` with 1 ≤ i ≤ n.
    static func parseShard(_ text: String) throws -> (index: Int, count: Int) {
      let parts = text.split(separator: "/").map { Int($0.trimmingCharacters(in: .whitespaces)) }
      guard parts.count == 2, let index = parts[0], let count = parts[1], count >= 1, index >= 1, index <= count else {
        throw ValidationError("--shard must be i/n with 1 <= i <= n, such as 3/10")
      }
      return (index, count)
    }

    func run() throws {
      let clock = ContinuousClock()
      let start = clock.now
      let loaded = try ScenarioLocator.load(scenario, options: try whatIf.loadOptions())
      let (index, count) = try shard.map(Self.parseShard) ?? (1, 1)
      let selected = Array(stride(from: index - 1, to: draws, by: count))
      let sweep = try ScenarioSweep(
        scenario: loaded.scenario, count: draws, seed: seed, noise: noise, forecaster: Forecasters.history(),
        solver: try solverOptions.makeSolver(), options: solverOptions.solveOptions)
      let prepared = clock.now
      let results = try sweep.run(draws: selected, cold: cold)
      let solved = clock.now
      let folder = URL(fileURLWithPath: out)
      try CommandOutputSet.sweep.write(
        SweepFiles.files(results), to: folder, input: loaded.scenario.sourcePath ?? "", inputHash: loaded.contentHash,
        protecting: Set(loaded.inputPaths))
      if timings {
        func seconds(_ duration: Duration) -> String {
          let parts = duration.components
          return NumberFormat.fixed(Double(parts.seconds) + Double(parts.attoseconds) * 1e-18, decimals: 4)
        }
        StandardError.print(
          "timings: mode=\(cold ? "cold" : "warm") draws=\(selected.count) prepare=\(seconds(prepared - start)) "
            + "solve=\(seconds(solved - prepared)) total=\(seconds(clock.now - start)) "
            + "iterations=\(results.reduce(0) { $0 + $1.iterations })")
      }
      let cost = SweepSummary.summarize(results).first { $0.metric == "total_cost" }
      print(
        "Swept \(selected.count) of \(draws) draws (\(cold ? "cold" : "warm")): total cost P10 "
          + "\(NumberFormat.pounds(cost?.p10 ?? 0)), P50 \(NumberFormat.pounds(cost?.p50 ?? 0)), "
          + "P90 \(NumberFormat.pounds(cost?.p90 ?? 0))")
      print("Files written to \(folder.path)")
    }
  }
}

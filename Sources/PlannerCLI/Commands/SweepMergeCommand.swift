import ArgumentParser
import Foundation
import Planning
import Reporting
import TableIO

extension SufficiencyCommand {
  /// `sufficiency sweep-merge DIR... --out DIR`: combines the folders of a sharded sweep.
  struct SweepMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sweep-merge",
      abstract: "Combine the draws.csv of sweep shards into one draws.csv and sweep.csv.",
      discussion: "Every draw must appear once over all shards; the result equals a single unsharded run's files.")

    @Argument(help: "The shards' output folders (each holding draws.csv).")
    var shards: [String]

    @Option(help: "The folder to write the merged draws.csv and sweep.csv to.")
    var out: String

    func validate() throws {
      try PathOption.requireNonEmpty(out, "--out", example: "out/sweep")
      if shards.isEmpty { throw ValidationError("give at least one shard folder") }
    }

    func run() throws {
      var results: [DemandSweep.Result] = []
      var inputs: Set<String> = []
      for shard in shards {
        let url = URL(fileURLWithPath: shard).appendingPathComponent("draws.csv")
        inputs.insert(url.path)
        results += try SweepFiles.readDraws(url)
      }
      let numbers = results.map(\.draw).sorted()
      var duplicates: [Int] = []
      for (previous, next) in zip(numbers, numbers.dropFirst()) where previous == next { duplicates.append(next + 1) }
      if !duplicates.isEmpty {
        throw CLIInputError(
          message: "draw(s) \(duplicates.prefix(10).map(String.init).joined(separator: ", ")) appear in more than one "
            + "shard; merge each shard's folder once")
      }
      if let last = numbers.last, last + 1 != numbers.count {
        StandardError.print(
          "warning: \(last + 1 - numbers.count) draw(s) up to \(last + 1) are missing (a shard not merged?)")
      }
      let folder = URL(fileURLWithPath: out)
      try CommandOutputSet.sweep.write(
        SweepFiles.files(results), to: folder, input: shards.joined(separator: ", "), protecting: inputs)
      print("Merged \(results.count) draws from \(shards.count) shard(s) into \(folder.path)")
    }
  }
}

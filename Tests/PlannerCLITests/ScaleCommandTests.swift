import Foundation
import Testing

/// `generate`, `sweep`, `sweep-merge` and `export-lp`, run as a user would.
@Suite("scale commands, end to end", .serialized)
struct ScaleCommandTests {
  func read(_ folder: URL, _ file: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
  }

  @Test("generate is repeatable for a seed, differs across seeds, and writes a scenario that validates and plans")
  func generate() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("a")
    let second = folder.appendingPathComponent("b")
    let other = folder.appendingPathComponent("c")
    for (target, seed) in [(first, "5"), (second, "5"), (other, "6")] {
      let run = try BinaryRunner.run(
        ["generate", "--authorities", "4", "--providers", "40", "--years", "2", "--seed", seed, "--out", target.path])
      #expect(run.exitCode == 0, "\(run.standardError)")
    }
    for file in ["scenario.yaml", "providers.csv"] { #expect(try read(first, file) == read(second, file)) }
    #expect(try read(first, "providers.csv") != read(other, "providers.csv"))
    #expect(try read(first, "providers.csv").split(separator: "\n").count == 41)
    let validate = try BinaryRunner.run(["validate", first.path])
    #expect(validate.exitCode == 0, "\(validate.standardOutput)\(validate.standardError)")
    let plan = try BinaryRunner.run(["plan", first.path, "--out", folder.appendingPathComponent("plan").path])
    #expect(plan.exitCode == 0, "\(plan.standardError)")
    let tooMany = try BinaryRunner.run(["generate", "--authorities", "400", "--out", other.path])
    #expect(tooMany.exitCode == 2)
  }

  @Test("three sweep shards merged give the same files as one run; warm and cold agree")
  func shardsAndMerge() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("scenario")
    _ = try BinaryRunner.run(
      ["generate", "--authorities", "2", "--providers", "20", "--years", "2", "--seed", "3", "--out", scenario.path])
    let single = folder.appendingPathComponent("single")
    let run = try BinaryRunner.run(["sweep", scenario.path, "--draws", "7", "--seed", "9", "--out", single.path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    var shards: [String] = []
    for index in 1...3 {
      let shard = folder.appendingPathComponent("shard-\(index)").path
      shards.append(shard)
      let part = try BinaryRunner.run(
        ["sweep", scenario.path, "--draws", "7", "--seed", "9", "--shard", "\(index)/3", "--out", shard])
      #expect(part.exitCode == 0, "\(part.standardError)")
    }
    let merged = folder.appendingPathComponent("merged")
    let merge = try BinaryRunner.run(["sweep-merge"] + shards + ["--out", merged.path])
    #expect(merge.exitCode == 0, "\(merge.standardError)")
    for file in ["draws.csv", "sweep.csv"] { #expect(try read(single, file) == read(merged, file)) }
    #expect(try read(single, "draws.csv").split(separator: "\n").count == 8)
    let twice = try BinaryRunner.run(["sweep-merge", shards[0], shards[0], "--out", merged.path])
    #expect(twice.exitCode == 2)
    let cold = folder.appendingPathComponent("cold")
    _ = try BinaryRunner.run(["sweep", scenario.path, "--draws", "7", "--seed", "9", "--cold", "--out", cold.path])
    // The optimum is unique in cost, not necessarily in mix: compare the objective column.
    let objectives = { (folder: URL) in
      try self.read(folder, "draws.csv").split(separator: "\n").map {
        $0.split(separator: ",").prefix(2).joined(separator: ",")
      }
    }
    #expect(try objectives(single) == objectives(cold))
    let badShard = try BinaryRunner.run(["sweep", scenario.path, "--shard", "4/3", "--out", cold.path])
    #expect(badShard.exitCode == 2)
  }

  @Test("a sweep of forecast demand (the default scenario, need groups split by chance): shards give one run's files")
  func forecastSweepShards() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let single = folder.appendingPathComponent("single")
    let again = folder.appendingPathComponent("again")
    for target in [single, again] {
      let run = try BinaryRunner.run(["sweep", "--draws", "40", "--seed", "3", "--out", target.path])
      #expect(run.exitCode == 0, "\(run.standardError)")
    }
    var shards: [String] = []
    for index in 1...2 {
      let shard = folder.appendingPathComponent("shard-\(index)").path
      shards.append(shard)
      let part = try BinaryRunner.run(
        ["sweep", "--draws", "40", "--seed", "3", "--shard", "\(index)/2", "--out", shard])
      #expect(part.exitCode == 0, "\(part.standardError)")
    }
    let merged = folder.appendingPathComponent("merged")
    let merge = try BinaryRunner.run(["sweep-merge"] + shards + ["--out", merged.path])
    #expect(merge.exitCode == 0, "\(merge.standardError)")
    for file in ["draws.csv", "sweep.csv"] {
      #expect(try read(single, file) == read(again, file))
      #expect(try read(single, file) == read(merged, file))
    }
    let draws = try read(single, "draws.csv").split(separator: "\n")
    #expect(draws.count == 41 && Set(draws.dropFirst().map { $0.split(separator: ",")[1] }).count > 1)
    // Each need group's demand per year, with its own chance spread: the emergency group (1 % of about 265 children
    // to place) spreads over several children, not just the total's spread times its share (about 2.3 to 2.7).
    let emergency = try read(single, "sweep.csv").split(separator: "\n").filter {
      $0.hasPrefix("children_emergency,")
    }
    #expect(emergency.count == 5)
    for row in emergency {
      let fields = row.split(separator: ",", omittingEmptySubsequences: false).compactMap { Double($0) }
      // draws, mean, p10, p50, p90, min, max after the year columns.
      let (p10, p90) = (fields[fields.count - 5], fields[fields.count - 3])
      #expect(p90 - p10 >= 2, "\(row)")
    }
  }

  @Test("export-lp writes free MPS and CPLEX LP with every column of the plan's programme")
  func exportLP() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let mps = folder.appendingPathComponent("plan.mps")
    let lp = folder.appendingPathComponent("plan.lp")
    let first = try BinaryRunner.run(["export-lp", "--format", "mps", "--out", mps.path])
    let second = try BinaryRunner.run(["export-lp", "--format", "lp", "--out", lp.path])
    #expect(first.exitCode == 0 && second.exitCode == 0, "\(first.standardError)\(second.standardError)")
    let text = try String(contentsOf: mps, encoding: .utf8)
    #expect(text.hasPrefix("NAME "))
    #expect(text.contains("ROWS") && text.contains("COLUMNS") && text.contains("RHS"))
    #expect(try String(contentsOf: lp, encoding: .utf8).lowercased().contains("subject to"))
  }
}

import Foundation
import Testing

/// Bad input through the built binary, as a user meets it: no input overwritten, no mixed output folder, no empty
/// path taken to mean the current folder, and an oversized or self-referencing scenario refused fast.
@Suite("sufficiency binary, bad input", .serialized)
struct BadInputEndToEndTests {
  /// A copy of the default scenario with its data path made absolute, in a fresh folder.
  func scenarioCopy() throws -> (folder: URL, scenario: URL) {
    let folder = try BinaryRunner.temporaryFolder()
    let data = BinaryRunner.repositoryRoot.appendingPathComponent("Data").path
    let text = try String(contentsOf: BinaryRunner.bundledScenarios()[1], encoding: .utf8)
      .replacingOccurrences(of: "../../Data", with: data)
    let scenario = folder.appendingPathComponent("scenario.yaml")
    try Data(text.utf8).write(to: scenario)
    return (folder, scenario)
  }

  @Test("--solver-log naming an input is refused before solving, for plan, report and compare")
  func solverLogNeverOverwritesInput() throws {
    let (folder, scenario) = try scenarioCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try Data(contentsOf: scenario)
    let out = folder.appendingPathComponent("out").path
    let other = try BinaryRunner.bundledScenarios()[0].path
    for arguments in [
      ["plan", scenario.path, "--out", out, "--solver-log", scenario.path],
      ["report", scenario.path, "--out", out, "--solver-log", folder.path + "/./scenario.yaml"],
      ["compare", other, scenario.path, "--solver-log", scenario.path],
    ] {
      let run = try BinaryRunner.run(arguments, in: folder)
      #expect(run.exitCode == 2, "\(arguments[0]): \(run.standardError)")
      #expect(run.standardError.contains("refusing to overwrite"))
      #expect(try Data(contentsOf: scenario) == original, "\(arguments[0]) changed the scenario")
    }
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test("an empty --out or scenario path is refused rather than meaning the current folder")
  func emptyPaths() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for arguments in [
      ["plan", "--out", ""], ["plan", ""], ["report", "--out", " "], ["validate", ""], ["init", ""],
    ] {
      let run = try BinaryRunner.run(arguments, in: folder)
      #expect(run.exitCode == 2, "\(arguments): \(run.standardError)")
      #expect(run.standardError.contains("is empty"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("a plan folder holds one run's set: a later plan of another scenario leaves no stale report beside it")
  func outputFolderIsOneSet() throws {
    let (folder, scenario) = try scenarioCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    #expect(try BinaryRunner.run(["plan", scenario.path, "--out", out.path, "--report"]).exitCode == 0)
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    let other = try BinaryRunner.bundledScenarios()[0].path
    #expect(try BinaryRunner.run(["plan", other, "--out", out.path]).exitCode == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(!files.contains("report.html") && !files.contains("report.md"), "\(files)")
    let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
    #expect(manifest.contains("\"scenario\": \"\(other)\""))
    let plan = try String(contentsOf: out.appendingPathComponent("plan.json"), encoding: .utf8)
    let hash = try #require(manifest.split(separator: "\"scenario_hash\": \"").last?.prefix(16))
    #expect(plan.contains(String(hash)), "the manifest's hash is the plan's scenario hash")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out", "scenario.yaml"])
  }

  @Test("a forecast without --paths leaves no paths.csv of an earlier forecast beside it")
  func forecastFolderIsOneSet() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let panel = BinaryRunner.repositoryRoot.appendingPathComponent(
      "Data/cla-panel/la_cla_panel_north_east_2010_2025.csv")
    let out = folder.appendingPathComponent("out").path
    let first = try BinaryRunner.run(["forecast", panel.path, "--series", "Hartlepool", "--paths", "3", "--out", out])
    #expect(first.exitCode == 0, "\(first.standardError)")
    #expect(FileManager.default.fileExists(atPath: out + "/paths.csv"))
    #expect(try BinaryRunner.run(["forecast", panel.path, "--series", "Middlesbrough", "--out", out]).exitCode == 0)
    // flows.csv: the panel has starts and ceased, so the forecast's entrants and endings are written too.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
        "flows.csv", "forecast.csv", "manifest.json",
      ])
  }

  @Test("an alias bomb and an oversized scenario are refused within seconds")
  func hangsRefused() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1..<9 {
      let previous = Character(UnicodeScalar(UInt8(96 + level)))
      let current = Character(UnicodeScalar(UInt8(97 + level)))
      lines.append(
        "\(current): &\(current) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
    }
    let bomb = folder.appendingPathComponent("bomb.yaml")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: bomb)
    let big = folder.appendingPathComponent("big.yaml")
    let handle = try FileHandle(
      forWritingTo: {
        try Data().write(to: big)
        return big
      }())
    let chunk = Data(
      String(repeating: "# padding ..........................................................\n", count: 10_000).utf8)
    for _ in 0..<80 { try handle.write(contentsOf: chunk) }
    try handle.close()
    for file in [bomb, big] {
      let started = ContinuousClock.now
      let run = try BinaryRunner.run(["validate", file.path], in: folder)
      #expect(ContinuousClock.now - started < .seconds(5), "\(file.lastPathComponent)")
      #expect(run.exitCode == 2, "\(run.standardError)")
      #expect(run.standardError.contains(file.path))
    }
  }
}

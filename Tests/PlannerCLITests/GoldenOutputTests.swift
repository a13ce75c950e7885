import Foundation
import Testing

/// Every bundled scenario planned by the built binary, in its own process, against the outputs stored beside it in
/// `Scenarios/NAME/expected/` (written by `Scripts/update-golden.sh`, in other processes). Each process hashes with its
/// own random seed, so an output that depends on dictionary or set order fails here, which a rerun inside one test
/// process cannot show.
@Suite("golden outputs of the bundled scenarios", .serialized)
struct GoldenOutputTests {
  /// The summary `plan` prints, stored as `summary.txt` without its last line (which names the output folder).
  static let summaryFile = "summary.txt"

  /// The folder names of the bundled scenarios (`Scenarios/NAME/scenario.yaml`).
  static let scenarioNames: [String] =
    ((try? BinaryRunner.bundledScenarios()) ?? []).map { $0.deletingLastPathComponent().lastPathComponent }

  @Test("every bundled scenario has golden outputs")
  func everyScenarioHasGoldens() throws {
    let scenarios = try BinaryRunner.bundledScenarios()
    #expect(!scenarios.isEmpty)
    for scenario in scenarios {
      let expected = scenario.deletingLastPathComponent().appendingPathComponent("expected")
      let files = (try? FileManager.default.contentsOfDirectory(atPath: expected.path)) ?? []
      #expect(
        files.contains("plan.json") && files.contains("report.html") && files.contains(Self.summaryFile),
        "\(expected.path) lacks golden outputs: run Scripts/update-golden.sh (make golden)")
    }
  }

  @Test(
    "plan --report writes exactly the golden files, byte for byte",
    arguments: Self.scenarioNames)
  func matchesGoldens(scenarioName: String) throws {
    let expected = BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/\(scenarioName)/expected")
    let output = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: output) }
    // The same relative path update-golden.sh passes, from the repository root.
    let run = try BinaryRunner.run([
      "plan", "Scenarios/\(scenarioName)/scenario.yaml", "--out", output.path, "--report",
    ])
    #expect(run.exitCode == 0, "\(scenarioName): \(run.standardError)")
    let summary = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("Files written to ") }.joined(separator: "\n")
    try Data(summary.utf8).write(to: output.appendingPathComponent(Self.summaryFile))

    let expectedFiles = try FileManager.default.contentsOfDirectory(atPath: expected.path).sorted()
    let writtenFiles = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
    #expect(writtenFiles == expectedFiles, "\(scenarioName): files written differ from \(expected.path)")
    for file in expectedFiles where writtenFiles.contains(file) {
      let golden = try Data(contentsOf: expected.appendingPathComponent(file))
      var written = try Data(contentsOf: output.appendingPathComponent(file))
      if file == "manifest.json" {
        // The manifest names the scenario by its absolute path; the golden copy stores it relative to the repository.
        let relative = String(decoding: written, as: UTF8.self)
          .replacingOccurrences(of: "\"\(BinaryRunner.repositoryRoot.path)/", with: "\"")
        written = Data(relative.utf8)
      }
      #expect(
        written == golden,
        """
        \(scenarioName)/\(file) differs from its golden copy \(Self.firstDifference(golden, written)); \
        if the change is intended, run Scripts/update-golden.sh (make golden) and review the diff
        """)
    }
  }

  /// Where two files first differ: the line number and both lines.
  static func firstDifference(_ golden: Data, _ written: Data) -> String {
    let goldenLines = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let writtenLines = String(decoding: written, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(goldenLines.count, writtenLines.count) {
      let expectedLine = index < goldenLines.count ? String(goldenLines[index]) : "(end of file)"
      let writtenLine = index < writtenLines.count ? String(writtenLines[index]) : "(end of file)"
      if expectedLine != writtenLine {
        return "at line \(index + 1): expected \"\(expectedLine.prefix(200))\", written \"\(writtenLine.prefix(200))\""
      }
    }
    return "(same lines)"
  }
}

import Foundation
import Testing

/// Emergency beds that cannot be secured are unmet need: in the summary, the gap file and `--strict`; the blocking
/// quoted is that of the beds secured.
@Suite("an emergency bed shortfall is unmet need", .serialized)
struct EmergencyShortfallTests {
  @Test("Hartlepool with 90 emergency arrivals a year: 15 beds needed, 7 secured, 8 short; --strict fails")
  func shortfall() throws {
    // 90 arrivals × 6 weeks = 10.4 beds in use: Erlang B needs 15 beds for 5 % blocking; the scenario's two
    // emergency providers have 3 + 4 = 7 beds, which turn away 42 % of arrivals.
    let source = BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/hartlepool-2013")
    let work = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: work) }
    let scenario = work.appendingPathComponent("scenario")
    try FileManager.default.createDirectory(at: scenario, withIntermediateDirectories: true)
    for file in try FileManager.default.contentsOfDirectory(atPath: source.path) where file != "expected" {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(file), to: scenario.appendingPathComponent(file))
    }
    let yaml = scenario.appendingPathComponent("scenario.yaml")
    let text = try String(contentsOf: yaml, encoding: .utf8)
    #expect(text.contains("arrivals_per_year: 15"))
    try text.replacingOccurrences(of: "arrivals_per_year: 15", with: "arrivals_per_year: 90")
      .write(to: yaml, atomically: true, encoding: .utf8)
    let out = work.appendingPathComponent("out")
    let run = try BinaryRunner.run(["plan", yaml.path, "--out", out.path, "--strict"])
    #expect(run.exitCode == 1, "\(run.standardError)")
    #expect(run.standardError.contains("emergency beds short"))
    #expect(run.standardOutput.contains("7.0 of 15"))
    #expect(run.standardOutput.contains("Emergency beds short: 40.0 bed-years"))
    let gap = try String(contentsOf: out.appendingPathComponent("sufficiency-gap.csv"), encoding: .utf8)
    #expect(gap.contains("2013-14,2014,emergency_beds,beds,15,7.00,,8.00"))
    let capacity = try String(contentsOf: out.appendingPathComponent("emergency-capacity.csv"), encoding: .utf8)
    // Blocking with the 15 beds needed is 4.4 %; with the 7 secured, 42.5 %.
    #expect(capacity.contains(",15,0.0438,5.03,1.97,7.00,0.4246,8.00,"))
  }
}

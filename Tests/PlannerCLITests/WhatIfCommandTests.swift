import Foundation
import Testing

/// `--set` and `--what-if` on the commands, `postcode:` in a scenario file, and the tool run from other folders.
@Suite("What-ifs and postcodes on the command line")
struct WhatIfCommandTests {
  static let scenario = "Scenarios/redcar-cleveland-2018/scenario.yaml"

  func recruits(in folder: URL, area: String) throws -> Double {
    let text = try String(contentsOf: folder.appendingPathComponent("recruitment-targets.csv"), encoding: .utf8)
    let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    let header = try #require(lines.first)
    let areaColumn = try #require(header.firstIndex(of: "area"))
    let recruitsColumn = try #require(header.firstIndex(of: "households_to_approve"))
    return lines.dropFirst().filter { $0[areaColumn] == Substring(area) }
      .reduce(0) { $0 + (Double($1[recruitsColumn]) ?? .nan) }
  }

  @Test("plan --set changes the plan, and --what-if with the same values gives the same files")
  func setAndWhatIf() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = folder.appendingPathComponent("base")
    let set = folder.appendingPathComponent("set")
    let file = folder.appendingPathComponent("whatif")
    let baseRun = try BinaryRunner.run(["plan", Self.scenario, "--out", base.path])
    #expect(baseRun.exitCode == 0)
    let setRun = try BinaryRunner.run([
      "plan", Self.scenario, "--out", set.path, "--set", "in_house_fostering[east_cleveland].max_recruits_per_year=0",
      "--set", "emergency.blocking_target=0.01",
    ])
    #expect(setRun.exitCode == 0, "\(setRun.standardError)")
    #expect(try recruits(in: base, area: "east_cleveland") > 0)
    #expect(try recruits(in: set, area: "east_cleveland") == 0)
    let whatIf = folder.appendingPathComponent("no-east.yaml")
    try """
    # no recruitment in East Cleveland, fewer turned away
    in_house_fostering[east_cleveland].max_recruits_per_year: 0
    emergency.blocking_target: 0.01
    """.write(to: whatIf, atomically: true, encoding: .utf8)
    #expect(try BinaryRunner.run(["plan", Self.scenario, "--out", file.path, "--what-if", whatIf.path]).exitCode == 0)
    for name in ["plan.json", "recruitment-targets.csv", "emergency-capacity.csv"] {
      let fromSet = try Data(contentsOf: set.appendingPathComponent(name))
      #expect(fromSet == (try Data(contentsOf: file.appendingPathComponent(name))), "\(name)")
      #expect(fromSet != (try Data(contentsOf: base.appendingPathComponent(name))), "\(name)")
    }
    let compare = try BinaryRunner.run(["compare", Self.scenario, "--what-if", whatIf.path])
    #expect(compare.exitCode == 0)
    #expect(compare.standardOutput.contains("Emergency beds to hold (peak year)"))
    #expect(
      compare.standardOutput.contains(
        "with in_house_fostering[east_cleveland].max_recruits_per_year=0, emergency.blocking_target=0.01"))
  }

  @Test("a bad --set value is refused with exit code 2 and the scenario file's message")
  func badSetting() throws {
    for command in ["plan", "report", "sweep", "validate"] {
      let run = try BinaryRunner.run(
        [
          command, Self.scenario, "--out", "/tmp/never-written", "--set", "emergency.blocking_target=1.5",
        ].filter { command != "validate" || !$0.hasPrefix("--out") && $0 != "/tmp/never-written" })
      #expect(run.exitCode == 2, "\(command)")
      #expect(
        run.standardError.contains(
          "--set: error: emergency.blocking_target: 1.5 is out of range. Fix: use a probability such as 0.05 between"),
        "\(command): \(run.standardError)")
    }
    let noEquals = try BinaryRunner.run(["validate", Self.scenario, "--set", "emergency.blocking_target"])
    #expect(noEquals.exitCode == 2)
    #expect(noEquals.standardError.contains("has no '='"))
    let missing = try BinaryRunner.run(["validate", Self.scenario, "--what-if", "/nonexistent/what-if.yaml"])
    #expect(missing.exitCode == 2)
    #expect(missing.standardError.contains("the what-if file cannot be read"))
  }

  @Test("postcode: places areas and providers from the bundled table, run from another folder")
  func postcodesFromAnotherFolder() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = try String(
      contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent(Self.scenario), encoding: .utf8
    )
    .replacingOccurrences(of: "../../Data/", with: BinaryRunner.repositoryRoot.path + "/Data/")
    .replacingOccurrences(
      of: "    latitude: 54.56583     # TS6 (Eston, Normanby, South Bank)\n    longitude: -1.15236\n",
      with: "    postcode: TS6 0AA\n"
    )
    .replacingOccurrences(
      of: "    latitude: 54.56241     # TS18 Stockton\n    longitude: -1.32257\n",
      with: "    postcode: TS18\n")
    #expect(scenario.contains("postcode: TS6 0AA") && scenario.contains("postcode: TS18"))
    let file = folder.appendingPathComponent("scenario.yaml")
    try scenario.write(to: file, atomically: true, encoding: .utf8)
    let run = try BinaryRunner.run(["validate", file.path], in: folder)
    #expect(run.exitCode == 0, "\(run.standardError)")
    let unknown = folder.appendingPathComponent("unknown.yaml")
    try scenario.replacingOccurrences(of: "postcode: TS18", with: "postcode: ZZ99").write(
      to: unknown, atomically: true, encoding: .utf8)
    let refused = try BinaryRunner.run(["validate", unknown.path], in: folder)
    #expect(refused.exitCode == 2)
    #expect(refused.standardError.contains("providers[5].postcode: unknown postcode 'ZZ99'"))
  }

  @Test("generate, forecast and plan with no file work from a folder outside the repository")
  func runsFromAnyFolder() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let generate = try BinaryRunner.run(
      ["generate", "--authorities", "3", "--providers", "20", "--years", "2", "--seed", "1", "--out", "national"],
      in: folder)
    #expect(generate.exitCode == 0, "\(generate.standardError)")
    let forecast = try BinaryRunner.run(["forecast", "--out", "forecast"], in: folder)
    #expect(forecast.exitCode == 0, "\(forecast.standardError)")
    let plan = try BinaryRunner.run(["plan", "--out", "plan"], in: folder)
    #expect(plan.exitCode == 0, "\(plan.standardError)")
    for path in ["national/scenario.yaml", "forecast/forecast.csv", "plan/plan.json"] {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
    }
  }
}

/// `make install PREFIX=...` lays the tool out as bin/sufficiency and share/sufficiency/{Data,Scenarios}; the tool
/// finds its data there from any folder.
@Suite("Installed layout")
struct InstalledLayoutTests {
  @Test("an installed binary plans the default scenario from another folder")
  func installedBinaryFindsItsData() throws {
    guard let executable = BinaryRunner.executable else { throw BinaryRunner.RunnerError.noExecutable }
    let prefix = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: prefix) }
    let fileManager = FileManager.default
    let bin = prefix.appendingPathComponent("bin")
    let share = prefix.appendingPathComponent("share/sufficiency")
    try fileManager.createDirectory(at: bin, withIntermediateDirectories: true)
    try fileManager.createDirectory(at: share, withIntermediateDirectories: true)
    let installed = bin.appendingPathComponent("sufficiency")
    do {
      try fileManager.linkItem(at: executable, to: installed)
    } catch {
      try fileManager.copyItem(at: executable, to: installed)
    }
    for folder in ["Data", "Scenarios"] {
      try fileManager.copyItem(
        at: BinaryRunner.repositoryRoot.appendingPathComponent(folder), to: share.appendingPathComponent(folder))
    }
    let work = prefix.appendingPathComponent("work")
    try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = installed
    process.arguments = ["plan", "--out", "plan"]
    process.currentDirectoryURL = work
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
    #expect(fileManager.fileExists(atPath: work.appendingPathComponent("plan/plan.json").path))
  }
}

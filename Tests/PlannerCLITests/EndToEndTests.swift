import Foundation
import Testing

/// The built binary, run as a user would: every bundled scenario, exit codes, report files.
@Suite("sufficiency binary, end to end", .serialized)
struct EndToEndTests {
  @Test("--version names the tool and the linked GLPK; --help lists the commands")
  func versionAndHelp() throws {
    let version = try BinaryRunner.run(["--version"])
    #expect(version.exitCode == 0)
    #expect(version.standardOutput.contains("sufficiency"))
    #expect(version.standardOutput.contains("GLPK 5") || version.standardOutput.contains("GLPK 4"))
    let help = try BinaryRunner.run(["--help"])
    #expect(help.exitCode == 0)
    for command in ["plan", "validate", "compare", "init", "solvers"] {
      #expect(help.standardOutput.contains(command))
    }
  }

  @Test("every command's --help wraps its paragraphs once: no line breaks off mid-sentence")
  func helpWrappedOnce() throws {
    let help = try BinaryRunner.run(["--help"])
    let subcommands = help.standardOutput.split(separator: "\n").drop { $0 != "SUBCOMMANDS:" }.dropFirst()
      .compactMap { line -> String? in
        guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
        return line.split(separator: " ").first.map(String.init)
      }
    #expect(subcommands.count >= 10 && subcommands.contains("serve"))
    for command in subcommands {
      let run = try BinaryRunner.run([command, "--help"])
      #expect(run.exitCode == 0, "\(command)")
      // The overview and discussion, above USAGE: the parser wraps them at 80 columns, so a line that stops well
      // short of that in mid-sentence, with the sentence going on below, was wrapped in the source as well.
      let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        .prefix { !$0.hasPrefix("USAGE:") }
      for (line, next) in zip(lines, lines.dropFirst()) {
        let brokenOff =
          !line.isEmpty && line.count < 60 && !(line.last.map { ".:)".contains($0) } ?? true)
          && (next.first?.isLowercase ?? false)
        #expect(!brokenOff, "\(command) --help breaks off after: \(line)")
      }
    }
  }

  @Test(
    "plan runs on every bundled scenario, writes every file and keeps solver text off stdout; validate accepts each")
  func everyScenario() throws {
    // Byte-for-byte outputs, across processes, are GoldenOutputTests' job.
    let scenarios = try BinaryRunner.bundledScenarios()
    #expect(!scenarios.isEmpty)
    for scenario in scenarios {
      let folder = try BinaryRunner.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let run = try BinaryRunner.run(["plan", scenario.path, "--out", folder.path])
      #expect(run.exitCode == 0, "\(scenario.path): \(run.standardError)")
      #expect(run.standardOutput.contains("Total cost"))
      #expect(!run.standardOutput.contains("GLPK Simplex"), "solver text must not reach stdout")
      let files = [
        "plan.json", "recruitment-targets.csv", "budget.csv", "placements.csv", "placement-flows.csv",
        "sufficiency-gap.csv", "shadow-prices.csv", "emergency-capacity.csv", "sibling-places.csv", "plan.xlsx",
      ]
      for file in files {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        #expect(!data.isEmpty, "\(file) is empty for \(scenario.lastPathComponent)")
      }
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
      #expect(leftovers.isEmpty)
      let validate = try BinaryRunner.run(["validate", scenario.path])
      #expect(validate.exitCode == 0, "\(validate.standardError)")
    }
  }

  @Test("plan with no argument uses the bundled default scenario")
  func defaultScenario() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try BinaryRunner.run(["plan", "--out", folder.path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("Redcar"))
  }

  @Test("invalid input exits 2 with a message naming the file; a bad flag exits 2")
  func invalidInput() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.yaml")
    try Data().write(to: empty)
    let broken = folder.appendingPathComponent("broken.yaml")
    try Data("name: [unclosed\n".utf8).write(to: broken)
    for path in [empty.path, broken.path, folder.appendingPathComponent("missing.yaml").path] {
      let run = try BinaryRunner.run(["plan", path, "--out", folder.appendingPathComponent("out").path])
      #expect(run.exitCode == 2, "\(path): \(run.standardError)")
      #expect(run.standardError.contains(path))
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
    let badFlag = try BinaryRunner.run(["plan", "--no-such-flag"])
    #expect(badFlag.exitCode == 2)
    let badLimit = try BinaryRunner.run(["plan", "--time-limit", "-3"])
    #expect(badLimit.exitCode == 2)
  }

  @Test("init writes a template that validates and solves; it will not overwrite without --force")
  func initTemplate() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try BinaryRunner.run(["init", folder.path]).exitCode == 0)
    #expect(try BinaryRunner.run(["init", folder.path]).exitCode == 2)
    let scenario = folder.appendingPathComponent("scenario.yaml").path
    #expect(try BinaryRunner.run(["validate", scenario]).exitCode == 0)
    let plan = try BinaryRunner.run(["plan", scenario, "--out", folder.appendingPathComponent("out").path])
    #expect(plan.exitCode == 0, "\(plan.standardError)")
  }

  @Test("compare shows two plans side by side, money as money, and writes compare.csv, compare.html and compare.md")
  func compare() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try BinaryRunner.run(["init", folder.path]).exitCode == 0)
    let template = folder.appendingPathComponent("scenario.yaml").path
    let scenarios = try BinaryRunner.bundledScenarios()
    let run = try BinaryRunner.run(["compare", scenarios[0].path, template, "--out", folder.path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("Total cost"))
    #expect(!run.standardOutput.contains("total_cost_gbp"))
    let totalLine = run.standardOutput.split(separator: "\n").first { $0.hasPrefix("Total cost") } ?? ""
    #expect(totalLine.contains("£") && (totalLine.hasSuffix(" more") || totalLine.hasSuffix(" less")))
    let csv = try String(contentsOf: folder.appendingPathComponent("compare.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("measure,a,b,difference\n"))
    let html = try String(contentsOf: folder.appendingPathComponent("compare.html"), encoding: .utf8)
    #expect(html.contains("<svg") && !html.contains("<script") && html.contains("Side by side"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("compare.md").path))
  }

  @Test("report --risk-draws 0 leaves the sweep out and says so; a negative count is invalid input (exit 2)")
  func reportWithoutRisk() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try BinaryRunner.run(["report", "--risk-draws", "0", "--out", folder.path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
    #expect(markdown.contains("written without a demand sweep") && !markdown.contains("possible futures of demand"))
    let bad = try BinaryRunner.run(["report", "--risk-draws=-1", "--out", folder.path])
    #expect(bad.exitCode == 2)
    #expect(bad.standardError.contains("--risk-draws"))
  }

  @Test("--strict exits 1 when need is unmet; --solver-log captures GLPK's text")
  func strictAndSolverLog() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try BinaryRunner.run(["init", folder.path]).exitCode == 0)
    let scenario = folder.appendingPathComponent("scenario.yaml")
    var text = try String(contentsOf: scenario, encoding: .utf8)
    text = text.replacingOccurrences(of: "places: 60", with: "places: 0")
      .replacingOccurrences(of: "weekly_price: 15000", with: "weekly_price: 15000\n    # (no spare capacity)")
      .replacingOccurrences(
        of:
          "  - id: last_resort\n    name: Unregistered or hotel placement\n    provision: last_resort\n    weekly_price: 15000\n",
        with: "")
    try Data(text.utf8).write(to: scenario)
    let log = folder.appendingPathComponent("solver.log")
    let out = folder.appendingPathComponent("out").path
    let lenient = try BinaryRunner.run(["plan", scenario.path, "--out", out, "--solver-log", log.path])
    #expect(lenient.exitCode == 0, "\(lenient.standardError)")
    #expect(try String(contentsOf: log, encoding: .utf8).contains("GLPK"))
    let strict = try BinaryRunner.run(["plan", scenario.path, "--out", out, "--strict"])
    #expect(strict.exitCode == 1)
  }

  @Test("forecast: the default scenario from its history up to the base year; an SSDA903 folder directly")
  func forecastInputs() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = try BinaryRunner.run(["forecast", "--out", folder.path])
    #expect(scenario.exitCode == 0, "\(scenario.standardError)")
    let csv = try String(contentsOf: folder.appendingPathComponent("forecast.csv"), encoding: .utf8)
    #expect(
      csv.hasPrefix("year,series,need_group,point,lower_80,upper_80,lower_95,upper_95,method\n2019,E06000003,all,"))
    #expect(csv.contains(",residential,"))
    // The chosen method's backtest accuracy is printed beside persistence's, with its interval coverage.
    let accuracy = scenario.standardOutput.split(separator: "\n").first { $0.hasPrefix("E06000003 backtest (") }
    #expect(accuracy?.contains(", persistence ") == true && accuracy?.contains("% ranges held") == true)
    // It says why the method was used and what the columns mean.
    #expect(scenario.standardOutput.contains("\nE06000003 why this method: next year's count is hard to predict"))
    #expect(scenario.standardOutput.contains("It was fixed before it was scored"))
    // And what the plan places per need group, by the rule it states.
    #expect(scenario.standardOutput.contains("E06000003 children the plan places on an average day, by need group"))
    #expect(scenario.standardOutput.contains("Each need group is planned at the level it stays below in 8 years"))
    #expect(scenario.standardOutput.contains("\n  2019 ") && scenario.standardOutput.contains(" (P"))
    #expect(scenario.standardOutput.contains("point: the central forecast"))
    // A small need group's range is wider, relative to its point, than the total's: it carries the binomial split
    // of the children among groups, not just the total's range times a share.
    let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    func relativeWidth(_ group: String) throws -> Double {
      let row = try #require(rows.first { $0.count > 5 && $0[0] == "2019" && $0[2] == group })
      let (point, lower, upper) = (Double(row[3]) ?? 0, Double(row[4]) ?? 0, Double(row[5]) ?? 0)
      #expect(lower <= point && point <= upper, "\(group): \(row)")
      return (upper - lower) / point
    }
    #expect(try relativeWidth("emergency") > 2 * relativeWidth("all"))
    let episodes = BinaryRunner.repositoryRoot.appendingPathComponent("Data/ssda903-synthetic").path
    let fromReturns = try BinaryRunner.run(["forecast", episodes, "--horizon", "2", "--out", folder.path])
    #expect(fromReturns.exitCode == 0, "\(fromReturns.standardError)")
    let given = try BinaryRunner.run(["forecast", "Scenarios/hartlepool-2013/scenario.yaml", "--out", folder.path])
    #expect(given.exitCode == 2)
  }

  @Test("ingest-903 turns the synthetic returns into a history; a missing folder exits 2")
  func ingest() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("history.csv")
    let run = try BinaryRunner.run(["ingest-903", "Data/ssda903-synthetic", "--out", output.path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let text = try String(contentsOf: output, encoding: .utf8)
    #expect(text.hasPrefix("time_period,"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("history-quality.txt").path))
    let missing = try BinaryRunner.run(["ingest-903", folder.appendingPathComponent("nope").path, "--out", output.path])
    #expect(missing.exitCode == 2)
  }

  @Test("ingest-903 --authority writes the returns' placement-stability inputs as a what-if a plan takes")
  func ingestStabilityWhatIf() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("history.csv")
    let run = try BinaryRunner.run([
      "ingest-903", "Data/ssda903-synthetic", "--out", output.path, "--authority", "redcar",
    ])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let whatIf = folder.appendingPathComponent("history-stability.yaml")
    let text = try String(contentsOf: whatIf, encoding: .utf8)
    // In-house fostering's continuation, pooled by hand from the continuation file: in-house and kinship carers.
    let rows = try String(contentsOf: folder.appendingPathComponent("history-continuation.csv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    let inHouse = rows.filter { ["fostering_in_house", "kinship"].contains($0[1]) }
    let placed = inHouse.reduce(0) { $0 + Int($1[2])! }
    let still = inHouse.reduce(0) { $0 + Int($1[3])! }
    let share = String(format: "%.2f", Double(still) / Double(placed))
    #expect(text.contains("stability.continuation: {in_house_fostering: \(share), "), "\(text)")
    #expect(text.contains("demand[redcar].placed_at_base: {in_house_fostering: "))
    #expect(text.contains("demand[redcar].ages.turning_16_share: 0."))
    let plan = try BinaryRunner.run([
      "plan", "Scenarios/redcar-cleveland-2018/scenario.yaml", "--what-if", whatIf.path, "--out",
      folder.appendingPathComponent("plan").path,
    ])
    #expect(plan.exitCode == 0, "\(plan.standardError)")
    // Without --authority no what-if is written, and a stale one is removed.
    let plain = try BinaryRunner.run(["ingest-903", "Data/ssda903-synthetic", "--out", output.path])
    #expect(plain.exitCode == 0)
    #expect(!FileManager.default.fileExists(atPath: whatIf.path))
  }

  @Test("ingest-903 leaves no backtest or projection of an earlier run beside a new history of the same name")
  func ingestRemovesStaleOutputs() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("history.csv")
    let full = try BinaryRunner.run([
      "ingest-903", "Data/ssda903-synthetic", "--out", output.path, "--project-years", "2", "--backtest",
      "--simulations", "20",
    ])
    #expect(full.exitCode == 0, "\(full.standardError)")
    let names = ["history-projection.csv", "history-backtest.csv"]
    for name in names { #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)) }
    let plain = try BinaryRunner.run(["ingest-903", "Data/ssda903-synthetic", "--out", output.path])
    #expect(plain.exitCode == 0, "\(plain.standardError)")
    for name in names { #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)) }
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("history-quality.txt").path))
  }

  @Test("backtest writes one row per method and horizon with persistence among them")
  func backtest() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try BinaryRunner.run([
      "backtest", "Data/cla-panel/la_cla_panel_north_east_2010_2025.csv", "--origins", "2016-2020", "--horizons", "2",
      "--out", folder.path,
    ])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let text = try String(contentsOf: folder.appendingPathComponent("backtest.csv"), encoding: .utf8)
    #expect(
      text.hasPrefix(
        "method,horizon,forecasts,mape,mase,bias,coverage_80,coverage_95,below_80,above_80,is_default\n"))
    // The default is the shrunk combination, the same rule at every origin; the old mislabelled replay row is gone.
    #expect(text.contains("\nCombo(shrunk),1,60,"))
    #expect(!text.contains("Default rule(past MAPE)"))
    #expect(text.contains("\nNaive,1,"))
    #expect(text.contains(",true\n"))
    let forecasts = try String(contentsOf: folder.appendingPathComponent("forecasts.csv"), encoding: .utf8)
    #expect(
      forecasts.hasPrefix(
        "series,name,origin,horizon,target_year,method,forecast,actual,lower_80,upper_80,lower_95,upper_95,is_default\n"
      ))
    // One row per council, origin and horizon for each method: 12 councils × 5 origins for persistence at h = 1.
    let naiveOneStep = forecasts.split(separator: "\n").filter { $0.contains(",1,") && $0.contains(",Naive,") }
    #expect(naiveOneStep.count == 12 * 5)
    #expect(text.contains("\nNaive,1,60,"))
  }

  @Test("backtest --calibrate-on moves only the ranges: the same forecasts, ranges from the other panel's errors")
  func backtestCalibratedOnAnotherPanel() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    func run(_ extra: [String], _ name: String) throws -> (stdout: String, rows: [[String]]) {
      let run = try BinaryRunner.run(
        [
          "backtest", "Data/cla-panel/la_cla_panel_north_east_2010_2025.csv", "--origins", "2016-2020", "--horizons",
          "2", "--out", folder.appendingPathComponent(name).path,
        ] + extra)
      #expect(run.exitCode == 0, "\(run.standardError)")
      let text = try String(
        contentsOf: folder.appendingPathComponent(name).appendingPathComponent("forecasts.csv"), encoding: .utf8)
      return (run.standardOutput, text.split(separator: "\n").map { $0.split(separator: ",").map(String.init) })
    }
    let own = try run([], "own")
    let england = try run(["--calibrate-on", "Data/cla-panel/la_cla_panel_england_2010_2024.csv"], "england")
    #expect(england.stdout.contains("ranges calibrated on the backtest errors of 145 series"))
    #expect(own.rows.count == england.rows.count)
    // Columns: series, name, origin, horizon, target_year, method, forecast, actual, lower_80, upper_80, …
    #expect(zip(own.rows, england.rows).allSatisfy { $0.prefix(8) == $1.prefix(8) })
    #expect(zip(own.rows, england.rows).contains { $0[8] != $1[8] })
  }

  @Test("report writes a self-contained report.html and report.md, byte-identical on a rerun; plan --report too")
  func report() throws {
    let first = try BinaryRunner.temporaryFolder()
    let second = try BinaryRunner.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    let run = try BinaryRunner.run(["report", "--out", first.path])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let scenario = try BinaryRunner.bundledScenarios()[0].path
    let plan = try BinaryRunner.run(["plan", scenario, "--out", second.path, "--report"])
    #expect(plan.exitCode == 0, "\(plan.standardError)")
    let rerun = try BinaryRunner.run(["report", scenario, "--out", first.path])
    #expect(rerun.exitCode == 0)
    for file in ["report.html", "report.md"] {
      let a = try Data(contentsOf: first.appendingPathComponent(file))
      let b = try Data(contentsOf: second.appendingPathComponent(file))
      #expect(!a.isEmpty)
      #expect(a == b, "\(file) differs between report and plan --report on \(scenario)")
    }
    let html = try String(contentsOf: first.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("<svg") && !html.contains("<script") && !html.contains("src="))
    #expect(FileManager.default.fileExists(atPath: second.appendingPathComponent("plan.json").path))
  }
}

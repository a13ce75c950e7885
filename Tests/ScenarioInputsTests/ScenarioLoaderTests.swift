import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

/// Loading scenario text: good files load, bad ones give every problem with its line, field path and a fix.
@Suite("Scenario loading and validation")
struct ScenarioLoaderTests {
  static let valid = """
    name: Test
    base_year: 2020
    horizon_years: 2
    authorities:
      - {id: la, name: Test LA}
    areas:
      - {id: north, authority: la, latitude: 54.6, longitude: -1.1, demand_share: 0.5}
      - {id: south, authority: la, latitude: 54.5, longitude: -1.0, demand_share: 0.5}
    demand:
      - authority: la
        totals: {2021: 100, 2022: 110}
        need_mix: {mainstream_fostering: 0.7, residential: 0.3}
    providers:
      - {id: ifa, provision: ifa, latitude: 54.55, longitude: -1.2, places: 40, weekly_price: 800}
      - {id: homes, provision: external_residential, latitude: 54.7, longitude: -1.5, places: 40, weekly_price: 4000}
    in_house_fostering:
      - {area: north, households: 20, weekly_cost: 450, max_recruits_per_year: 4}
    """

  func load(_ text: String, folder: URL = URL(fileURLWithPath: "/tmp")) throws -> ScenarioLoader.Result {
    try ScenarioLoader.load(text: text, path: "test.yaml", folder: folder)
  }

  func issues(_ text: String, folder: URL = URL(fileURLWithPath: "/tmp")) -> [ScenarioIssue] {
    do {
      _ = try load(text, folder: folder)
      return []
    } catch let error as ScenarioError {
      return error.issues
    } catch {
      Issue.record("unexpected error \(error)")
      return []
    }
  }

  @Test("a valid scenario loads with defaults filled in")
  func validScenario() throws {
    let result = try load(Self.valid)
    #expect(result.scenario.planYears == [2021, 2022])
    #expect(result.scenario.needGroups.count == 6)
    #expect(result.scenario.inHouseFostering[0].annualAttrition == 0.11)
    #expect(result.warnings.isEmpty)
    #expect(result.contentHash.count == 16)
  }

  @Test("every problem is reported at once, with lines and paths")
  func everyProblemAtOnce() {
    let text = Self.valid
      .replacingOccurrences(of: "places: 40, weekly_price: 800", with: "places: -5, weekly_price: .nan")
      .replacingOccurrences(of: "residential: 0.3}", with: "residental: 0.3}")
      .replacingOccurrences(of: "{area: north,", with: "{area: west,")
    let found = issues(text)
    #expect(found.contains { $0.path == "providers[0].places" && $0.message.contains("out of range") && $0.line == 14 })
    #expect(found.contains { $0.path == "providers[0].weekly_price" && $0.message.contains("not a finite number") })
    #expect(found.contains { $0.path.hasPrefix("demand[0].need_mix.residental") && $0.fix.contains("use one of") })
    #expect(found.contains { $0.path == "in_house_fostering[0].area" && $0.message.contains("unknown area 'west'") })
    #expect(found.allSatisfy { $0.line != nil })
  }

  @Test("a horizon mismatch names the missing years")
  func horizonMismatch() {
    let found = issues(Self.valid.replacingOccurrences(of: "horizon_years: 2", with: "horizon_years: 3"))
    #expect(found.contains { $0.path == "demand[0].totals" && $0.message.contains("2023") })
  }

  @Test("a distance limit that leaves a need group with nowhere to go is an error")
  func unreachableNeed() {
    let text =
      Self.valid + """

        need_groups:
          - {id: mainstream_fostering, max_miles: 5}
          - {id: residential, max_miles: 1}
        """
    let found = issues(
      text.replacingOccurrences(
        of: "in_house_fostering:\n  - {area: north, households: 20, weekly_cost: 450, max_recruits_per_year: 4}\n",
        with: ""))
    #expect(found.contains { $0.message.contains("'residential'") && $0.message.contains("no possible provider") })
  }

  @Test("in-house supply without a recruitment limit is a warning, not an error")
  func noRecruitmentWarning() throws {
    let result = try load(Self.valid.replacingOccurrences(of: ", max_recruits_per_year: 4}", with: "}"))
    #expect(result.warnings.count == 1)
    #expect(result.warnings[0].message.contains("max_recruits_per_year"))
    #expect(result.warnings[0].line == 17)
  }

  @Test("unknown fields get a did-you-mean suggestion")
  func unknownField() {
    let found = issues(
      Self.valid.replacingOccurrences(of: "horizon_years: 2", with: "horizon_years: 2\nhorizon_yaers: 3"))
    #expect(found.contains { $0.message.contains("unknown field 'horizon_yaers'") && $0.fix.contains("horizon_years") })
  }

  @Test("empty and malformed files are invalid input with a line")
  func emptyAndMalformed() {
    #expect(issues("   \n").first?.message == "the file is empty")
    let malformed = issues("name: x\nareas:\n  - id: a\n   bad: [\n")
    #expect(malformed.count == 1)
    #expect(malformed[0].line != nil)
    #expect(malformed[0].message.hasPrefix("YAML"))
  }

  @Test("a missing file is reported with its path")
  func missingFile() {
    #expect(throws: ScenarioError.self) {
      try ScenarioLoader.load(from: URL(fileURLWithPath: "/nonexistent/scenario.yaml"))
    }
  }

  @Test("need mixes must add up to 1")
  func needMixSum() {
    let found = issues(Self.valid.replacingOccurrences(of: "residential: 0.3}", with: "residential: 0.2}"))
    #expect(found.contains { $0.path == "demand[0].need_mix" && $0.message.contains("add up to") })
  }

  @Test("bundled scenarios load without errors")
  func bundledScenarios() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios")
    let folders = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    var loaded = 0
    for folder in folders {
      let file = root.appendingPathComponent(folder).appendingPathComponent("scenario.yaml")
      guard FileManager.default.fileExists(atPath: file.path) else { continue }
      _ = try ScenarioLoader.load(from: file)
      loaded += 1
    }
    #expect(loaded >= 1)
  }

  @Test("a forecast's levers are read, described in plain words, and checked")
  func forecastLevers() throws {
    let history = FileManager.default.temporaryDirectory.appendingPathComponent("levers-history.csv")
    try Data("time_period,new_la_code,la_name,cla_31mar\n2019,E1,A,100\n2020,E1,A,101\n".utf8).write(to: history)
    defer { try? FileManager.default.removeItem(at: history) }
    func scenario(_ levers: String) -> String {
      Self.valid.replacingOccurrences(
        of: "totals: {2021: 100, 2022: 110}",
        with: "forecast: {history: \(history.path), series: E1, levers: {\(levers)}}")
    }
    let loaded = try load(scenario("entries_multiplier: 0.9, entries_added_per_year: 12, exits_added_per_year: -1"))
    guard case .forecast(let demand) = loaded.scenario.demand[0].source else {
      Issue.record("expected a forecast demand")
      return
    }
    let levers = try #require(demand.levers)
    #expect(levers == ForecastLevers(entriesMultiplier: 0.9, entriesAddedPerYear: 12, exitsAddedPerYear: -1))
    #expect(
      levers.phrases == [
        "10% fewer children entering care each year", "12 more children entering care each year",
        "1 fewer child leaving care each year",
      ])
    let bad = issues(scenario("entries_multiplier: -1, exit_multiplier: 2"))
    #expect(bad.contains { $0.description.contains("entries_multiplier") && $0.description.contains("out of range") })
    #expect(bad.contains { $0.description.contains("exit_multiplier") })
  }

  @Test("a lever given year by year holds its plan years, is described by financial year, and rejects other years")
  func forecastLeversByYear() throws {
    let history = FileManager.default.temporaryDirectory.appendingPathComponent("levers-yearly-history.csv")
    try Data("time_period,new_la_code,la_name,cla_31mar\n2019,E1,A,100\n2020,E1,A,101\n".utf8).write(to: history)
    defer { try? FileManager.default.removeItem(at: history) }
    func scenario(_ levers: String) -> String {
      Self.valid.replacingOccurrences(
        of: "totals: {2021: 100, 2022: 110}",
        with: "forecast: {history: \(history.path), series: E1, levers: {\(levers)}}")
    }
    let loaded = try load(scenario("entries_multiplier: {2022: 0.8}, exits_added_per_year: 2"))
    guard case .forecast(let demand) = loaded.scenario.demand[0].source else {
      Issue.record("expected a forecast demand")
      return
    }
    let levers = try #require(demand.levers)
    #expect(levers == ForecastLevers(exitsAddedPerYear: 2, entriesMultiplierByYear: [2022: 0.8]))
    #expect(levers.values(in: 2021).entriesMultiplier == 1 && levers.values(in: 2022).entriesMultiplier == 0.8)
    #expect(levers.values(in: 2021).exitsAdded == 2 && levers.values(in: 2022).exitsAdded == 2)
    #expect(
      levers.phrases == ["children entering care: 20% fewer in 2021-22", "2 more children leaving care each year"])
    let bad = issues(scenario("entries_added_per_year: {2035: 4, next: 1, 2021: 20000}"))
    #expect(bad.contains { $0.description.contains("'2035' is not a plan year") })
    #expect(bad.contains { $0.description.contains("'next' is not a plan year") })
    #expect(bad.contains { $0.description.contains("out of range") })
  }
}

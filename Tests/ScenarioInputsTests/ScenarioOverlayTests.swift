import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

/// What-ifs: `--set PATH=VALUE` and what-if files change a scenario's values without editing it, and every changed
/// value is checked exactly as if it were in the scenario file.
@Suite("Scenario what-ifs (--set and what-if files)")
struct ScenarioOverlayTests {
  func load(_ settings: [String], text: String = ScenarioLoaderTests.valid) throws -> ScenarioLoader.Result {
    let overlay = ScenarioOverlay(changes: try settings.map(ScenarioOverlay.setting))
    return try ScenarioLoader.load(
      text: text, path: "test.yaml", folder: URL(fileURLWithPath: "/tmp"),
      options: ScenarioLoader.Options(overlay: overlay))
  }

  func issues(_ settings: [String], text: String = ScenarioLoaderTests.valid) -> [ScenarioIssue] {
    do {
      _ = try load(settings, text: text)
      Issue.record("expected the what-if to be refused")
      return []
    } catch let error as ScenarioError {
      return error.issues
    } catch {
      Issue.record("unexpected error \(error)")
      return []
    }
  }

  @Test("list items are picked by id or position, and missing keys and years are created")
  func changesValues() throws {
    let result = try load([
      "in_house_fostering[north].max_recruits_per_year=9", "in_house_fostering[0].annual_attrition=0.2",
      "providers[homes].weekly_price=£4,250", "policy.budget_ceiling.2022=5000000",
      "demand[la].totals.2022=130", "emergency=",
    ])
    let scenario = result.scenario
    #expect(scenario.inHouseFostering[0].maximumRecruitsPerYear == 9)
    #expect(scenario.inHouseFostering[0].annualAttrition == 0.2)
    #expect(scenario.providers[1].weeklyPrice == 4250)
    #expect(scenario.providers[0].weeklyPrice == 800)
    #expect(scenario.policy.budgetCeilingByYear == [2022: 5_000_000])
    guard case .totals(let totals) = scenario.demand[0].source else {
      Issue.record("demand should stay totals")
      return
    }
    #expect(totals == [2021: 100, 2022: 130])
    #expect(try load([]).contentHash != result.contentHash)
    #expect(try load([]).contentHash == (try load([])).contentHash)
  }

  @Test("an empty value removes the key, so its default applies")
  func emptyValueRestoresDefault() throws {
    let text = ScenarioLoaderTests.valid.replacingOccurrences(
      of: "{area: north, households: 20,", with: "{area: north, annual_attrition: 0.3, households: 20,")
    #expect(try load([], text: text).scenario.inHouseFostering[0].annualAttrition == 0.3)
    #expect(
      try load(["in_house_fostering[north].annual_attrition="], text: text).scenario.inHouseFostering[0].annualAttrition
        == 0.11)
  }

  @Test("a bad value gets the scenario file's message and fix, attributed to --set and the path as written")
  func sameValidationAsTheFile() throws {
    let inFile = ScenarioLoaderTests.valid.replacingOccurrences(
      of: "max_recruits_per_year: 4", with: "max_recruits_per_year: -3")
    let fileIssue = try #require(issuesOfText(inFile).first)
    let setIssue = try #require(issues(["in_house_fostering[north].max_recruits_per_year=-3"]).first)
    #expect(setIssue.message == fileIssue.message)
    #expect(setIssue.fix == fileIssue.fix)
    #expect(setIssue.file == "--set")
    #expect(setIssue.path == "in_house_fostering[north].max_recruits_per_year")
    #expect(
      setIssue.description.hasPrefix(
        "--set: error: in_house_fostering[north].max_recruits_per_year: -3 is out of range"))
  }

  @Test("paths that name nothing are refused with the choices")
  func unknownPaths() {
    let found = issues([
      "in_house_fostering[west].households=3", "policy.min_in_house_fostering_shar=0.5", "name.first=x",
      "providers.weekly_price=3",
    ])
    #expect(
      found.contains { $0.message == "'in_house_fostering' has no item 'west'" && $0.fix.contains("use one of north") })
    #expect(
      found.contains {
        $0.message.contains("unknown field 'min_in_house_fostering_shar'")
          && $0.fix.contains("did you mean 'min_in_house_fostering_share'") && $0.file == "--set"
      })
    #expect(found.contains { $0.path == "name.first" && $0.message.contains("is a single value") })
    #expect(found.contains { $0.path == "providers.weekly_price" && $0.message.contains("is a list") })
    #expect(found.count == 4)
  }

  @Test("--set needs PATH=VALUE and a well-formed path")
  func badArguments() {
    #expect(throws: ScenarioError.self) { try ScenarioOverlay.setting("policy.min_in_house_fostering_share") }
    #expect(throws: ScenarioError.self) { try ScenarioOverlay.setting("areas[north.latitude=3") }
    #expect(throws: ScenarioError.self) { try ScenarioOverlay.setting("areas..latitude=3") }
    #expect(throws: ScenarioError.self) { try ScenarioOverlay.setting("[0].id=3") }
    #expect(throws: ScenarioError.self) { try ScenarioOverlay.setting("areas[0]x=3") }
    #expect((try? ScenarioOverlay.setting("areas[0].latitude=54.2"))?.value == "54.2")
  }

  @Test("a what-if file round-trips, and its problems name the file and line")
  func whatIfFile() throws {
    let overlay = ScenarioOverlay(changes: [
      .init(path: "in_house_fostering[north].max_recruits_per_year", value: "9"),
      .init(path: "name", value: "Test: a what-if # with a hash"),
      .init(path: "policy.budget_ceiling", value: ""),
      .init(path: "in_house_fostering[north].max_recruits_per_year", value: "-4"),
    ])
    let text = overlay.fileText(comment: ["What-if on test.yaml", "Saved by tester"])
    #expect(text.hasPrefix("# What-if on test.yaml\n# Saved by tester\n"))
    let read = try ScenarioOverlay.parse(text, file: "w.yaml")
    #expect(
      read.changes.map(\.path) == ["in_house_fostering[north].max_recruits_per_year", "name", "policy.budget_ceiling"])
    #expect(read.changes.map(\.value) == ["-4", "Test: a what-if # with a hash", ""])
    #expect(read.changes[0].origin == ScenarioOverlay.Origin(file: "w.yaml", line: 3))
    do {
      _ = try ScenarioLoader.load(
        text: ScenarioLoaderTests.valid, path: "test.yaml", folder: URL(fileURLWithPath: "/tmp"),
        options: ScenarioLoader.Options(overlay: read))
      Issue.record("a negative recruitment limit must be refused")
    } catch let error as ScenarioError {
      #expect(
        error.issues.map(\.description) == [
          "w.yaml:3: error: in_house_fostering[north].max_recruits_per_year: -4 is out of range. Fix: use a number of households between 0 and 100000"
        ])
    }
    #expect(throws: ScenarioError.self) { try ScenarioOverlay.parse("- a\n- b\n", file: "w.yaml") }
    #expect(throws: ScenarioError.self) { try ScenarioOverlay.parse("areas[: 3\n", file: "w.yaml") }
  }

  func issuesOfText(_ text: String) -> [ScenarioIssue] {
    do {
      _ = try load([], text: text)
      return []
    } catch let error as ScenarioError {
      return error.issues
    } catch {
      return []
    }
  }
}

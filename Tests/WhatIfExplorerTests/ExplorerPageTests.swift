import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

@testable import WhatIfExplorer

/// The levers offered for the bundled default scenario, and how a submitted form becomes a what-if.
@Suite("Explorer levers and form")
struct ExplorerPageTests {
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func defaultScenario() throws -> Scenario {
    try ScenarioLoader.load(
      from: Self.repositoryRoot.appendingPathComponent("Scenarios/redcar-cleveland-2018/scenario.yaml")
    ).scenario
  }

  @Test("the default scenario's levers carry its own values and paths that --set accepts")
  func defaultLevers() throws {
    let scenario = try defaultScenario()
    let levers = LeverCatalogue.levers(
      for: scenario, yamlProviderIDs: Set(scenario.providers.map(\.id.rawValue)))
    let byPath = Dictionary(uniqueKeysWithValues: levers.map { ($0.path, $0) })
    #expect(byPath["demand[redcar].forecast.quantile"]?.baseline == "0.8")
    #expect(byPath["in_house_fostering[east_cleveland].max_recruits_per_year"]?.baseline == "5")
    #expect(byPath["in_house_fostering[greater_eston].annual_attrition"]?.baseline == "0.11")
    #expect(byPath["providers[ifa_teesside].weekly_price"]?.baseline == "689")
    #expect(byPath["providers[homes_yorkshire].weekly_price"]?.group == "Residential prices")
    #expect(byPath["providers[emergency_tees_valley].weekly_price"] == nil)
    #expect(byPath["emergency.arrivals_per_year"]?.baseline == "24")
    #expect(byPath["emergency.blocking_target"]?.baseline == "0.05")
    #expect(byPath["policy.min_in_house_fostering_share"]?.baseline == "0.6")
    #expect(byPath["policy.budget_ceiling"]?.baseline == "")
    // Every lever's path, set to its own value, loads the same scenario.
    let overlay = ScenarioOverlay(
      changes: levers.filter { !$0.baseline.isEmpty }.map { .init(path: $0.path, value: $0.baseline) })
    let reloaded = try ScenarioLoader.load(
      from: Self.repositoryRoot.appendingPathComponent("Scenarios/redcar-cleveland-2018/scenario.yaml"),
      options: ScenarioLoader.Options(overlay: overlay))
    #expect(reloaded.scenario == scenario)
  }

  @Test("form fields decode, and only values that differ from the scenario become changes")
  func formFields() {
    let form = FormFields(encoded: "a=1&b=x+y&c=%C2%A3450&extra=policy.budget_ceiling%3D5000000&a=2")
    #expect(form["a"] == "2")
    #expect(form["b"] == "x y")
    #expect(form["c"] == "£450")
    #expect(form.all("extra") == ["policy.budget_ceiling=5000000"])
    #expect(FormFields(encoded: FormFields.encode([("in_house[a].b", "£4 5")]))["in_house[a].b"] == "£4 5")
  }
}

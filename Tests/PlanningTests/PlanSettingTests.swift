import Foundation
import GLPKBackend
import PlacementDomain
import Planning
import Testing

/// The plan carries what it was made for, and `plan.json` still holds every other field.
@Suite("The plan's setting")
struct PlanSettingTests {
  private func plan() throws -> Plan {
    let scenario = ScenarioBuilder().build()
    let demand = try DemandResolver().resolve(scenario)
    return try Planner(solver: GLPKSolver()).plan(scenario, demand: demand, scenarioHash: "test").plan
  }

  @Test("a solved plan carries its scenario's places, names and policies")
  func planCarriesItsSetting() throws {
    let scenario = ScenarioBuilder().build()
    let plan = try plan()
    #expect(plan.setting == PlanSetting(scenario))
    #expect(plan.setting.authorities.map(\.id) == scenario.authorities.map(\.id))
  }

  @Test("plan.json holds every field of the plan but its setting, and reads back without it")
  func jsonHoldsEveryFieldButTheSetting() throws {
    let plan = try plan()
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(plan)
    let keys = Set(try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys)
    let fields = Set(Mirror(reflecting: plan).children.compactMap(\.label))
    // A field missing here is one the plan's CodingKeys leave out: add it there, or plan.json loses it.
    #expect(fields.subtracting(keys) == ["setting"])
    let decoded = try JSONDecoder().decode(Plan.self, from: data)
    #expect(decoded.setting == PlanSetting())
    #expect(try encoder.encode(decoded) == data)
  }
}

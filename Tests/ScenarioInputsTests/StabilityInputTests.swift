import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

/// The placement-stability inputs read, checked and explained: placements at the base date, continuation rates,
/// planned moves, shared in-house pools and care leavers staying put.
@Suite("Placement-stability inputs")
struct StabilityInputTests {
  let valid = ScenarioLoaderTests.valid

  func issues(_ text: String) -> [ScenarioIssue] {
    ScenarioLoaderTests().issues(text, folder: URL(fileURLWithPath: "/tmp"))
  }

  /// The valid scenario with lines added to its demand entry and a `stability` section.
  func scenario(demand: String = "", stability: String) -> String {
    valid.replacingOccurrences(
      of: "    need_mix: {mainstream_fostering: 0.7, residential: 0.3}\n",
      with: "    need_mix: {mainstream_fostering: 0.7, residential: 0.3}\n" + demand) + "\n" + stability
  }

  @Test("the inputs are read, and today's mix defaults to the placements at the base date")
  func read() throws {
    let text = scenario(
      demand: "    placed_at_base: {in_house_fostering: 60, ifa: 30}\n    staying_put: 4\n",
      stability: """
        stability:
          continuation: {ifa: 0.6}
          planned_moves:
            - {from: residential, to: mainstream_fostering, max_per_year: 2, cost_per_move: 9000, success_rate: 0.8}

        """)
    let scenario = try ScenarioLoaderTests().load(text, folder: URL(fileURLWithPath: "/tmp")).scenario
    #expect(scenario.demand[0].placedAtBase == ["in_house_fostering": 60, "ifa": 30])
    #expect(scenario.demand[0].stayingPut == [2021: 4, 2022: 4])
    #expect(scenario.statusQuoMix == ["in_house_fostering": 60, "ifa": 30])
    #expect(scenario.stability.continuation == ["ifa": 0.6])
    let ifa = try #require(scenario.provisionType("ifa"))
    let homes = try #require(scenario.provisionType("external_residential"))
    #expect(scenario.stability.continuation(of: ifa) == 0.6)
    #expect(scenario.stability.continuation(of: homes) == 0.55)
    #expect(scenario.stability.plannedMoves.map(\.successRate) == [0.8])
  }

  @Test("unknown provision types, need groups and councils are errors at their field")
  func unknownReferences() {
    let found = issues(
      scenario(
        demand: "    placed_at_base: {fostering: 60}\n",
        stability: """
          stability:
            continuation: {ifa_agency: 0.6}
            planned_moves:
              - {from: residential, to: residential, max_per_year: 2, cost_per_move: 9000, success_rate: 0.8}
              - {from: emergency, to: fostering, max_per_year: 2, cost_per_move: 9000, success_rate: 0.8}
            shared_in_house_pools:
              - {name: partnership, authorities: [la, elsewhere]}

          """))
    let paths = found.filter { $0.severity == .error }.map(\.path)
    #expect(paths.contains("demand[0].placed_at_base.fostering"), "\(found)")
    #expect(paths.contains("stability.continuation.ifa_agency"))
    #expect(paths.contains("stability.planned_moves[0].to"))
    #expect(paths.contains("stability.planned_moves[1].to"))
    #expect(paths.contains("stability.planned_moves[1]"))
    #expect(paths.contains("stability.shared_in_house_pools[0].authorities"))
  }

  @Test("a continuation rate outside 0-1 and a planned move without its cost are errors")
  func badNumbers() {
    let found = issues(
      scenario(
        stability: """
          stability:
            continuation: {ifa: 1.4}
            planned_moves:
              - {from: residential, to: mainstream_fostering, max_per_year: 2, success_rate: 0.8}

          """))
    #expect(found.contains { $0.path == "stability.continuation.ifa" && $0.severity == .error }, "\(found)")
    #expect(found.contains { $0.message.contains("cost_per_move") && $0.severity == .error })
  }
}

import Foundation
import HistoryInputs
import PlacementDomain
import Planning
import ScenarioInputs
import Statistics
import Testing

@Suite("Sweep draws carry each need group's own uncertainty, as the plan's group levels do")
struct SweepGroupDrawsTests {
  /// The bundled default scenario (Redcar & Cleveland from 2018, forecast demand at P80).
  func defaultScenario() throws -> Scenario {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios/redcar-cleveland-2018/scenario.yaml")
    return try ScenarioLoader.load(from: file).scenario
  }

  @Test("over 4,000 draws each group's P80 is the plan's own P80 (GroupIntervals); the groups add up to the draw")
  func groupQuantilesMatchThePlan() throws {
    let scenario = try defaultScenario()
    let forecaster = HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:))
    let specification = try #require(scenario.demand.first)
    guard case .forecast(let forecast) = specification.source else {
      Issue.record("the default scenario's demand is forecast")
      return
    }
    let shares = specification.groupShares(placedShare: forecast.placedShare, in: scenario)
    let planned = try forecaster.forecast(
      forecast, groupShares: shares, baseYear: scenario.baseYear, years: scenario.planYears)
    let groupPlan = try #require(planned.needGroups)
    let count = 4000
    let draws = try SweepDemandDraws(
      scenario: scenario, base: try DemandResolver(forecaster: forecaster).resolve(scenario), count: count, seed: 1,
      noise: 0.1, forecaster: forecaster)
    // The first authority's paths are seeded with the sweep's seed itself.
    let totals = try forecaster.simulatedTotals(
      forecast, baseYear: scenario.baseYear, years: scenario.planYears, paths: count, seed: 1)
    let authority = specification.authority
    var byGroup: [Int: [NeedGroupID: [Double]]] = [:]
    for draw in 0..<count {
      let table = draws.demand(draw: draw)
      for year in scenario.planYears {
        let needs = try #require(table.placements[year]?[authority])
        #expect(Set(needs.keys) == Set(shares.map(\.need)))
        #expect(needs.values.allSatisfy { $0 >= 0 })
        let drawn = (totals[draw][year] ?? 0) * forecast.placedShare
        #expect(abs(needs.values.reduce(0, +) - drawn) < 1e-9 * max(1, drawn))
        for (need, children) in needs { byGroup[year, default: [:]][need, default: []].append(children) }
      }
    }
    var compared = 0
    for level in groupPlan.levels where !level.takesRemainder {
      let sample = try #require(byGroup[level.year]?[NeedGroupID(level.needGroup)]).sorted()
      let swept = SampleQuantile.type7(sample, forecast.quantile)
      // Two 4,000-draw samples of whole-number counts: within one child, or 3 % for the larger groups.
      #expect(
        abs(swept - level.children) <= max(1, 0.03 * level.children),
        "\(level.needGroup) \(level.year): sweep P80 \(swept), plan \(level.children)")
      compared += 1
    }
    #expect(compared == (shares.count - 1) * scenario.planYears.count)
  }

  @Test("the split is the same for a draw whichever draws are asked for, and differs between draws and seeds")
  func repeatable() throws {
    let scenario = try defaultScenario()
    let forecaster = HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:))
    let base = try DemandResolver(forecaster: forecaster).resolve(scenario)
    let make = { (seed: UInt64) in
      try SweepDemandDraws(scenario: scenario, base: base, count: 20, seed: seed, noise: 0.1, forecaster: forecaster)
    }
    let first = try make(4)
    let second = try make(4)
    for draw in [19, 0, 7] { #expect(first.demand(draw: draw) == second.demand(draw: draw)) }
    #expect(first.demand(draw: 3) != first.demand(draw: 4))
    #expect(first.demand(draw: 3) != (try make(5)).demand(draw: 3))
  }

  @Test("a group keeps its quantile through a draw's years: high in one year of a future, high in the next")
  func groupsPersist() throws {
    let scenario = try defaultScenario()
    let forecaster = HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:))
    let base = try DemandResolver(forecaster: forecaster).resolve(scenario)
    let draws = try SweepDemandDraws(
      scenario: scenario, base: base, count: 400, seed: 2, noise: 0.1, forecaster: forecaster)
    let authority = try #require(scenario.demand.first?.authority)
    let years = scenario.planYears
    // Residential children's share of the placed children in the first and last plan years, draw by draw.
    let pairs = (0..<draws.count).map { draw -> (Double, Double) in
      let table = draws.demand(draw: draw)
      let share = { (year: Int) -> Double in
        let needs = table.placements[year]?[authority] ?? [:]
        return (needs["residential"] ?? 0) / max(1, needs.values.reduce(0, +))
      }
      return (share(years[0]), share(years[years.count - 1]))
    }
    let means = (pairs.map(\.0).reduce(0, +) / 400, pairs.map(\.1).reduce(0, +) / 400)
    let covariance = pairs.map { ($0.0 - means.0) * ($0.1 - means.1) }.reduce(0, +)
    let spreads = (
      pairs.map { ($0.0 - means.0) * ($0.0 - means.0) }.reduce(0, +),
      pairs.map { ($0.1 - means.1) * ($0.1 - means.1) }.reduce(0, +)
    )
    // Independent splits each year would give a correlation near 0 (about ±0.1 over 400 draws).
    #expect(covariance / (spreads.0 * spreads.1).squareRoot() > 0.6)
  }
}

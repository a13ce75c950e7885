import Foundation
import GLPKBackend
import HistoryInputs
import LinearProgramming
import PlacementDomain
import Planning
import ScenarioInputs
import Statistics
import Testing

@Suite("Demand sweep")
struct DemandSweepTests {
  func sweep(_ scenario: Scenario) throws -> (DemandSweep, SweepDemandDraws) {
    let demand = try DemandResolver().resolve(scenario)
    let draws = try SweepDemandDraws(
      scenario: scenario, base: demand, count: 6, seed: 42, noise: 0.3,
      forecaster: HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)))
    return (DemandSweep(scenario: scenario, demand: demand, solver: GLPKSolver(), options: SolveOptions()), draws)
  }

  @Test(
    "warm re-solves from the previous basis give the same optimum as rebuilding and solving each draw cold",
    arguments: [false, true])
  func warmEqualsCold(wholeRecruits: Bool) throws {
    var builder = ScenarioBuilder(horizonYears: 3, attrition: 0.1, maximumRecruits: 3)
    builder.wholeRecruits = wholeRecruits
    let (sweep, draws) = try sweep(builder.build())
    #expect(sweep.formulation.program.hasIntegerVariables == wholeRecruits)
    let all = Array(0..<draws.count)
    let warm = try sweep.runWarm(draws: all, demand: draws.demand(draw:))
    let cold = try sweep.runCold(draws: all, demand: draws.demand(draw:))
    #expect(warm.count == 6 && cold.count == 6)
    for (hot, reference) in zip(warm, cold) {
      #expect(abs(hot.objective - reference.objective) <= 1e-6 * max(1, abs(reference.objective)))
      #expect(abs(hot.unmetPlacementYears - reference.unmetPlacementYears) < 1e-6)
      // Each plan year's spending and recruitment add up to the horizon's.
      #expect(hot.annualCost.keys.sorted() == sweep.scenario.planYears)
      #expect(abs(hot.annualCost.values.reduce(0, +) - hot.totalCost) <= 1e-6 * max(1, hot.totalCost))
      #expect(abs(hot.householdsRecruitedByYear.values.reduce(0, +) - hot.householdsRecruited) < 1e-6)
      // Each draw's demand by need group is kept with its figures, the same warm and cold.
      #expect(hot.childrenByNeed.keys.sorted() == sweep.scenario.planYears)
      #expect(hot.childrenByNeed == reference.childrenByNeed)
    }
    // The draws really differ (noise 0.3), so the warm path re-solved rather than reusing one answer.
    #expect(Set(warm.map { ($0.objective * 100).rounded() }).count > 1)
  }

  @Test("large LPs priced draw by draw (here forced on Tees Valley) give the batched sweep's and cold optima")
  func pricedDrawsEqualBatched() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios/tees-valley-regional/scenario.yaml")
    let (batched, draws) = try sweep(try ScenarioLoader.load(from: file).scenario)
    var priced = batched
    priced.pricingThreshold = 0
    let all = Array(0..<draws.count)
    let reference = try batched.runWarm(draws: all, demand: draws.demand(draw:))
    let warm = try priced.runWarm(draws: all, demand: draws.demand(draw:))
    let cold = try priced.runCold(draws: [0, 5], demand: draws.demand(draw:))
    #expect(warm.count == 6 && Set(reference.map { ($0.objective * 100).rounded() }).count > 1)
    for (hot, expected) in zip(warm, reference) {
      #expect(abs(hot.objective - expected.objective) <= 1e-7 * abs(expected.objective))
      #expect(abs(hot.unmetPlacementYears - expected.unmetPlacementYears) < 1e-6)
    }
    for (result, draw) in zip(cold, [0, 5]) {
      #expect(abs(result.objective - reference[draw].objective) <= 1e-7 * abs(reference[draw].objective))
    }
  }

  @Test("each draw's demand depends only on the seed and the draw number, so shards draw what one run draws")
  func drawsAreRepeatable() throws {
    let scenario = ScenarioBuilder(horizonYears: 2).build()
    let (_, first) = try sweep(scenario)
    let (_, second) = try sweep(scenario)
    for draw in [5, 0, 3] { #expect(first.demand(draw: draw) == second.demand(draw: draw)) }
    #expect(first.demand(draw: 1) != first.demand(draw: 2))
  }

  @Test("quantiles interpolate between order statistics (type 7)")
  func quantiles() {
    // NumPy: np.quantile([1, 2, 3, 4], [0.1, 0.5, 0.9]) = [1.3, 2.5, 3.7].
    let values = [1.0, 2, 3, 4]
    #expect(abs(SampleQuantile.type7(values, 0.1) - 1.3) < 1e-12)
    #expect(abs(SampleQuantile.type7(values, 0.5) - 2.5) < 1e-12)
    #expect(abs(SampleQuantile.type7(values, 0.9) - 3.7) < 1e-12)
    #expect(SampleQuantile.type7([7], 0.9) == 7)
  }
}

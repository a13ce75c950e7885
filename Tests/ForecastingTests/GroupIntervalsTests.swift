import Foundation
import Statistics
import Testing

@testable import Forecasting

@Suite("Need-group intervals carry the group's own uncertainty")
struct GroupIntervalsTests {
  /// A forecast of a known total with no uncertainty of its own (too few errors to calibrate).
  private func certainTotal(_ value: Double, years: Int) -> Forecast {
    Forecast(
      seriesID: "T", method: "Naive", trainingYears: 2010...2018, years: Array(2019..<(2019 + years)),
      point: Array(repeating: value, count: years), errors: ErrorDistribution(logErrorsByHorizon: [[]]),
      backtest: nil)
  }

  @Test("With a certain total and a fixed share, the group's bounds are binomial quantiles, not the point")
  func certainTotal_givesBinomialBounds() {
    // 200 children, a 1.25 % share: mean 2.5. Binomial(200, 0.0125): P(X ≤ 0) = 0.081, P(X ≤ 1) = 0.286,
    // P(X ≤ 4) = 0.893, P(X ≤ 5) = 0.958, so the 10 % quantile is 1 and the 90 % quantile 5.
    let bounds = GroupIntervals.quantiles(
      total: certainTotal(200, years: 1), shares: [0.0125], shareLogErrors: [], probabilities: [0.1, 0.9], seed: 3)
    #expect(bounds[0] == [1])
    #expect(bounds[1] == [5])
  }

  @Test("Share errors from the share's backtest widen the bounds; the same seed repeats them")
  func shareErrors_widenAndRepeat() {
    let total = certainTotal(400, years: 2)
    let errors: [[Double]] = [[-0.4, -0.2, 0, 0.2, 0.4, -0.3, 0.3], []]
    let without = GroupIntervals.quantiles(
      total: total, shares: [0.1, 0.1], shareLogErrors: [], probabilities: [0.1, 0.9], seed: 1)
    let with = GroupIntervals.quantiles(
      total: total, shares: [0.1, 0.1], shareLogErrors: errors, probabilities: [0.1, 0.9], seed: 1)
    for year in 0..<2 {
      #expect(with[1][year] - with[0][year] > without[1][year] - without[0][year])
    }
    #expect(
      with
        == GroupIntervals.quantiles(
          total: total, shares: [0.1, 0.1], shareLogErrors: errors, probabilities: [0.1, 0.9], seed: 1))
    // Horizon 2 has too few errors of its own: it borrows horizon 1's, scaled by √2.
    let borrowed = GroupIntervals.errorsForHorizon(2, from: errors)
    #expect(borrowed.count == 7)
    #expect(abs(borrowed[0] - -0.4 * 2.0.squareRoot()) < 1e-12)
  }

  @Test("A share that never changes has zero backtest errors; each horizon has one per origin that reaches it")
  func shareErrors_constantShare() throws {
    let history = Array(repeating: [30.0, 10.0], count: 6)
    let errors = try NeedMix.shareLogErrors(history: history, groups: ["a", "b"], horizon: 2)
    #expect(errors.count == 2)
    #expect(errors[0][0].count == 4)
    #expect(errors[0][1].count == 3)
    #expect(errors.flatMap { $0.flatMap { $0 } }.allSatisfy { abs($0) < 1e-12 })
  }

  @Test("Binomial draws: exact edges, and mean and variance close to n p and n p (1 − p)")
  func binomial_moments() {
    var generator = SplitMix64(seed: 11)
    #expect(generator.nextBinomial(trials: 50, probability: 0) == 0)
    #expect(generator.nextBinomial(trials: 50, probability: 1) == 50)
    #expect(generator.nextBinomial(trials: 0, probability: 0.5) == 0)
    for (trials, p) in [(200, 0.0125), (40, 0.7), (1000, 0.3)] {
      let draws = (0..<20_000).map { _ in Double(generator.nextBinomial(trials: trials, probability: p)) }
      let mean = draws.reduce(0, +) / Double(draws.count)
      let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count - 1)
      let n = Double(trials)
      #expect(abs(mean - n * p) < 0.05 * max(1, n * p), "mean \(mean) for n \(trials), p \(p)")
      #expect(abs(variance - n * p * (1 - p)) < 0.1 * n * p * (1 - p), "variance \(variance) for n \(trials), p \(p)")
    }
  }
}

@Suite("Flows consistent with the forecast stock")
struct ForecastFlowsTests {
  @Test("Entrants and endings add up to the forecast stock exactly and are never negative")
  func flows_addUpToStock() throws {
    let series = try AnnualSeries(
      id: "S", years: Array(2014...2018), values: [200, 210, 205, 220, 230], starts: [60, 70, 62, 80, 75],
      ceased: [55, 60, 67, 65, 65], population: [30_000, 30_100, 30_200, 30_300, 30_400])
    // A stock forecast that first rises faster, then falls faster, than the stock-flow model would.
    let stock = [260.0, 180.0, 185.0]
    let flows = try #require(ForecastFlows.consistent(with: stock, history: series))
    var opening = 230.0
    for index in stock.indices {
      #expect(abs(opening + flows.entrants[index] - flows.endings[index] - stock[index]) < 1e-9)
      #expect(flows.entrants[index] >= 0 && flows.endings[index] >= 0)
      opening = stock[index]
    }
    // Following the model's own stock, the flows are the model's.
    let model = try #require(StockFlowModel.flows(series, horizon: 1))
    let own = try #require(
      ForecastFlows.consistent(with: StockFlowModel.project(from: 230, flows: model), history: series))
    #expect(abs(own.entrants[0] - model.startsPerYear[0]) < 1e-9)
    #expect(abs(own.endings[0] - 230 * model.exitFraction) < 1e-9)
    let plain = try AnnualSeries(id: "P", years: [2017, 2018], values: [1, 2])
    #expect(ForecastFlows.consistent(with: [3], history: plain) == nil)
  }

  @Test("Hand-computed flows: 30 entrants and a quarter leaving a year, the forecast's differences booked as flows")
  func flows_handComputed() throws {
    // No population, so the model's entrants are the mean of the last three years' starts: (25 + 30 + 35) / 3 = 30;
    // a quarter of the opening stock left in each of the last three years.
    let series = try AnnualSeries(
      id: "S", years: [2015, 2016, 2017, 2018], values: [100, 100, 100, 100], starts: [nil, 25, 30, 35],
      ceased: [nil, 25, 25, 25])
    let flows = try #require(ForecastFlows.consistent(with: [110, 100, 104], history: series))
    // 2019: 100 + 30 − 25 = 105, the forecast is 5 higher: 35 enter, 25 leave.
    // 2020: 110 + 30 − 27.5 = 112.5, the forecast is 12.5 lower: 30 enter, 40 leave.
    // 2021: 100 + 30 − 25 = 105, the forecast is 1 lower: 30 enter, 26 leave.
    #expect(zip(flows.entrants, [35.0, 30, 30]).allSatisfy { abs($0 - $1) < 1e-9 })
    #expect(zip(flows.endings, [25.0, 40, 26]).allSatisfy { abs($0 - $1) < 1e-9 })
  }
}

import Foundation
import Testing

@testable import Forecasting

@Suite("The default rule: the combination shrunk toward persistence")
struct DefaultRuleTests {
  /// A persistence and a combination record for one series, origin and horizon.
  private func pair(
    _ series: String, origin: Int, horizon: Int = 1, naive: Double, combination: Double, actual: Double
  ) -> [BacktestRecord] {
    [
      BacktestRecord(
        seriesID: series, origin: origin, horizon: horizon, method: .naive, pointForecast: naive, actual: actual,
        naiveScale: 1),
      BacktestRecord(
        seriesID: series, origin: origin, horizon: horizon, method: .combination, pointForecast: combination,
        actual: actual, naiveScale: 1),
    ]
  }

  @Test("The weight is the least-squares slope of the outcome's move on the combination's move, on past outcomes only")
  func weight_isLeastSquaresOnThePast() {
    // Ten pairs where the outcome moved half as far from persistence as the combination did (on the log scale).
    var records: [BacktestRecord] = []
    for index in 0..<10 {
      let move = 0.02 * Double(index + 1)
      records += pair(
        "S\(index)", origin: 2015, naive: 100, combination: 100 * exp(move), actual: 100 * exp(move / 2))
    }
    // A later outcome (target 2021) that would pull the weight to 1 if it leaked.
    for index in 0..<10 {
      records += pair("S\(index)", origin: 2020, naive: 100, combination: 120, actual: 120)
    }
    let shrinkage = PersistenceShrinkage.fitted(to: records, at: 2016, horizons: 2)
    #expect(shrinkage.weights.count == 2)
    #expect(abs(shrinkage.weights[0] - 0.5) < 1e-12)
    // Horizon 2 has no pairs of its own: it borrows horizon 1's weight.
    #expect(abs(shrinkage.weights[1] - 0.5) < 1e-12)
    // The forecast is persistence · (combination / persistence)^w.
    let forecast = shrinkage.apply(persistence: [100, 100], combination: [121, 144])
    #expect(abs(forecast[0] - 110) < 1e-9)
    #expect(abs(forecast[1] - 120) < 1e-9)
  }

  @Test("Weights are clamped to [0, 1], and too few past pairs give persistence")
  func weight_clampedAndPersistenceWhenTooFew() {
    var wrongWay: [BacktestRecord] = []
    var overshoot: [BacktestRecord] = []
    for index in 0..<10 {
      let move = 0.01 * Double(index + 1)
      wrongWay += pair("S\(index)", origin: 2015, naive: 100, combination: 100 * exp(move), actual: 100 * exp(-move))
      overshoot += pair(
        "S\(index)", origin: 2015, naive: 100, combination: 100 * exp(move), actual: 100 * exp(3 * move))
    }
    #expect(PersistenceShrinkage.fitted(to: wrongWay, at: 2016, horizons: 1).weights == [0])
    #expect(PersistenceShrinkage.fitted(to: overshoot, at: 2016, horizons: 1).weights == [1])
    let few = Array(overshoot.prefix(2 * (PersistenceShrinkage.minimumPairs - 1)))
    let none = PersistenceShrinkage.fitted(to: few, at: 2016, horizons: 1)
    #expect(none.weights == [0])
    #expect(none.apply(persistence: [100], combination: [150]) == [100])
  }

  @Test("The backtest's default is the shrunk combination, between persistence's and the combination's forecasts")
  func backtest_defaultIsShrunk() throws {
    let panel = try FixtureSupport.panel()
    let run = RollingOriginBacktest(horizons: 2).run(panel)
    let summary = run.summary()
    #expect(summary.defaultMethod == .shrunkCombination)
    #expect(summary.rows.filter(\.isDefault).allSatisfy { $0.method == "Combo(shrunk)" })
    #expect(!summary.rows.contains { $0.method == "Default rule(past MAPE)" })
    var byKey: [String: [ForecastMethod: Double]] = [:]
    for record in run.records {
      byKey["\(record.seriesID) \(record.origin) \(record.horizon)", default: [:]][record.method] = record.pointForecast
    }
    var strictlyBetween = 0
    for forecasts in byKey.values {
      let shrunk = try #require(forecasts[.shrunkCombination])
      let naive = try #require(forecasts[.naive])
      let combination = try #require(forecasts[.combination])
      #expect(shrunk >= min(naive, combination) - 1e-9 && shrunk <= max(naive, combination) + 1e-9)
      if shrunk > min(naive, combination) + 1e-6 && shrunk < max(naive, combination) - 1e-6 { strictlyBetween += 1 }
    }
    // Once there are past errors to learn from, the default is neither of the two.
    #expect(strictlyBetween > 0)
  }

  @Test("Rows count the outcomes below and above the 80 % interval")
  func rows_countMissesOnEachSide() {
    func scored(actual: Double) -> ScoredForecast {
      ScoredForecast(
        record: BacktestRecord(
          seriesID: "A", origin: 2020, horizon: 1, method: .naive, pointForecast: 100, actual: actual,
          naiveScale: 1),
        intervals: [.p80: 90...110, .p95: 80...120])
    }
    let rows = BacktestSummaryRow.rows(
      name: "Naive", horizons: 1, scored: [85, 95, 100, 105, 112, 130].map(scored))
    #expect(rows.count == 1)
    #expect(rows[0].below80 == 1)
    #expect(rows[0].above80 == 2)
    #expect(rows[0].intervalOutcomes == 6)
  }
}

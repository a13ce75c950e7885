import Foundation
import Testing

@testable import Forecasting

@Suite("Methods against independently computed references")
struct MethodReferenceTests {
  @Test("Every base method matches the numpy reference on Redcar and Cleveland at origin 2020")
  func baseMethods_matchReference() throws {
    let methods = try #require(try FixtureSupport.reference()["methods"] as? [String: Any])
    let expected = try #require(methods["forecasts"] as? [String: Any])
    let panel = try FixtureSupport.panel()
    let series = try #require(panel.series(withID: "E06000003"))
    let context = ForecastContext(series: series, panel: panel, origin: 2020)
    #expect(expected.count == 8)
    for (name, values) in expected {
      let method = try #require(ForecastMethod(name: name))
      let forecast = try #require(method.pointForecast(context, horizon: 3))
      for (mine, theirs) in zip(forecast, try FixtureSupport.doubles(values)) {
        #expect(FixtureSupport.close(mine, theirs, relative: 1e-9), "\(name): \(mine) vs \(theirs)")
      }
    }
  }

  @Test("Linear trend and drift by hand on a short series")
  func trends_byHand() throws {
    // Last five values 2, 4, 5, 4, 6 at x = 0…4: Sxy = 8, Sxx = 10, slope 0.8, intercept 4.2 − 1.6 = 2.6,
    // so 6.6 at x = 5 and 7.4 at x = 6.
    let linear = try #require(TrendModels.linearTrend([9, 2, 4, 5, 4, 6], horizon: 2))
    #expect(abs(linear[0] - 6.6) < 1e-12)
    #expect(abs(linear[1] - 7.4) < 1e-12)
    // Drift: (6 − 9) / 5 per year.
    let drift = try #require(TrendModels.drift([9, 2, 4, 5, 4, 6], horizon: 2))
    #expect(abs(drift[0] - 5.4) < 1e-12)
    #expect(abs(drift[1] - 4.8) < 1e-12)
  }

  @Test("The combination is the mean of its members, which leave out the trend extrapolations")
  func combination_isMean() throws {
    let series = try FixtureSupport.randomSeries(seed: 7)
    let context = ForecastContext(series: series, origin: 2013)
    let all = ForecastMethod.pointForecasts(ForecastMethod.allCases, context: context, horizon: 3)
    let members = ForecastMethod.combinationMembers.compactMap { all[$0] }
    #expect(members.count == 6)
    #expect(!ForecastMethod.combinationMembers.contains(.linearTrend))
    let combo = try #require(all[.combination])
    for step in 0..<3 {
      let mean = members.map { $0[step] }.reduce(0, +) / Double(members.count)
      #expect(abs(combo[step] - mean) < 1e-9)
    }
  }

  @Test("A constant series forecasts itself with every method")
  func constantSeries_forecastsItself() throws {
    let count = 10
    let series = try AnnualSeries(
      id: "flat", years: Array(2010..<(2010 + count)), values: Array(repeating: 250, count: count),
      starts: Array(repeating: 50, count: count), ceased: Array(repeating: 50, count: count),
      population: Array(repeating: 40_000, count: count))
    let context = ForecastContext(series: series, origin: 2019)
    for method in ForecastMethod.allCases {
      let forecast = try #require(method.pointForecast(context, horizon: 4), "\(method.name)")
      for value in forecast { #expect(abs(value - 250) < 1e-6, "\(method.name) gave \(value)") }
    }
  }

  @Test("Stock-flow projects the identity stock·(1 − e) + starts")
  func stockFlow_identity() {
    let flows = StockFlowModel.Flows(startsPerYear: [10, 10], exitFraction: 0.5)
    #expect(StockFlowModel.project(from: 100, flows: flows) == [60, 40])
  }
}

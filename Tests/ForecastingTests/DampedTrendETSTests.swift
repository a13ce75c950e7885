import Foundation
import Testing

@testable import Forecasting

@Suite("ETS(A,Ad,N) against statsmodels")
struct DampedTrendETSTests {
  @Test("Fixed-parameter recursions match statsmodels ETSModel.smooth to 1e-9")
  func knownParameters_matchStatsmodels() throws {
    let ets = try #require(try FixtureSupport.reference()["ets"] as? [String: Any])
    let values = try FixtureSupport.doubles(ets["values"])
    let cases = try #require(ets["known"] as? [[String: Any]])
    #expect(cases.count == 3)
    for item in cases {
      func number(_ key: String) throws -> Double { try #require((item[key] as? NSNumber)?.doubleValue) }
      let model = DampedTrendETS(
        alpha: try number("alpha"), beta: try number("beta"), phi: try number("phi"),
        initialLevel: try number("initial_level"), initialTrend: try number("initial_trend"))
      let fitted = model.filter(values).fitted
      for (mine, theirs) in zip(fitted, try FixtureSupport.doubles(item["fitted"])) {
        #expect(FixtureSupport.close(mine, theirs, relative: 1e-9))
      }
      let forecast = model.forecast(after: values, horizon: 5)
      for (mine, theirs) in zip(forecast, try FixtureSupport.doubles(item["forecast"])) {
        #expect(FixtureSupport.close(mine, theirs, relative: 1e-9))
      }
    }
  }

  @Test("Estimated parameters fit about as well as statsmodels and forecast close to it")
  func estimatedParameters_closeToStatsmodels() throws {
    let ets = try #require(try FixtureSupport.reference()["ets"] as? [String: Any])
    let values = try FixtureSupport.doubles(ets["values"])
    let estimated = try #require(ets["estimated"] as? [String: Any])
    let referenceSSE = try #require((estimated["sse"] as? NSNumber)?.doubleValue)
    let model = try #require(DampedTrendETS.fit(values))
    let sse = model.filter(values).sse
    #expect(sse <= referenceSSE * 1.05 + 1e-9)
    #expect((0.8...0.98).contains(model.phi))
    #expect(model.beta <= model.alpha)
    let forecast = model.forecast(after: values, horizon: 5)
    for (mine, theirs) in zip(forecast, try FixtureSupport.doubles(estimated["forecast"])) {
      #expect(FixtureSupport.close(mine, theirs, relative: 0.03))
    }
  }

  @Test("Fitting is deterministic and needs five observations")
  func fit_deterministicAndMinimumLength() {
    let values = [10.0, 12, 11, 14, 15, 17]
    #expect(DampedTrendETS.fit(values) == DampedTrendETS.fit(values))
    #expect(DampedTrendETS.fit([1, 2, 3, 4]) == nil)
  }

  @Test("Nelder–Mead finds the minimum of a shifted quadratic")
  func nelderMead_quadratic() {
    let result = NelderMead().minimize(
      { ($0[0] - 3) * ($0[0] - 3) + 2 * ($0[1] + 1) * ($0[1] + 1) }, start: [0, 0], step: [1, 1])
    #expect(abs(result.point[0] - 3) < 1e-4)
    #expect(abs(result.point[1] + 1) < 1e-4)
  }
}

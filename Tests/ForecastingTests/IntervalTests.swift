import Foundation
import Statistics
import Testing

@testable import Forecasting

@Suite("Calibrated intervals and simulation")
struct IntervalTests {
  @Test("Intervals widen with the horizon and each 80 % interval lies inside the 95 % one", arguments: 1...4)
  func intervals_nestedAndWidening(seed: UInt64) throws {
    let panel = SeriesPanel(
      (0..<4).map { try? FixtureSupport.randomSeries(seed: seed * 10 + $0, id: "S\($0)") }
        .compactMap { $0 })
    let target = try #require(panel.series.first)
    for method in [ForecastMethod.naive, .drift, .combination] {
      let forecast = try SeriesForecaster(horizon: 5, method: method).forecast(target, panel: panel)
      #expect(forecast.hasIntervals)
      let (l80, u80, l95, u95) = (
        forecast.lower(.p80), forecast.upper(.p80), forecast.lower(.p95), forecast.upper(.p95)
      )
      for step in 0..<5 {
        #expect(l95[step] <= l80[step] + 1e-9)
        #expect(u80[step] <= u95[step] + 1e-9)
        #expect(l80[step] <= u80[step])
        if step > 0, forecast.point[step] > 0, forecast.point[step - 1] > 0 {
          // Widths relative to the point (on the log scale) never shrink.
          #expect(log(u80[step] / l80[step]) >= log(u80[step - 1] / l80[step - 1]) - 1e-9)
          #expect(log(u95[step] / l95[step]) >= log(u95[step - 1] / l95[step - 1]) - 1e-9)
        }
      }
    }
  }

  @Test("Quantiles are ordered and simulated paths repeat for a seed")
  func quantilesAndSimulation_deterministic() throws {
    let series = try FixtureSupport.randomSeries(seed: 3, count: 16)
    let forecast = try SeriesForecaster(horizon: 4).forecast(series)
    let p50 = forecast.quantile(0.5)
    let p80 = forecast.quantile(0.8)
    let p90 = forecast.quantile(0.9)
    for step in 0..<4 { #expect(p50[step] <= p80[step] && p80[step] <= p90[step]) }
    let first = forecast.simulate(paths: 200, seed: 42)
    #expect(first == forecast.simulate(paths: 200, seed: 42))
    #expect(first != forecast.simulate(paths: 200, seed: 43))
    #expect(first.count == 200 && first.allSatisfy { $0.count == 4 })
  }

  @Test("Type-7 quantiles and the horizon fallback by hand")
  func errorDistribution_byHand() {
    let errors = (1...10).map { Double($0) / 100 }
    #expect(abs(SampleQuantile.type7(errors, 0.9) - 0.091) < 1e-12)
    let distribution = ErrorDistribution(logErrorsByHorizon: [errors, [0.5]], minimumErrors: 10)
    let upper = distribution.logQuantiles(0.9, horizon: 2) ?? []
    // Horizon 2 has one error: it borrows horizon 1 scaled by √2.
    #expect(abs(upper[1] - 0.091 * 2.0.squareRoot()) < 1e-12)
    #expect(ErrorDistribution(logErrorsByHorizon: [[0.1]]).logQuantiles(0.9, horizon: 1) == nil)
  }

  @Test("Re-centred on a panel's own errors: the other panel's spread moved to the own median, horizon by horizon")
  func recentredByHand() throws {
    // Reference: 0.00, 0.01, ..., 0.10 at horizon 1 (median 0.05); the panel's own: ten errors of -0.02 (median
    // -0.02) at horizon 1 and too few (three) at horizon 2, which is left as it is.
    let reference = ErrorDistribution(
      logErrorsByHorizon: [(0...10).map { Double($0) / 100 }, (0...10).map { Double($0) / 50 }])
    let own = ErrorDistribution(logErrorsByHorizon: [Array(repeating: -0.02, count: 10), [0.5, 0.5, 0.5]])
    let moved = reference.recentred(on: own)
    let low = try #require(moved.logQuantiles(0.1, horizon: 2))
    let high = try #require(moved.logQuantiles(0.9, horizon: 2))
    // Type 7 on 11 evenly spaced errors: P10 = 0.01 and P90 = 0.09 before the shift of -0.07.
    #expect(abs(low[0] - (0.01 - 0.07)) < 1e-12)
    #expect(abs(high[0] - (0.09 - 0.07)) < 1e-12)
    #expect(abs(high[1] - 0.18) < 1e-12)
    #expect(abs(low[1] - min(0.02, low[0])) < 1e-12)
  }
}

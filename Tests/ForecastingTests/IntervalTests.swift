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

  @Test("The own centre's draws: a cluster bootstrap over target years, widened by √(T / (T − 1)), by hand")
  func centreDrawsByHand() throws {
    // Three years of four errors each: 0.00, 0.10 and 0.30 (median 0.10). A draw of three years pools 12 errors
    // whose median (type 7, between the 6th and 7th) is 0.00 when year one is drawn at least twice, 0.30 when year
    // three is, and 0.10 otherwise; each is moved from 0.10 by √(3 / 2). The counts of each in 200 draws with seed
    // 7 come from an independent replay of SplitMix64 (Python).
    let errors = YearClusteredErrors(errorsByYear: [
      2013: Array(repeating: 0.3, count: 4), 2011: Array(repeating: 0.0, count: 4),
      2012: Array(repeating: 0.1, count: 4),
    ])
    let draws = try #require(errors.centreDraws(count: 200, seed: 7, minimumErrors: 10))
    let widen = 1.5.squareRoot()
    let values = [0.1 - 0.1 * widen, 0.1, 0.1 + 0.2 * widen]
    #expect(draws.allSatisfy { draw in values.contains { abs($0 - draw) < 1e-12 } })
    #expect(values.map { value in draws.filter { abs($0 - value) < 1e-12 }.count } == [61, 92, 47])
    #expect(errors.centreDraws(count: 200, seed: 7, minimumErrors: 10) == draws)
    #expect(errors.centreDraws(count: 200, seed: 7, minimumErrors: 13) == nil)
    // One year alone says nothing about its centre's uncertainty: no draws.
    let oneYear = YearClusteredErrors(errorsByYear: [2011: Array(repeating: 0.1, count: 12)])
    #expect(oneYear.centreDraws(count: 200, seed: 7, minimumErrors: 10) == nil)
  }

  @Test("Moved around the own centre's draws: the other panel's spread around each draw, horizon by horizon")
  func recentredOnCentresByHand() throws {
    // Reference: 0.00, 0.01, ..., 0.10 at horizon 1 (median 0.05), centred on each of -0.02 and 0.02: 22 errors,
    // -0.07 ... 0.03 and -0.03 ... 0.07. Horizon 2 has no centres and is left as it is.
    let reference = ErrorDistribution(
      logErrorsByHorizon: [(0...10).map { Double($0) / 100 }, (0...10).map { Double($0) / 50 }])
    let moved = reference.recentred(onCentres: [[-0.02, 0.02], nil])
    #expect(moved.errorCounts == [22, 11])
    let low = try #require(moved.logQuantiles(0.1, horizon: 2))
    let high = try #require(moved.logQuantiles(0.9, horizon: 2))
    // Type 7 on the 22 sorted errors: P10 sits at 2.1, between -0.05 and -0.04; P90 at 18.9, between 0.04 and 0.05.
    #expect(abs(low[0] - -0.049) < 1e-12)
    #expect(abs(high[0] - 0.049) < 1e-12)
    #expect(abs(high[1] - 0.18) < 1e-12)
    #expect(abs(low[1] - min(0.02, low[0])) < 1e-12)
    // The three-year own errors above, through the whole rule: 200 draws with seed 7 around 0.00 ... 0.10.
    let own = YearClusteredErrors(errorsByYear: [
      2011: Array(repeating: 0.0, count: 4), 2012: Array(repeating: 0.1, count: 4),
      2013: Array(repeating: 0.3, count: 4),
    ])
    let calibrated = ErrorDistribution(logErrorsByHorizon: [(0...10).map { Double($0) / 100 }]).recentred(
      onCentres: [own.centreDraws(count: 200, seed: 7, minimumErrors: 10)])
    let p10 = try #require(calibrated.logQuantiles(0.1, horizon: 1)?.first)
    let p90 = try #require(calibrated.logQuantiles(0.9, horizon: 1)?.first)
    #expect(abs(p10 - -0.0424744871391589) < 1e-12)
    #expect(abs(p90 - 0.3549489742783178) < 1e-12)
  }
}

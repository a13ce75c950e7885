import Foundation
import Testing

@testable import Forecasting

@Suite("Rolling-origin backtest")
struct BacktestTests {
  @Test("Expanding windows match hand-computed tsCV splits")
  func expandingWindows_byHand() {
    let windows = BacktestWindow.expanding(years: 2010...2015, minimumHistory: 3, horizons: 2)
    #expect(windows.map(\.trainingYears) == [2010...2012, 2010...2013, 2010...2014])
    #expect(windows.map(\.testYears) == [2013...2014, 2014...2015, 2015...2015])
    #expect(BacktestWindow.expanding(years: 2010...2011, minimumHistory: 3, horizons: 1).isEmpty)
  }

  @Test("No training window contains a year at or after its forecast target")
  func windows_neverSeeFuture() {
    for window in BacktestWindow.expanding(years: 2000...2020, minimumHistory: 2, horizons: 4) {
      #expect(window.trainingYears.upperBound == window.origin)
      #expect(window.testYears.lowerBound == window.origin + 1)
      #expect(window.testYears.count <= 4)
    }
  }

  @Test("Contexts cut the series and the whole panel at the origin")
  func context_truncatesPanel() throws {
    let panel = try FixtureSupport.panel()
    let series = try #require(panel.series.first)
    let context = ForecastContext(series: series, panel: panel, origin: 2016)
    #expect(context.series.lastYear == 2016)
    #expect(context.panel.series.allSatisfy { ($0.lastYear ?? 0) <= 2016 })
    #expect(context.panel.series.count == panel.series.count)
  }

  @Test("Coverage is a share of the forecasts that had an interval, and the row says how many those were")
  func coverage_countsOnlyForecastsWithIntervals() throws {
    let summary = RollingOriginBacktest(horizons: 2).run(try FixtureSupport.panel()).summary()
    for row in summary.rows where ForecastMethod(name: row.method) != nil {
      let scored = summary.forecasts.filter { $0.record.method.name == row.method && $0.record.horizon == row.horizon }
      let bounded = scored.compactMap { forecast in forecast.intervals[.p80].map { (forecast.record.actual, $0) } }
      #expect(row.forecasts == scored.count)
      #expect(row.intervalOutcomes == bounded.count)
      if let coverage = row.coverage80 {
        let held = bounded.filter { $0.1.contains($0.0) }.count
        #expect(abs(coverage - 100 * Double(held) / Double(bounded.count)) < 1e-9)
      }
    }
    // The first origins have no earlier errors to calibrate on, so some forecasts have no interval.
    #expect(summary.rows.contains { $0.intervalOutcomes < $0.forecasts })
  }

  @Test("Changing data after an origin changes no forecast made at or before it")
  func futureData_doesNotLeak() throws {
    let panel = try FixtureSupport.panel()
    let cut = 2017
    let poisoned = SeriesPanel(
      try panel.series.map { series in
        try AnnualSeries(
          id: series.id, name: series.name, years: series.years,
          values: zip(series.years, series.values).map { $0 > cut ? $1 * 5 + 1000 : $1 },
          starts: zip(series.years, series.starts).map { $0 > cut ? 9999 : $1 },
          ceased: zip(series.years, series.ceased).map { $0 > cut ? 0 : $1 },
          population: zip(series.years, series.population).map { $0 > cut ? 1 : $1 })
      })
    let backtest = RollingOriginBacktest(horizons: 3)
    func early(_ run: BacktestRun) -> [String] {
      run.records.filter { $0.origin <= cut }
        .map { "\($0.seriesID) \($0.origin) \($0.method.name) \($0.horizon) \($0.pointForecast)" }
    }
    let clean = backtest.run(panel)
    let dirty = backtest.run(poisoned)
    #expect(!early(clean).isEmpty)
    #expect(early(clean) == early(dirty))
    // Intervals at an origin use only outcomes known by then.
    for method in [ForecastMethod.naive, .combination, .shrunkCombination] {
      #expect(clean.errorDistribution(for: method, at: cut) == dirty.errorDistribution(for: method, at: cut))
    }
    // The default's weights at an origin are fitted on outcomes known by then.
    #expect(clean.shrinkage(at: cut) == dirty.shrinkage(at: cut))
    #expect(clean.records.contains { $0.method == .shrunkCombination && $0.origin <= cut })
  }

  @Test("Persistence and drift accuracy match the numpy reference backtest")
  func accuracy_matchesReference() throws {
    let reference = try #require(try FixtureSupport.reference()["backtest"] as? [String: Any])
    let rows = try #require(reference["rows"] as? [String: [[String: Any]]])
    let (summary, skipped) = SeriesForecaster.backtest(
      try FixtureSupport.panel(), origins: 2014...2022, horizons: 3)
    #expect(skipped == 0)
    for (name, expectedRows) in rows {
      for expected in expectedRows {
        let horizon = try #require(expected["horizon"] as? Int)
        let row = try #require(summary.row(name, horizon: horizon))
        #expect(row.forecasts == expected["forecasts"] as? Int)
        for (value, key) in [(row.mape, "mape"), (row.mase, "mase"), (row.bias, "bias")] {
          let theirs = try #require((expected[key] as? NSNumber)?.doubleValue)
          #expect(FixtureSupport.close(try #require(value), theirs, relative: 1e-9), "\(name) h\(horizon) \(key)")
        }
      }
    }
    #expect(summary.rows.filter(\.isDefault).count == 3)
    #expect(summary.rows.contains { $0.method == "Naive" })
  }

  @Test("Origins without enough history are skipped and counted")
  func shortHistory_skippedAndCounted() throws {
    let panel = SeriesPanel([
      try FixtureSupport.randomSeries(seed: 1, count: 12, id: "long"),
      try AnnualSeries(id: "short", years: [2008, 2009, 2010, 2011], values: [5, 6, 7, 8]),
    ])
    // "long" covers 2000–2011, so every origin has history. "short" starts in 2008: at origins 2005–2009 it has
    // fewer than three years up to the origin (five skipped); at 2010 it has 2008–2010.
    let backtest = RollingOriginBacktest(horizons: 1)
    #expect(backtest.skippedOrigins(panel, origins: 2005...2010) == 5)
  }

  @Test("MASE is unchanged when every series is scaled; perfect forecasts score zero")
  func mase_scaleInvariant() {
    let actual = [100.0, 120, 90, 130]
    let forecast = [110.0, 115, 100, 120]
    let scale: [Double?] = [10, 12, 8, 9]
    let base = AccuracyMeasures.mase(actual: actual, forecast: forecast, scale: scale)
    let scaled = AccuracyMeasures.mase(
      actual: actual.map { $0 * 37 }, forecast: forecast.map { $0 * 37 }, scale: scale.map { $0.map { $0 * 37 } })
    #expect(abs((base ?? 0) - (scaled ?? 1)) < 1e-12)
    #expect(AccuracyMeasures.mase(actual: actual, forecast: actual, scale: scale) == 0)
    #expect(AccuracyMeasures.mape(actual: actual, forecast: actual) == 0)
    #expect(AccuracyMeasures.mape(actual: [0], forecast: [1]) == nil)
  }

  @Test("Backtest MASE is the same for a panel multiplied by a constant")
  func backtestMASE_scaleInvariant() throws {
    let series = try FixtureSupport.randomSeries(seed: 11)
    let scaled = try AnnualSeries(id: "S", years: series.years, values: series.values.map { $0 * 10 })
    let plain = try AnnualSeries(id: "S", years: series.years, values: series.values)
    let methods: [ForecastMethod] = [.naive, .drift, .linearTrend, .dampedLogDrift]
    let one = SeriesForecaster.backtest(SeriesPanel([plain]), origins: nil, horizons: 2, methods: methods).summary
    let ten = SeriesForecaster.backtest(SeriesPanel([scaled]), origins: nil, horizons: 2, methods: methods).summary
    for (a, b) in zip(one.rows, ten.rows) {
      #expect(abs((a.mase ?? 0) - (b.mase ?? 1)) < 1e-9)
    }
  }

  @Test("Each scored forecast's intervals nest, and counting their hits reproduces the table's coverage")
  func scoredForecasts_matchTable() throws {
    let panel = try FixtureSupport.panel()
    let summary = RollingOriginBacktest(horizons: 2).run(panel).summary(origins: 2015...2018)
    #expect(!summary.forecasts.isEmpty)
    #expect(summary.forecasts.allSatisfy { (2015...2018).contains($0.record.origin) })
    for forecast in summary.forecasts {
      if let inner = forecast.intervals[.p80], let outer = forecast.intervals[.p95] {
        #expect(outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound)
      }
    }
    for method in [ForecastMethod.naive, .combination] {
      for horizon in 1...2 {
        let row = try #require(summary.row(method.name, horizon: horizon))
        let scored = summary.forecasts.filter { $0.record.method == method && $0.record.horizon == horizon }
        #expect(scored.count == row.forecasts)
        let withInterval = scored.compactMap { forecast in forecast.intervals[.p80].map { ($0, forecast.record.actual) }
        }
        guard let coverage = row.coverage80, !withInterval.isEmpty else { continue }
        let hits = withInterval.filter { $0.0.contains($0.1) }.count
        #expect(abs(100 * Double(hits) / Double(withInterval.count) - coverage) < 1e-9)
      }
    }
  }

  @Test(
    "Calibrated on another panel, every range is the point times that panel's errors known at its origin, re-centred on the panel's own"
  )
  func calibrationPanel_rangesFromItsErrors() throws {
    let panel = try FixtureSupport.panel()
    let reference = SeriesPanel(
      try (1...4).map { try FixtureSupport.randomSeries(seed: 40 + UInt64($0), count: 25, id: "R\($0)") })
    let backtest = RollingOriginBacktest(methods: [.shrunkCombination], horizons: 2)
    let run = backtest.run(panel)
    let referenceRun = backtest.run(reference)
    let own = run.summary(origins: 2015...2018)
    let calibrated = run.summary(origins: 2015...2018, calibration: referenceRun)
    #expect(own.rows.map(\.mape) == calibrated.rows.map(\.mape))
    var differs = false
    for (mine, theirs) in zip(own.forecasts, calibrated.forecasts) {
      let record = theirs.record
      #expect(mine.record == record)
      let centres = run.yearClusteredErrors(for: record.method, at: record.origin).enumerated().map {
        $1.centreDraws(
          count: BacktestRun.centreDraws, seed: UInt64(record.origin) * 1_000 + UInt64($0 + 1), minimumErrors: 10)
      }
      let errors = referenceRun.errorDistribution(for: record.method, at: record.origin).recentred(
        onCentres: centres)
      let low = try #require(errors.logQuantiles(0.1, horizon: record.horizon)?.last)
      let high = try #require(errors.logQuantiles(0.9, horizon: record.horizon)?.last)
      let range = try #require(theirs.intervals[.p80])
      #expect(abs(range.lowerBound - record.pointForecast * exp(low)) < 1e-9)
      #expect(abs(range.upperBound - record.pointForecast * exp(high)) < 1e-9)
      if mine.intervals[.p80] != range { differs = true }
    }
    #expect(differs)
    let series = try #require(panel.series.first)
    let forecaster = SeriesForecaster(horizon: 3)
    let plain = try forecaster.forecast(series, panel: panel)
    let elsewhere = try forecaster.forecast(series, panel: panel, calibrationPanel: reference)
    #expect(plain.point == elsewhere.point)
    #expect(plain.lower(.p80) != elsewhere.lower(.p80))
  }
}

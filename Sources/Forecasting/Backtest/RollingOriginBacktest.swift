import Foundation

/// Rolling-origin evaluation with an expanding window, over every series in a panel.
///
/// For each series and each origin (see ``BacktestWindow/expanding(years:minimumHistory:horizons:)``), every method
/// forecasts from a ``ForecastContext`` cut at the origin, so neither the series nor the panel used for pooling
/// contains a later year. Persistence (``ForecastMethod/naive``) is always included.
public struct RollingOriginBacktest: Sendable {
  /// The methods scored (persistence is added when missing, and the combination when its shrunk form is asked for).
  public let methods: [ForecastMethod]
  /// The longest horizon scored.
  public let horizons: Int
  /// The fewest observed years a series needs at an origin.
  public let minimumHistory: Int

  /// The default of ``minimumHistory``.
  public static let defaultMinimumHistory = 3

  /// Makes a backtest.
  public init(
    methods: [ForecastMethod] = ForecastMethod.allCases, horizons: Int, minimumHistory: Int = defaultMinimumHistory
  ) {
    var needed = Set(methods).union([.naive])
    if needed.contains(.shrunkCombination) { needed.insert(.combination) }
    self.methods = needed.sorted()
    self.horizons = max(1, horizons)
    self.minimumHistory = max(1, minimumHistory)
  }

  /// Scores every method at every feasible origin of every series.
  ///
  /// Origins are visited in time order, so the shrunk combination's weights at an origin are fitted on the forecasts
  /// of earlier origins whose outcomes are known by then (``PersistenceShrinkage``). Records come back in series
  /// (panel order), origin, method and horizon order.
  public func run(_ panel: SeriesPanel) -> BacktestRun {
    var windowsByOrigin: [Int: [(seriesIndex: Int, window: BacktestWindow)]] = [:]
    for (seriesIndex, series) in panel.series.enumerated() {
      guard let first = series.firstYear, let last = series.lastYear else { continue }
      for window in BacktestWindow.expanding(years: first...last, minimumHistory: minimumHistory, horizons: horizons) {
        windowsByOrigin[window.origin, default: []].append((seriesIndex, window))
      }
    }
    var records: [BacktestRecord] = []
    var seriesIndexOfRecord: [Int] = []
    for origin in windowsByOrigin.keys.sorted() {
      let cut = panel.truncated(throughYear: origin)
      let shrinkage =
        methods.contains(.shrunkCombination)
        ? PersistenceShrinkage.fitted(to: records, at: origin, horizons: horizons) : nil
      for (seriesIndex, window) in windowsByOrigin[origin] ?? [] {
        let series = panel.series[seriesIndex]
        var context = ForecastContext(series: series, origin: origin, panelCutAtOrigin: cut)
        context.shrinkage = shrinkage
        let scale = AccuracyMeasures.naiveScale(context.series.values)
        let forecasts = ForecastMethod.pointForecasts(methods, context: context, horizon: horizons)
        for method in methods {
          guard let path = forecasts[method] else { continue }
          for year in window.testYears {
            guard let actual = series.value(in: year) else { continue }
            let step = year - origin
            records.append(
              BacktestRecord(
                seriesID: series.id, origin: origin, horizon: step, method: method,
                pointForecast: path[step - 1], actual: actual, naiveScale: scale))
            seriesIndexOfRecord.append(seriesIndex)
          }
        }
      }
    }
    let order = records.indices.sorted { first, second in
      let a = records[first]
      let b = records[second]
      if seriesIndexOfRecord[first] != seriesIndexOfRecord[second] {
        return seriesIndexOfRecord[first] < seriesIndexOfRecord[second]
      }
      if a.origin != b.origin { return a.origin < b.origin }
      if a.method != b.method { return a.method < b.method }
      return a.horizon < b.horizon
    }
    return BacktestRun(
      records: order.map { records[$0] }, methods: methods, horizons: horizons, minimumHistory: minimumHistory)
  }
}

extension RollingOriginBacktest {
  /// How many (series, origin) pairs in `origins` are skipped because the series has fewer than
  /// ``minimumHistory`` observed years up to the origin (or none at the origin).
  public func skippedOrigins(_ panel: SeriesPanel, origins: ClosedRange<Int>) -> Int {
    var skipped = 0
    for series in panel.series {
      guard let first = series.firstYear, let last = series.lastYear else {
        skipped += origins.count
        continue
      }
      for origin in origins where origin < last {
        if origin - first + 1 < minimumHistory { skipped += 1 }
      }
    }
    return skipped
  }
}

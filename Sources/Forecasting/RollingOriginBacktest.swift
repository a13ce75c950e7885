import Foundation

/// Rolling-origin evaluation with an expanding window, over every series in a panel.
///
/// For each series and each origin (see ``BacktestWindow/expanding(years:minimumHistory:horizons:)``), every method
/// forecasts from a ``ForecastContext`` cut at the origin, so neither the series nor the panel used for pooling
/// contains a later year. Persistence (``ForecastMethod/naive``) is always included.
public struct RollingOriginBacktest: Sendable {
  /// The methods scored (persistence is added when missing).
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
    let withNaive = methods.contains(.naive) ? methods : [.naive] + methods
    self.methods = Array(Set(withNaive)).sorted()
    self.horizons = max(1, horizons)
    self.minimumHistory = max(1, minimumHistory)
  }

  /// Scores every method at every feasible origin of every series.
  public func run(_ panel: SeriesPanel) -> BacktestRun {
    var records: [BacktestRecord] = []
    var panelsByOrigin: [Int: SeriesPanel] = [:]
    for series in panel.series {
      guard let first = series.firstYear, let last = series.lastYear else { continue }
      for window in BacktestWindow.expanding(years: first...last, minimumHistory: minimumHistory, horizons: horizons) {
        let cut = panelsByOrigin[window.origin] ?? panel.truncated(throughYear: window.origin)
        panelsByOrigin[window.origin] = cut
        let context = ForecastContext(series: series, origin: window.origin, panelCutAtOrigin: cut)
        let scale = AccuracyMeasures.naiveScale(context.series.values)
        let forecasts = ForecastMethod.pointForecasts(methods, context: context, horizon: horizons)
        for method in methods {
          guard let path = forecasts[method] else { continue }
          for year in window.testYears {
            guard let actual = series.value(in: year) else { continue }
            let step = year - window.origin
            records.append(
              BacktestRecord(
                seriesID: series.id, origin: window.origin, horizon: step, method: method,
                pointForecast: path[step - 1], actual: actual, naiveScale: scale))
          }
        }
      }
    }
    return BacktestRun(records: records, methods: methods, horizons: horizons, minimumHistory: minimumHistory)
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

import Forecasting
import Foundation
import PlacementDomain

/// The forecasts one ``HistoryForecaster`` has fitted, so planning at a quantile and simulating paths for the same
/// history (a sweep does both) fit it once. Safe to share between threads.
final class ForecastFitCache: @unchecked Sendable {
  /// What a fit depends on.
  struct Key: Hashable {
    let historyPath: String
    let seriesCode: String
    let method: String?
    let baseYear: Int
    let horizon: Int
    let levers: ForecastLevers?
  }

  private let lock = NSLock()
  private var fits: [Key: (forecast: Forecast, series: AnnualSeries)] = [:]

  /// The fit stored under `key`, made by `fit` the first time.
  func value(
    for key: Key, fit: () throws -> (forecast: Forecast, series: AnnualSeries)
  ) rethrows -> (forecast: Forecast, series: AnnualSeries) {
    if let stored = lock.withLock({ fits[key] }) { return stored }
    let made = try fit()
    lock.withLock { fits[key] = made }
    return made
  }
}

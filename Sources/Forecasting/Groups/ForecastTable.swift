/// One row of a forecast table (`forecast.csv`): one year's central forecast and its 80 % and 95 % ranges, for a
/// series' total or for one group's part of it.
public struct ForecastTableRow: Sendable, Equatable {
  /// The forecast year.
  public var year: Int
  /// The series forecast (its code).
  public var series: String
  /// The group, or ``ForecastTable/totalGroup`` for the series' total.
  public var group: String
  /// The point, lower 80 %, upper 80 %, lower 95 % and upper 95 % bounds, in the series' unit (children).
  public var values: [Double]
  /// The forecasting method's short name.
  public var method: String

  /// Makes a row.
  public init(year: Int, series: String, group: String, values: [Double], method: String) {
    self.year = year
    self.series = series
    self.group = group
    self.values = values
    self.method = method
  }
}

/// A forecast as a table: each year's total, then each group's part of it. A group's point is the total's point ×
/// the group's share; its bounds are simulated (``GroupIntervals``), so a small group's range is not just the
/// total's range scaled down.
public enum ForecastTable {
  /// The group name of a series' total.
  public static let totalGroup = "all"

  /// The probabilities of the bounds a row holds after its point: lower 80 %, upper 80 %, lower 95 %, upper 95 %.
  public static let boundProbabilities = [
    IntervalLevel.p80.lowerProbability, IntervalLevel.p80.upperProbability, IntervalLevel.p95.lowerProbability,
    IntervalLevel.p95.upperProbability,
  ]

  /// The total's row for the forecast year at `index`.
  public static func totalRow(_ forecast: Forecast, series: String, index: Int) -> ForecastTableRow {
    let values =
      [forecast.point[index]]
      + [forecast.lower(.p80), forecast.upper(.p80), forecast.lower(.p95), forecast.upper(.p95)]
      .map { $0[index] }
    return ForecastTableRow(
      year: forecast.years[index], series: series, group: totalGroup, values: values, method: forecast.method)
  }

  /// The rows of `forecast` of `series`: each year's total, followed by one row per group of `split` (none without
  /// one). Group `index` is simulated with seed `seed + index`.
  public static func rows(_ forecast: Forecast, series: String, split: NeedMixProjection?, seed: UInt64)
    -> [ForecastTableRow]
  {
    var groupRows: [[ForecastTableRow]] = Array(repeating: [], count: forecast.years.count)
    for (groupIndex, group) in (split?.groups ?? []).enumerated() {
      guard let split else { break }
      let shares = forecast.years.indices.map { split.shares[$0][groupIndex] }
      let bounds = GroupIntervals.quantiles(
        total: forecast, shares: shares, shareLogErrors: split.shareLogErrors[groupIndex],
        probabilities: boundProbabilities, seed: seed &+ UInt64(groupIndex))
      for index in forecast.years.indices {
        groupRows[index].append(
          ForecastTableRow(
            year: forecast.years[index], series: series, group: group,
            values: [forecast.point[index] * shares[index]] + bounds.map { $0[index] }, method: forecast.method))
      }
    }
    return forecast.years.indices.flatMap { index in
      [totalRow(forecast, series: series, index: index)] + groupRows[index]
    }
  }
}

import Foundation

/// Every scored forecast of a ``RollingOriginBacktest``, with the calibration and summaries built from them.
public struct BacktestRun: Sendable {
  /// The scored forecasts, in series, origin, method and horizon order.
  public let records: [BacktestRecord]
  /// The methods scored.
  public let methods: [ForecastMethod]
  /// The longest horizon scored.
  public let horizons: Int
  /// The fewest observed years a series needed at an origin.
  public let minimumHistory: Int

  /// Makes a run from records.
  public init(records: [BacktestRecord], methods: [ForecastMethod], horizons: Int, minimumHistory: Int) {
    self.records = records
    self.methods = methods
    self.horizons = horizons
    self.minimumHistory = minimumHistory
  }

  /// The name of the diagnostic row that selects, at each origin, the method with the lowest MAPE on earlier
  /// outcomes only.
  public static let nestedSelectionName = "Select(past MAPE)"

  /// The shrinkage of the combination toward persistence fitted at `origin` from this run's forecasts whose outcomes
  /// are known then (what ``ForecastMethod/shrunkCombination`` forecasts with from `origin`).
  public func shrinkage(at origin: Int) -> PersistenceShrinkage {
    PersistenceShrinkage.fitted(to: records, at: origin, horizons: horizons)
  }

  /// The error distribution of `method` for forecasts made at `origin`: the log errors of every earlier forecast
  /// (any series) whose outcome year is at or before `origin`. Falls back to persistence's errors when the method
  /// has too few of its own.
  public func errorDistribution(for method: ForecastMethod, at origin: Int) -> ErrorDistribution {
    ErrorDistribution(logErrorsByHorizon: yearClusteredErrors(for: method, at: origin).map(\.errors))
  }

  /// The errors behind ``errorDistribution(for:at:)``, horizon by horizon, grouped by target year.
  public func yearClusteredErrors(for method: ForecastMethod, at origin: Int) -> [YearClusteredErrors] {
    func clustered(_ chosen: ForecastMethod) -> [YearClusteredErrors] {
      var byHorizon = Array(repeating: [Int: [Double]](), count: horizons)
      for record in records where record.method == chosen && record.targetYear <= origin {
        guard record.actual > 0, record.pointForecast > 0 else { continue }
        byHorizon[record.horizon - 1][record.targetYear, default: []].append(log(record.actual / record.pointForecast))
      }
      return byHorizon.map(YearClusteredErrors.init(errorsByYear:))
    }
    let own = clustered(method)
    if method == .naive || own.contains(where: { $0.count >= ErrorDistribution.defaultMinimumErrors }) { return own }
    return clustered(.naive)
  }

  /// The number of plausible own centres drawn at each origin and horizon when ranges are calibrated on another
  /// panel (``calibration(for:at:from:)``), fixed by the ninth registration.
  public static let centreDraws = 200

  /// The errors that set the ranges of `method`'s forecasts made at `origin`: this run's own
  /// (``errorDistribution(for:at:)``), or, with `reference` (the backtest of a calibration panel), the reference's
  /// errors known at `origin` moved around this run's own median error at each horizon and its uncertainty
  /// (``YearClusteredErrors/centreDraws(count:seed:minimumErrors:)``, ``ErrorDistribution/recentred(onCentres:)``;
  /// the draws are seeded by `origin` and the horizon, so the ranges repeat exactly).
  public func calibration(for method: ForecastMethod, at origin: Int, from reference: BacktestRun?)
    -> ErrorDistribution
  {
    let own = yearClusteredErrors(for: method, at: origin)
    guard let reference else { return ErrorDistribution(logErrorsByHorizon: own.map(\.errors)) }
    let centres = own.enumerated().map { index, errors in
      errors.centreDraws(
        count: Self.centreDraws, seed: UInt64(truncatingIfNeeded: origin) &* 1_000 &+ UInt64(index + 1),
        minimumErrors: ErrorDistribution.defaultMinimumErrors)
    }
    return reference.errorDistribution(for: method, at: origin).recentred(onCentres: centres)
  }

  /// The method (of `candidates`, default all) with the lowest MAPE over forecasts whose outcomes are known at
  /// `origin`, or persistence when there are none.
  public func bestMethodByPastMAPE(at origin: Int, among candidates: [ForecastMethod]? = nil) -> ForecastMethod {
    var best: (method: ForecastMethod, mape: Double)?
    for method in candidates ?? methods where methods.contains(method) {
      let past = records.filter { $0.method == method && $0.targetYear <= origin }
      guard let mape = AccuracyMeasures.mape(actual: past.map(\.actual), forecast: past.map(\.pointForecast)) else {
        continue
      }
      if best == nil || mape < (best?.mape ?? .infinity) { best = (method, mape) }
    }
    return best?.method ?? .naive
  }

  /// The accuracy table over forecasts made at `origins` (all origins when `nil`).
  ///
  /// Each forecast's 80 % and 95 % intervals come from ``errorDistribution(for:at:)`` at its own origin, so
  /// coverage is measured out of sample. A ``nestedSelectionName`` row is added as a diagnostic of per-origin
  /// selection. The rows marked default are `used`'s when given and scored (a method the user asked for), else
  /// ``ForecastMethod/defaultMethod``'s whenever it was scored (persistence otherwise): the same rule at every
  /// origin, so its rows are the default replayed with past data only.
  ///
  /// With `calibration` (the backtest of a calibration panel, for example every English council), each forecast's
  /// intervals come from that run's errors of the same method whose outcomes are known at the forecast's origin,
  /// centred on this run's own (``calibration(for:at:from:)``): a region's few councils share one shock a year, a
  /// national panel mixes many.
  public func summary(
    origins: ClosedRange<Int>? = nil, used: ForecastMethod? = nil, calibration: BacktestRun? = nil
  ) -> BacktestSummary {
    let inRange = records.filter { origins?.contains($0.origin) ?? true }
    let originsUsed = Set(inRange.map(\.origin)).sorted()
    // Only each range's log quantiles are kept: a distribution calibrated on another panel holds its errors
    // ``centreDraws`` times over.
    var bounds: [ForecastMethod: [Int: BacktestRangeBounds]] = [:]
    for method in methods {
      for origin in originsUsed {
        bounds[method, default: [:]][origin] = BacktestRangeBounds(
          self.calibration(for: method, at: origin, from: calibration), horizons: horizons)
      }
    }
    var selected: [Int: ForecastMethod] = [:]
    for origin in originsUsed { selected[origin] = bestMethodByPastMAPE(at: origin) }

    // Each forecast's intervals are computed once; every table row below reads them.
    let forecasts = inRange.map { record in
      var intervals: [IntervalLevel: ClosedRange<Double>] = [:]
      for level in IntervalLevel.defaults {
        intervals[level] = bounds[record.method]?[record.origin]?.interval(record, level)
      }
      return ScoredForecast(record: record, intervals: intervals)
    }
    var rows: [BacktestSummaryRow] = []
    for method in methods {
      rows += BacktestSummaryRow.rows(
        name: method.name, horizons: horizons, scored: forecasts.filter { $0.record.method == method })
    }
    let nested = forecasts.filter { selected[$0.record.origin] == $0.record.method }
    rows += BacktestSummaryRow.rows(name: Self.nestedSelectionName, horizons: horizons, scored: nested)
    let scoredMethods = Set(inRange.map(\.method))
    let defaultMethod =
      [used, ForecastMethod.defaultMethod].compactMap { $0 }.first(where: scoredMethods.contains)
      ?? ForecastMethod.naive
    rows = rows.map { $0.markingDefault($0.method == defaultMethod.name) }
    return BacktestSummary(
      rows: rows, defaultMethod: defaultMethod, originsScored: originsUsed, forecasts: forecasts)
  }
}

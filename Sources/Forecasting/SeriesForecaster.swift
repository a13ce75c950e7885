/// The forecasting entry point for callers such as the planner.
///
/// Give it an annual history (and, optionally, a panel of comparable series for pooling and for calibrating
/// intervals); it runs a rolling-origin backtest over the panel (which also fits the default's shrinkage toward
/// persistence on past errors), and returns a ``Forecast`` whose intervals and quantiles come from the backtest's
/// errors at the forecast origin.
///
/// ```swift
/// let forecaster = SeriesForecaster(horizon: 5)
/// let forecast = try forecaster.forecast(years: [2019, 2020, …], counts: [297, 344, …])
/// let p80 = forecast.quantile(0.8)          // one value per future year
/// let upper95 = forecast.upper(.p95)
/// ```
public struct SeriesForecaster: Sendable {
  /// Years to forecast after the last observed year.
  public var horizon: Int
  /// The method to use; `nil` uses ``ForecastMethod/defaultMethod`` (persistence when it cannot forecast).
  public var method: ForecastMethod?
  /// The fewest observed years a series needs (also the shortest backtest training window).
  public var minimumHistory: Int

  /// The longest horizon accepted.
  public static let maximumHorizon = 30

  /// Makes a forecaster.
  public init(
    horizon: Int = 5, method: ForecastMethod? = nil,
    minimumHistory: Int = RollingOriginBacktest.defaultMinimumHistory
  ) {
    self.horizon = horizon
    self.method = method
    self.minimumHistory = minimumHistory
  }

  /// Forecasts `series`, pooling with and calibrating on `panel` (the series alone when `nil`).
  ///
  /// With `calibrationPanel`, the intervals (and the backtest's coverage) come instead from the errors of the same
  /// method in that panel's rolling-origin backtest up to the origin, centred on the panel's own
  /// (``BacktestRun/calibration(for:at:from:)``); the point forecast is unchanged.
  ///
  /// - Throws: ``ForecastingError/seriesTooShort(id:count:minimum:)`` when the series has fewer than
  ///   ``minimumHistory`` years; ``ForecastingError/invalidArgument(_:)`` for a horizon out of range or a
  ///   requested method that cannot forecast this series.
  public func forecast(
    _ series: AnnualSeries, panel: SeriesPanel? = nil, calibrationPanel: SeriesPanel? = nil
  ) throws -> Forecast {
    guard (1...Self.maximumHorizon).contains(horizon) else {
      throw ForecastingError.invalidArgument("horizon must be between 1 and \(Self.maximumHorizon) years")
    }
    guard series.count >= max(2, minimumHistory), let first = series.firstYear, let origin = series.lastYear else {
      throw ForecastingError.seriesTooShort(id: series.id, count: series.count, minimum: max(2, minimumHistory))
    }
    let others = (panel?.series ?? []).filter { $0.id != series.id }
    let pool = SeriesPanel(others + [series]).truncated(throughYear: origin)
    // Only the method used (and persistence, always included) needs backtesting; the combination's members are
    // fitted for it, but not scored.
    let backtest = RollingOriginBacktest(
      methods: [method ?? ForecastMethod.defaultMethod], horizons: horizon, minimumHistory: minimumHistory)
    let run = backtest.run(pool)
    let reference = calibrationPanel.map { backtest.run($0.truncated(throughYear: origin)) }
    let summary = run.summary(used: method, calibration: reference)
    var context = ForecastContext(series: series, panel: pool, origin: origin)
    context.shrinkage = run.shrinkage(at: origin)
    var chosen = method ?? ForecastMethod.defaultMethod
    var point = chosen.pointForecast(context, horizon: horizon)
    if point == nil, method == nil {
      chosen = .naive
      point = chosen.pointForecast(context, horizon: horizon)
    }
    guard let point else {
      throw ForecastingError.invalidArgument(
        "method \(chosen.name) cannot forecast series \(series.id) (it needs more years, starts and ceased, or "
          + "population); choose another method")
    }
    return Forecast(
      seriesID: series.id, method: chosen.name, trainingYears: first...origin,
      years: (1...horizon).map { origin + $0 }, point: point,
      errors: run.calibration(for: chosen, at: origin, from: reference), backtest: summary)
  }

  /// Forecasts a history given as plain arrays
  /// (see ``AnnualSeries/init(id:name:years:values:starts:ceased:population:)``).
  public func forecast(
    years: [Int], counts: [Double], starts: [Double?]? = nil, ceased: [Double?]? = nil,
    population: [Double?]? = nil, id: String = "series", panel: SeriesPanel? = nil
  ) throws -> Forecast {
    let series = try AnnualSeries(
      id: id, years: years, values: counts, starts: starts, ceased: ceased, population: population)
    return try forecast(series, panel: panel)
  }

  /// Runs the rolling-origin backtest over `panel` and summarises the forecasts made at `origins` (all when `nil`)
  /// for horizons 1 … `horizons`; with `calibrationPanel`, every method's intervals come from its errors in that
  /// panel's backtest, known at each origin.
  ///
  /// - Returns: the summary and how many (series, origin) pairs were skipped for lack of history.
  public static func backtest(
    _ panel: SeriesPanel, origins: ClosedRange<Int>?, horizons: Int,
    methods: [ForecastMethod] = ForecastMethod.allCases,
    minimumHistory: Int = RollingOriginBacktest.defaultMinimumHistory, calibrationPanel: SeriesPanel? = nil
  ) -> (summary: BacktestSummary, skippedOrigins: Int) {
    let backtest = RollingOriginBacktest(methods: methods, horizons: horizons, minimumHistory: minimumHistory)
    let summary = backtest.run(panel).summary(origins: origins, calibration: calibrationPanel.map(backtest.run))
    let skipped = origins.map { backtest.skippedOrigins(panel, origins: $0) } ?? 0
    return (summary, skipped)
  }
}

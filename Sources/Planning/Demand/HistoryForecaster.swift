import Forecasting
import PlacementDomain

/// Forecasts an authority's looked-after total from its history (a table in the DfE panel layout, or a folder of
/// SSDA903 returns), using only the years up to the plan's base year (so a plan made "as at" a past year never sees
/// what came after).
public struct HistoryForecaster: DemandForecastSource {
  /// Reads the history a specification names (Planning reads no files itself).
  private let readHistory: HistoryReader
  /// The forecasts fitted so far: one fit per history, series, method, base year and horizon.
  private let fitted = ForecastFitCache()

  /// Creates a forecaster that reads each history with `readHistory`.
  public init(readHistory: @escaping HistoryReader) { self.readHistory = readHistory }

  public func forecast(
    _ specification: ForecastDemand, groupShares: [(need: NeedGroupID, share: Double)], baseYear: Int, years: [Int]
  ) throws -> PlanForecast {
    let (forecast, series) = try fit(specification, baseYear: baseYear, years: years)
    let planned = forecast.quantile(specification.quantile)
    var plannedByYear: [Int: Double] = [:]
    for (index, year) in forecast.years.enumerated() where years.contains(year) { plannedByYear[year] = planned[index] }
    var needGroups: NeedGroupPlan?
    if !groupShares.isEmpty {
      // The same draws as `forecast`'s group ranges: the total's paths and the binomial split, both with the seed.
      let positions = years.compactMap { forecast.years.firstIndex(of: $0) }
      let draws = forecast.simulate(paths: GroupIntervals.draws, seed: specification.seed).map { path in
        positions.map { path[$0] }
      }
      needGroups = NeedGroupSizing.plan(
        years: positions.map { forecast.years[$0] }, totalDraws: draws, plannedTotals: positions.map { planned[$0] },
        pointTotals: positions.map { forecast.point[$0] }, shares: groupShares, quantile: specification.quantile,
        seed: specification.seed)
    }
    return PlanForecast(
      seriesCode: specification.seriesCode, method: forecast.method, quantile: specification.quantile,
      historyYears: series.years, historyValues: series.values, years: forecast.years, point: forecast.point,
      lower80: forecast.lower(.p80), upper80: forecast.upper(.p80), lower95: forecast.lower(.p95),
      upper95: forecast.upper(.p95), planned: plannedByYear,
      accuracy: ForecastAccuracy.defaultAndPersistence(forecast.backtest), needGroups: needGroups)
  }

  /// `paths` simulated trajectories of the looked-after total for the plan years (year → children), from the same
  /// forecast `forecast(_:baseYear:years:)` plans at a quantile of; repeatable for a seed (see
  /// ``Forecast/simulate(paths:seed:)``).
  public func simulatedTotals(_ specification: ForecastDemand, baseYear: Int, years: [Int], paths: Int, seed: UInt64)
    throws -> [[Int: Double]]
  {
    let (forecast, _) = try fit(specification, baseYear: baseYear, years: years)
    return forecast.simulate(paths: paths, seed: seed).map { path in
      var byYear: [Int: Double] = [:]
      for (index, year) in forecast.years.enumerated() where years.contains(year) && index < path.count {
        byYear[year] = path[index]
      }
      return byYear
    }
  }

  /// The forecast of the specification's series from history up to `baseYear`, and that series (fitted once per
  /// forecaster).
  private func fit(_ specification: ForecastDemand, baseYear: Int, years: [Int]) throws -> (Forecast, AnnualSeries) {
    let key = ForecastFitCache.Key(
      historyPath: specification.historyPath, seriesCode: specification.seriesCode, method: specification.method,
      baseYear: baseYear, horizon: (years.last ?? baseYear) - baseYear, levers: specification.levers)
    let fit = try fitted.value(for: key) { try fitAnew(specification, baseYear: baseYear, years: years) }
    return (fit.forecast, fit.series)
  }

  private func fitAnew(
    _ specification: ForecastDemand, baseYear: Int, years: [Int]
  ) throws -> (forecast: Forecast, series: AnnualSeries) {
    let whole = try readHistory(specification.historyPath, specification.seriesCode)
    if whole.series(matching: specification.seriesCode) == nil,
      let error = whole.skippedError(matching: specification.seriesCode)
    {
      throw error
    }
    let panel = whole.truncated(throughYear: baseYear)
    // The series by its code or, as `forecast --series` accepts, by the council's name.
    guard let series = panel.series(matching: specification.seriesCode) else {
      throw ForecastingError.invalidArgument(
        "\(specification.historyPath): no series '\(specification.seriesCode)' up to \(baseYear); check forecast.series in the scenario (a GSS code such as E06000003, or the council's name as in the file)"
      )
    }
    guard series.lastYear == baseYear else {
      throw ForecastingError.invalidArgument(
        "\(specification.historyPath): series '\(specification.seriesCode)' ends in \(series.lastYear ?? 0), but the plan's base year is \(baseYear); the history must include the base year"
      )
    }
    var method: ForecastMethod?
    if let name = specification.method {
      guard let chosen = ForecastMethod(name: name) else {
        throw ForecastingError.invalidArgument(
          "unknown forecasting method '\(name)'; use one of \(ForecastMethod.allCases.map(\.name).joined(separator: ", "))"
        )
      }
      method = chosen
    }
    let horizon = (years.last ?? baseYear) - baseYear
    let forecast = try SeriesForecaster(horizon: horizon, method: method).forecast(series, panel: panel)
    guard let levers = specification.levers, !levers.isIdentity else { return (forecast, series) }
    guard let flows = StockFlowModel.flows(series, horizon: horizon), let lastStock = series.values.last else {
      throw ForecastingError.invalidArgument(
        "\(specification.historyPath): forecast.levers change entries and exits, so series "
          + "'\(specification.seriesCode)' needs starts and ceased columns up to \(baseYear); add them or remove "
          + "the levers")
    }
    var scenarioLevers = ScenarioLevers(
      startsMultiplier: levers.entriesMultiplier, startsAddedPerYear: levers.entriesAddedPerYear,
      exitsMultiplier: levers.exitsMultiplier, exitsAddedPerYear: levers.exitsAddedPerYear)
    // A lever set for particular plan years applies at that year's step (0 is the year after the base year).
    for step in 0..<horizon {
      let values = levers.values(in: baseYear + 1 + step)
      scenarioLevers.startsMultiplierByStep[step] = values.entriesMultiplier
      scenarioLevers.startsAddedByStep[step] = values.entriesAdded
      scenarioLevers.exitsMultiplierByStep[step] = values.exitsMultiplier
      scenarioLevers.exitsAddedByStep[step] = values.exitsAdded
    }
    return (forecast.applying(scenarioLevers, lastStock: lastStock, flows: flows), series)
  }
}

/// The forecasting methods, by canonical short name (used in tables, CSV and `--method`).
public enum ForecastMethod: String, CaseIterable, Sendable, Comparable {
  /// Persistence: next years equal the last observation. Always part of every backtest.
  case naive = "Naive"
  /// Last value plus the average annual change over the whole history.
  case drift = "Drift"
  /// Average annual log growth over the whole history, damped (φ = 0.9).
  case dampedLogDrift = "Drift(log,damped)"
  /// Least-squares line through the last five years.
  case linearTrend = "Trend(linear)"
  /// Least-squares line through the logs of the last five years.
  case logLinearTrend = "Trend(log-linear)"
  /// Holt's damped trend with estimated parameters (``DampedTrendETS``).
  case dampedTrendETS = "ETS(A,Ad,N)"
  /// Latest rate per 10,000 times the projected population (``RateModel``).
  case rate = "Rate(per 10k)"
  /// Starts as a rate of population, exits as a fraction of the stock (``StockFlowModel``).
  case stockFlow = "StockFlow"
  /// The panel's recent regional growth, damped (``PooledGrowthModel``); uses every series up to the origin.
  case pooledGrowth = "Pooled(growth)"
  /// Equal-weight mean of the ``combinationMembers`` that can forecast at the origin.
  case combination = "Combo(mean)"
  /// The combination shrunk toward persistence by weights learned on past errors only (``PersistenceShrinkage``,
  /// from ``ForecastContext/shrinkage``): the default method.
  case shrunkCombination = "Combo(shrunk)"

  /// The canonical short name.
  public var name: String { rawValue }

  /// Every method except the combination and its shrunk form (the methods that forecast on their own).
  public static let baseMethods: [ForecastMethod] = allCases.filter { $0 != .combination && $0 != .shrunkCombination }

  /// The method used when none is asked for. It is the same rule at every origin (no choice among methods is made
  /// from the backtest), so its backtest rows are the default replayed with past data only.
  public static let defaultMethod: ForecastMethod = .shrunkCombination

  /// The methods the combination averages: every base method except the three that extrapolate a fitted trend
  /// (linear and log-linear trend, ETS). Chosen on the 133 English councils outside the North East, where those
  /// three were the worst methods at every horizon and the mean of the other six was the only combination tried that
  /// beat persistence; the North East panel was then scored once (docs/forecast-validation.md).
  public static let combinationMembers: [ForecastMethod] = baseMethods.filter {
    ![.linearTrend, .logLinearTrend, .dampedTrendETS].contains($0)
  }

  /// Finds a method by its canonical name or a short alias (`naive`, `drift`, `logdrift`, `linear`, `loglinear`,
  /// `ets`, `rate`, `stockflow`, `pooled`, `combo`, `shrunk`), ignoring case.
  public init?(name: String) {
    let key = name.lowercased()
    let aliases: [String: ForecastMethod] = [
      "naive": .naive, "persistence": .naive, "drift": .drift, "logdrift": .dampedLogDrift, "linear": .linearTrend,
      "loglinear": .logLinearTrend, "ets": .dampedTrendETS, "rate": .rate, "stockflow": .stockFlow,
      "pooled": .pooledGrowth, "combo": .combination, "shrunk": .shrunkCombination,
    ]
    if let method = aliases[key] ?? Self.allCases.first(where: { $0.rawValue.lowercased() == key }) {
      self = method
    } else {
      return nil
    }
  }

  /// Orders by declaration order.
  public static func < (lhs: ForecastMethod, rhs: ForecastMethod) -> Bool {
    let order = allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }

  /// Point forecasts for the `horizon` years after the context's origin, or `nil` when this method cannot forecast
  /// from the data available (too short, no population, no flows).
  public func pointForecast(_ context: ForecastContext, horizon: Int) -> [Double]? {
    guard horizon >= 1 else { return nil }
    if self == .combination || self == .shrunkCombination {
      return Self.pointForecasts([self], context: context, horizon: horizon)[self]
    }
    let values = context.series.values
    switch self {
    case .naive: return TrendModels.naive(values, horizon: horizon)
    case .drift: return TrendModels.drift(values, horizon: horizon)
    case .dampedLogDrift: return TrendModels.dampedLogDrift(values, horizon: horizon)
    case .linearTrend: return TrendModels.linearTrend(values, horizon: horizon)
    case .logLinearTrend: return TrendModels.logLinearTrend(values, horizon: horizon)
    case .dampedTrendETS:
      return DampedTrendETS.fit(values)?.forecast(after: values, horizon: horizon).map { max(0, $0) }
    case .rate: return RateModel.forecast(context.series, horizon: horizon)
    case .stockFlow: return StockFlowModel.forecast(context.series, horizon: horizon)
    case .pooledGrowth: return PooledGrowthModel.forecast(context, horizon: horizon)
    case .combination, .shrunkCombination: return nil
    }
  }

  /// Point forecasts of several methods at once; each base method is fitted once even when the combination is
  /// also asked for. Methods that cannot forecast are absent from the result.
  public static func pointForecasts(
    _ methods: [ForecastMethod], context: ForecastContext, horizon: Int
  ) -> [ForecastMethod: [Double]] {
    let needsShrunk = methods.contains(.shrunkCombination)
    let needsMembers = methods.contains(.combination) || needsShrunk
    var base: [ForecastMethod: [Double]] = [:]
    for method in baseMethods
    where methods.contains(method) || (needsMembers && combinationMembers.contains(method))
      || (needsShrunk && method == .naive)
    {
      if let forecast = method.pointForecast(context, horizon: horizon) { base[method] = forecast }
    }
    var result = base.filter { methods.contains($0.key) }
    let members = combinationMembers.compactMap { base[$0] }
    if needsMembers, !members.isEmpty {
      let combination = (0..<horizon).map { step in members.map { $0[step] }.reduce(0, +) / Double(members.count) }
      if methods.contains(.combination) { result[.combination] = combination }
      if needsShrunk, let persistence = base[.naive] {
        let shrinkage = context.shrinkage ?? PersistenceShrinkage(weights: [])
        result[.shrunkCombination] = shrinkage.apply(persistence: persistence, combination: combination)
      }
    }
    return result
  }
}

import Forecasting

/// A demand forecast as the plan and its report use it: the history, the point forecast, its 80 % and 95 % bands,
/// the values planned at (the chosen quantile), and the backtest accuracy behind the method.
public struct PlanForecast: Sendable, Codable, Equatable {
  /// The series (GSS code) forecast.
  public var seriesCode: String
  /// The method's short name, such as `ETS(A,Ad,N)`.
  public var method: String
  /// The quantile planned at (0.5 = median).
  public var quantile: Double
  public var historyYears: [Int]
  public var historyValues: [Double]
  public var years: [Int]
  public var point: [Double]
  public var lower80: [Double]
  public var upper80: [Double]
  public var lower95: [Double]
  public var upper95: [Double]
  /// Total looked after planned for, per plan year (before the placed share).
  public var planned: [Int: Double]
  /// Backtest accuracy of the chosen method and of persistence, by horizon.
  public var accuracy: [ForecastAccuracy]
  /// Children to place per need group and plan year, each group at its own quantile (see ``NeedGroupSizing``);
  /// `nil` when the forecast was made without the need mix.
  public var needGroups: NeedGroupPlan?

  /// Creates a forecast record.
  public init(
    seriesCode: String, method: String, quantile: Double, historyYears: [Int], historyValues: [Double], years: [Int],
    point: [Double], lower80: [Double], upper80: [Double], lower95: [Double], upper95: [Double],
    planned: [Int: Double], accuracy: [ForecastAccuracy], needGroups: NeedGroupPlan? = nil
  ) {
    self.seriesCode = seriesCode
    self.method = method
    self.quantile = quantile
    self.historyYears = historyYears
    self.historyValues = historyValues
    self.years = years
    self.point = point
    self.lower80 = lower80
    self.upper80 = upper80
    self.lower95 = lower95
    self.upper95 = upper95
    self.planned = planned
    self.accuracy = accuracy
    self.needGroups = needGroups
  }
}

/// One backtest row: a method's accuracy at one horizon.
public struct ForecastAccuracy: Sendable, Codable, Equatable {
  public var method: String
  public var horizon: Int
  public var forecasts: Int
  /// Mean absolute percentage error, percent.
  public var mape: Double?
  /// Mean absolute scaled error: the error as a multiple of each series' typical year-to-year change in its
  /// training years.
  public var mase: Double?
  /// Share of outcomes inside the 80 % interval, percent.
  public var coverage80: Double?
  /// Share of outcomes inside the 95 % interval, percent.
  public var coverage95: Double?
  /// Outcomes the coverage is a share of (forecasts with an 80 % interval); `nil` means every forecast had one.
  public var intervalOutcomes: Int?
  /// Outcomes below the 80 % interval.
  public var below80: Int?
  /// Outcomes above the 80 % interval.
  public var above80: Int?
  public var isDefault: Bool

  /// Creates a row.
  public init(
    method: String, horizon: Int, forecasts: Int, mape: Double?, mase: Double? = nil, coverage80: Double?,
    coverage95: Double?, intervalOutcomes: Int? = nil, below80: Int? = nil, above80: Int? = nil, isDefault: Bool
  ) {
    self.method = method
    self.horizon = horizon
    self.forecasts = forecasts
    self.mape = mape
    self.mase = mase
    self.coverage80 = coverage80
    self.coverage95 = coverage95
    self.intervalOutcomes = intervalOutcomes
    self.below80 = below80
    self.above80 = above80
    self.isDefault = isDefault
  }
}

extension ForecastAccuracy {
  /// The rows of a backtest table for the default method and persistence (the comparison a forecast reports).
  public static func defaultAndPersistence(_ summary: BacktestSummary?) -> [ForecastAccuracy] {
    (summary?.rows ?? []).filter { $0.isDefault || $0.method == ForecastMethod.naive.name }.map {
      ForecastAccuracy(
        method: $0.method, horizon: $0.horizon, forecasts: $0.forecasts, mape: $0.mape, mase: $0.mase,
        coverage80: $0.coverage80, coverage95: $0.coverage95, intervalOutcomes: $0.intervalOutcomes,
        below80: $0.below80, above80: $0.above80, isDefault: $0.isDefault)
    }
  }
}

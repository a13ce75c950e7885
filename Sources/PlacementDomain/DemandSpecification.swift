/// Where one authority's demand comes from: given per year, or forecast from history at a quantile.
public struct DemandSpecification: Sendable, Equatable, Codable {
  public var authority: AuthorityID
  public var source: DemandSource
  /// The split of a total into need groups (shares summing to 1), used with totals and forecasts.
  public var needMix: [NeedGroupID: Double]
  /// Children in placements at the base year's 31 March, by provision type: they stay placed, thinning as their
  /// placements end (see ``PlacementStability``). Empty when not given: then every child is placed afresh.
  public var placedAtBase: [ProvisionTypeID: Double]
  /// Care leavers aged 18 or over staying put with the council's in-house foster carers, on an average day, by plan
  /// year: they take in-house places without being looked-after demand. Empty when not given.
  public var stayingPut: [Int: Double]
  /// How the council's placements age through the age bands; `nil` for the national rates.
  public var ageing: AgeingRates?
  /// The council's sibling groups; `nil` when not given (no sibling-capable place is required).
  public var siblings: SiblingDemand?

  /// Creates a demand specification.
  public init(
    authority: AuthorityID, source: DemandSource, needMix: [NeedGroupID: Double] = [:],
    placedAtBase: [ProvisionTypeID: Double] = [:], stayingPut: [Int: Double] = [:],
    ageing: AgeingRates? = nil, siblings: SiblingDemand? = nil
  ) {
    self.authority = authority
    self.source = source
    self.needMix = needMix
    self.placedAtBase = placedAtBase
    self.stayingPut = stayingPut
    self.ageing = ageing
    self.siblings = siblings
  }
}

/// The two ways demand can be given.
public enum DemandSource: Sendable, Equatable, Codable {
  /// Placements per need group per plan year (year → need → children placed on average).
  case byNeed([Int: [NeedGroupID: Double]])
  /// Total children looked after per plan year, split by the need mix.
  case totals([Int: Double])
  /// Forecast from an annual history file.
  case forecast(ForecastDemand)
}

/// Demand taken from the forecast of a history file.
public struct ForecastDemand: Sendable, Equatable, Codable {
  /// The history CSV (panel layout: `time_period`, `new_la_code`, `cla_31mar`, …), resolved to an absolute path.
  public var historyPath: String
  /// The series (GSS code) in the history file.
  public var seriesCode: String
  /// The quantile of the forecast distribution to plan at (0.5 = median, 0.8 = P80).
  public var quantile: Double
  /// A forecasting method to force, by short name; `nil` for the backtest-chosen default.
  public var method: String?
  /// The seed for simulated paths.
  public var seed: UInt64
  /// The share of the forecast total placed (the rest, such as placed with parents or adoption, needs no
  /// placement from this plan), 0–1.
  public var placedShare: Double
  /// What-if changes to the forecast's entries and exits in every forecast year; `nil` for none.
  public var levers: ForecastLevers?

  /// Creates a forecast demand specification.
  public init(
    historyPath: String, seriesCode: String, quantile: Double, method: String? = nil, seed: UInt64 = 1,
    placedShare: Double = 1, levers: ForecastLevers? = nil
  ) {
    self.historyPath = historyPath
    self.seriesCode = seriesCode
    self.quantile = quantile
    self.method = method
    self.seed = seed
    self.placedShare = placedShare
    self.levers = levers
  }
}

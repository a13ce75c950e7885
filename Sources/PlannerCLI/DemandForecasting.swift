import Planning

/// The composition root's choice of demand forecaster for scenarios whose demand comes from a forecast.
enum DemandForecasting {
  /// The forecaster used by `plan`, `compare` and `report`; `nil` until the forecasting layer is wired in.
  static func forecaster() -> (any DemandForecaster)? { nil }
}

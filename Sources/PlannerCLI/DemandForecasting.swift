import Planning

/// The composition root's choice of demand forecaster for scenarios whose demand comes from a forecast.
enum DemandForecasting {
  /// The forecaster used by `plan`, `validate`, `compare` and `report`.
  static func forecaster() -> any DemandForecastSource { HistoryForecaster() }
}

import HistoryInputs
import Planning

/// The composition root's choice of demand forecaster for scenarios whose demand comes from a forecast.
enum DemandForecasting {
  /// The forecaster used by `plan`, `validate`, `compare`, `report`, `sweep` and `forecast`: it reads each history
  /// from its table or SSDA903 folder.
  static func forecaster() -> HistoryForecaster { HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)) }
}

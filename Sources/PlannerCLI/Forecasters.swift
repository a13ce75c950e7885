import HistoryInputs
import Planning

/// The forecasters the commands use (the composition root's choice), for scenarios whose demand is a forecast.
enum Forecasters {
  /// Forecasts from history, for `plan`, `validate`, `compare`, `report`, `sweep`, `export-lp` and `forecast`: it
  /// reads each history from its table or SSDA903 folder.
  static func history() -> HistoryForecaster { HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)) }
}

import Forecasting

/// Reads the history a forecast is made from: the panel of annual series at a scenario's `history` location (a
/// table or a folder of SSDA903 returns), holding at least the series `seriesCode`. Planning never reads files; the
/// command line passes `HistorySource.panel(at:seriesCode:)` from HistoryInputs.
public typealias HistoryReader = @Sendable (_ location: String, _ seriesCode: String) throws -> SeriesPanel

import MessageFormat

/// Why a plan could not be made.
public enum PlanningError: ReportableError, Equatable {
  /// The scenario asks for a forecast but no forecaster was supplied.
  case forecastUnavailable(authority: String)
  /// The solver did not finish with a usable plan.
  case solverFailed(summary: String)

  public var isInvalidInput: Bool {
    switch self {
    case .forecastUnavailable: true
    case .solverFailed: false
    }
  }

  public var description: String {
    switch self {
    case .forecastUnavailable(let authority):
      "demand for '\(authority)' comes from a forecast, but forecasting is not available in this command. Give demand by_year or totals instead."
    case .solverFailed(let summary):
      "the solver did not return a usable plan: \(summary). Try a longer time limit (--time-limit) or report the scenario."
    }
  }
}

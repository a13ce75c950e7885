/// Emergency arrivals over the whole history: the inputs to Erlang B sizing of emergency beds.
public struct EmergencyArrivals: Sendable, Equatable {
  /// The rule that picked the arrivals.
  public let rule: EmergencyRule
  /// Arrivals by year ending 31 March.
  public let arrivalsByYear: [Int: Int]
  /// Mean arrivals per year over the history's years.
  public let arrivalsPerYear: Double
  /// Mean stay in days over all emergency episodes (total days, open ones counted to the end of the data, over the
  /// number that closed), or `nil` when none closed.
  public let meanStayDays: Double?

  /// The offered load in beds, arrivals per year × mean stay in years (A = λL), or `nil` without a mean stay.
  public var offeredLoadBeds: Double? { meanStayDays.map { arrivalsPerYear * $0 / 365.25 } }
}

/// Emergency arrivals (same-day placements, often young people with risk-taking behaviours) and the service level
/// to plan for. The planner sizes the beds to hold with the Erlang B formula.
public struct EmergencyDemand: Sendable, Equatable, Codable {
  /// Arrivals per year, for every plan year (year → arrivals).
  public var arrivalsByYear: [Int: Double]
  /// Mean length of an emergency stay, in weeks.
  public var meanStayWeeks: Double
  /// The largest acceptable share of arrivals that find no bed free (for example 0.05).
  public var blockingTarget: Double
  /// The retainer paid per bed per week while a held bed is empty (£).
  public var weeklyRetainerPerVacantBed: Double

  /// Creates an emergency-demand record.
  public init(
    arrivalsByYear: [Int: Double], meanStayWeeks: Double, blockingTarget: Double, weeklyRetainerPerVacantBed: Double
  ) {
    self.arrivalsByYear = arrivalsByYear
    self.meanStayWeeks = meanStayWeeks
    self.blockingTarget = blockingTarget
    self.weeklyRetainerPerVacantBed = weeklyRetainerPerVacantBed
  }

  /// The offered load in a year: arrivals × mean stay, in beds (Erlang).
  public func offeredLoad(in year: Int) -> Double {
    (arrivalsByYear[year] ?? 0) * meanStayWeeks / Units.weeksPerYear
  }
}

/// Unit conventions shared by the planner.
///
/// Prices are in pounds per placement per week; annual figures multiply by ``weeksPerYear``. A "placement" in a
/// year is one child placed for the whole year (the average number placed over the year).
public enum Units {
  /// Weeks in a year, as councils and the DfE use for unit costs (365.25 / 7).
  public static let weeksPerYear = 52.14
  /// Miles per kilometre.
  public static let milesPerKilometre = 0.621_371
  /// The DfE distance indicator's threshold: placed more than this many miles from home.
  public static let distanceIndicatorMiles = 20.0
}

import MessageFormat
import PlacementDomain

/// The distance indicator: how many children are placed more than ``Units/distanceIndicatorMiles`` road miles from
/// home. The formulation's distance ceiling, the plan's yearly share and the report's shares by provision type all
/// use it.
public enum DistanceIndicator {
  /// The indicator's distance as written in every text that names it: "20".
  public static let milesNumber = NumberFormat.fixed(Units.distanceIndicatorMiles, decimals: 0)
  /// "20 miles".
  public static let milesText = milesNumber + " miles"

  /// True when a placement `roadMiles` from home counts as far.
  public static func isFar(roadMiles: Double) -> Bool { roadMiles > Units.distanceIndicatorMiles }

  /// The share of the children in `lines` placed far from home, or `nil` when the lines place nobody.
  public static func shareFar(_ lines: [PlacementLine]) -> Double? {
    let total = lines.reduce(0) { $0 + $1.placements }
    guard total > 0 else { return nil }
    return lines.filter { isFar(roadMiles: $0.roadMiles) }.reduce(0) { $0 + $1.placements } / total
  }

  /// The provision types of `types` in the last-resort category (unregistered or hotel), by ID: not counted in the
  /// indicator, and reported apart.
  public static func lastResortIDs(_ types: [ProvisionType]) -> Set<String> {
    Set(types.filter { $0.category == .lastResort }.map(\.id.rawValue))
  }
}

extension Scenario {
  /// The provision types in the last-resort category, by ID (``DistanceIndicator/lastResortIDs(_:)``).
  public var lastResortProvisionTypeIDs: Set<String> { DistanceIndicator.lastResortIDs(provisionTypes) }
}

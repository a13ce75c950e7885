import PlacementDomain
import Statistics
import TableIO

/// The status-quo comparison: each year's demand bought in the base year's mix of provision types, at each
/// type's average weekly price.
struct StatusQuoMix {
  let scenario: Scenario

  /// Placements of a provision type in a year at the status-quo mix; `nil` without a status-quo mix.
  func placements(of provision: ProvisionTypeID, totalDemand: Double) -> Double? {
    let total = scenario.statusQuoMix.values.sumInFixedOrder()
    guard total > 0 else { return nil }
    return totalDemand * (scenario.statusQuoMix[provision] ?? 0) / total
  }

  /// The average weekly price of a provision type: the mean base price of its providers, or the mean in-house
  /// weekly cost for in-house fostering.
  func averageWeeklyPrice(of provision: ProvisionTypeID) -> Double {
    guard let type = scenario.provisionType(provision) else { return 0 }
    let prices: [Double] =
      type.category == .inHouseFostering
      ? scenario.inHouseFostering.map(\.weeklyCost)
      : scenario.providers.filter { $0.provisionType == provision }.map(\.weeklyPrice)
    return prices.isEmpty ? 0 : prices.reduce(0, +) / Double(prices.count)
  }

  /// The status-quo cost of a provision type in a year (£).
  func annualCost(of provision: ProvisionTypeID, totalDemand: Double) -> Double? {
    placements(of: provision, totalDemand: totalDemand).map {
      $0 * averageWeeklyPrice(of: provision) * Units.weeksPerYear
    }
  }
}

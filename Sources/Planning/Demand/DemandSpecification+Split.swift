import PlacementDomain
import Statistics

extension DemandSpecification {
  /// Children to place in each need group from a total: total × placed share × the group's mix ÷ the sum of the mix
  /// (empty when the mix sums to zero). The one place this split is written: demand resolution, sweep draws and
  /// forecast tables all use it.
  ///
  /// - Parameters:
  ///   - total: children looked after (or already placed, with `placedShare` 1).
  ///   - placedShare: the share of them in placements the plan buys (``ForecastDemand/placedShare``).
  public func placementsByNeed(total: Double, placedShare: Double = 1) -> [NeedGroupID: Double] {
    let mixTotal = needMix.values.sumInFixedOrder()
    guard mixTotal > 0 else { return [:] }
    let placed = total * placedShare
    return needMix.mapValues { placed * $0 / mixTotal }
  }
}

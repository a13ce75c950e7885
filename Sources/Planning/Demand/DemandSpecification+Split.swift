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

  /// Each need group's share of the total looked after (placed share × the group's mix ÷ the sum of the mix), in the
  /// scenario's order of need groups, then any others by name; empty when the mix sums to zero.
  public func groupShares(placedShare: Double, in scenario: Scenario) -> [(need: NeedGroupID, share: Double)] {
    let split = placementsByNeed(total: 1, placedShare: placedShare)
    let known = scenario.needGroups.map(\.id).filter { split[$0] != nil }
    let others = split.keys.filter { !known.contains($0) }.sorted()
    return (known + others).map { ($0, split[$0] ?? 0) }
  }
}

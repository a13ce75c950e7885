import Forecasting
import PlacementDomain
import Statistics

/// The rule that turns a forecast total into children to place per need group.
///
/// A need group's decisions (children's home places, emergency beds, carers for parents and babies) must hold for
/// the group's own count, and a small group's count varies more, relative to its size, than the total does: the
/// children split among groups by chance as well as the total being uncertain. So each group is planned at its own
/// quantile (``GroupIntervals``: the total's simulated paths, each split binomially by the group's share), not the
/// total's quantile × its share. Summing every group's own quantile would overstate the total, since the groups are
/// not all at their high levels in the same year; so the largest group takes the rest of the total's quantile, and
/// the plan's total stays the total's quantile. The largest group is usually mainstream fostering, the provision
/// with the most room to flex (spot placements with agencies). It is never planned below its own central forecast;
/// should that floor bind, the total rises above the total's quantile, and ``NeedGroupPlan/totalEnoughShare`` says
/// by how much.
public enum NeedGroupSizing {
  /// Each group's level for every plan year.
  ///
  /// - Parameters:
  ///   - years: the plan years, matching the other arrays' positions.
  ///   - totalDraws: simulated paths of the total looked after (one array per draw, one value per plan year).
  ///   - plannedTotals: the total looked after at the planned quantile, per plan year.
  ///   - pointTotals: the total's central forecast, per plan year.
  ///   - shares: each group's share of the total looked after (placed share × mix share), in the scenario's order.
  ///   - quantile: the planned quantile (0.8 = P80).
  ///   - seed: the seed of the binomial split (as `forecast` uses, so its group ranges come from the same draws).
  public static func plan(
    years: [Int], totalDraws: [[Double]], plannedTotals: [Double], pointTotals: [Double],
    shares: [(need: NeedGroupID, share: Double)], quantile: Double, seed: UInt64
  ) -> NeedGroupPlan? {
    let positive = shares.filter { $0.share > 0 }
    guard let remainder = remainderGroup(of: positive),
      years.count == plannedTotals.count, years.count == pointTotals.count
    else { return nil }
    let placedShare = positive.map(\.share).sumInFixedOrder()
    let samples = positive.map { group in
      GroupIntervals.sortedSamples(
        totalDraws: totalDraws, shares: Array(repeating: group.share, count: years.count), shareLogErrors: [],
        seed: seed)
    }
    guard samples.allSatisfy({ $0.count == years.count }) else { return nil }
    var levels: [NeedGroupLevel] = []
    var totalChildren: [Int: Double] = [:]
    var totalEnoughShare: [Int: Double] = [:]
    for (index, year) in years.enumerated() {
      let own = samples.map { SampleQuantile.type7($0[index], quantile) }
      let others = zip(positive, own).filter { $0.0.need != remainder }.map(\.1).sumInFixedOrder()
      var yearLevels: [NeedGroupLevel] = []
      for (groupIndex, group) in positive.enumerated() {
        let takesRest = group.need == remainder
        let children =
          takesRest
          ? max(plannedTotals[index] * placedShare - others, pointTotals[index] * group.share) : own[groupIndex]
        yearLevels.append(
          NeedGroupLevel(
            year: year, needGroup: group.need.rawValue, children: children,
            enoughShare: GroupIntervals.shareAtOrBelow(children, in: samples[groupIndex][index]),
            totalQuantileTimesShare: plannedTotals[index] * group.share, takesRemainder: takesRest))
      }
      let total = yearLevels.map(\.children).sumInFixedOrder()
      let placedDraws = totalDraws.map { $0[index] * placedShare }.sorted()
      totalChildren[year] = total
      totalEnoughShare[year] = GroupIntervals.shareAtOrBelow(total, in: placedDraws)
      levels += yearLevels
    }
    return NeedGroupPlan(
      rule: rule(quantile: quantile, remainderGroup: remainder.rawValue), remainderGroup: remainder.rawValue,
      levels: levels, totalChildren: totalChildren, totalEnoughShare: totalEnoughShare)
  }

  /// The group that takes the rest of the total: the one with the largest share (the first of equals); `nil` when
  /// no group has a share. The sweep's draws give it the rest too (``SweepDemandDraws``).
  public static func remainderGroup(of shares: [(need: NeedGroupID, share: Double)]) -> NeedGroupID? {
    shares.filter { $0.share > 0 }.max(by: { $0.share < $1.share })?.need
  }

  /// The rule in plain words, for plan.json and the report.
  public static func rule(quantile: Double, remainderGroup: String) -> String {
    let often = yearsOutOfTen(quantile)
    let percent = Int((quantile * 100).rounded())
    return "Each need group is planned at the level it stays below in \(often) (its own P\(percent), which"
      + " includes the chance split of children among groups, so a small group is planned above the total's"
      + " P\(percent) times its share), except the largest group, \(remainderGroup.replacingOccurrences(of: "_", with: " ")),"
      + " which takes the rest of the total's P\(percent): the plan's total stays the total's P\(percent), because"
      + " the groups are not all at their own P\(percent) in the same year. The largest group is never planned below"
      + " its central forecast."
  }

  /// "8 years out of 10" for 0.8; "85 % of years" when the quantile is not a whole number of tenths.
  public static func yearsOutOfTen(_ probability: Double) -> String {
    let tenths = probability * 10
    if abs(tenths - tenths.rounded()) < 1e-9 { return "\(Int(tenths.rounded())) years out of 10" }
    return "\(Int((probability * 100).rounded())) % of years"
  }
}

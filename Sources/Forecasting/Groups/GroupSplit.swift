import Statistics

/// One simulated total split among groups with the groups' own uncertainty, for simulations that need every group
/// of one future together (a demand sweep), not one group's quantiles at a time (``GroupIntervals``).
///
/// The children fall into groups by chance, as in ``GroupIntervals``: each group other than `remainder` gets a
/// binomial count of the total's children at its share, taken one group after another from the children not yet
/// counted (a multinomial split), so in any one year each such group's count has the distribution ``GroupIntervals``
/// gives its quantiles from. Each group's count is read at its own quantile of that distribution (`uniforms`), so a
/// future can keep a group at the same quantile in every year, as a simulated path of the total keeps one quantile
/// of its forecast (the same children stay in care from one year to the next). The `remainder` group (the largest,
/// which the plan also sizes as the rest of the total) takes whatever is left of the total × the shares' sum, so the
/// groups always add up to the drawn total.
public enum GroupSplit {
  /// Each group's children in one year of one draw, in the order of `shares`.
  ///
  /// - Parameters:
  ///   - total: the drawn total (children looked after); rounded to whole children for the split, as
  ///     ``GroupIntervals`` does.
  ///   - shares: each group's share of the total (for a plan's need groups: placed share × mix share); they should
  ///     sum to at most 1.
  ///   - remainder: the position in `shares` of the group that takes the rest.
  ///   - uniforms: each group's quantile in (0, 1), in the order of `shares` (the remainder's is not used).
  /// - Returns: non-negative counts summing to `total × shares' sum` (when `total` is negative, zeros); the groups
  ///   other than `remainder` are whole numbers unless together they exceed that sum (a tiny total), when they are
  ///   scaled down to it and `remainder` gets none.
  public static func split(total: Double, shares: [Double], remainder: Int, uniforms: [Double]) -> [Double] {
    let shares = shares.map { $0.isFinite ? max(0, $0) : 0 }
    let groupTotal = max(0, total) * shares.sumInFixedOrder()
    var counts = Array(repeating: 0.0, count: shares.count)
    guard shares.indices.contains(remainder), uniforms.count == shares.count, groupTotal > 0 else { return counts }
    var childrenLeft = Int(max(0, total).rounded())
    var chanceLeft = 1.0
    for index in shares.indices where index != remainder {
      guard childrenLeft > 0, chanceLeft > 0 else { break }
      let count = DistributionQuantile.binomial(
        trials: childrenLeft, probability: min(1, shares[index] / chanceLeft), at: uniforms[index])
      counts[index] = Double(count)
      childrenLeft -= count
      chanceLeft -= shares[index]
    }
    let others = counts.sumInFixedOrder()
    if others > groupTotal {
      counts = counts.map { $0 * groupTotal / others }
    } else {
      counts[remainder] = groupTotal - others
    }
    return counts
  }
}

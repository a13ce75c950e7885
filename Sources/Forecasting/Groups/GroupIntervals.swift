import Foundation
import Statistics

/// Intervals for one group of a forecast total (for example a need group's children) that carry the group's own
/// uncertainty, not just the total's bounds times a share.
///
/// Simulated: each draw takes the total at one uniform quantile of its forecast in every year (as
/// ``Forecast/simulate(paths:seed:)`` does), moves the group's projected share by a log error drawn from the share's
/// own backtest errors at that horizon (when there are any; see ``NeedMix/shareLogErrors(history:groups:horizon:)``),
/// and then draws how many of that many children fall in the group, binomially (even a known share splits a small
/// group's count unevenly from year to year). The point stays the total's point times the projected share.
public enum GroupIntervals {
  /// Simulated draws behind each group's quantiles.
  public static let draws = 4000

  /// The fewest backtest errors a horizon needs to use its own; fewer borrow the longest shorter horizon that has
  /// enough, scaled by √(h / k).
  public static let minimumShareErrors = 5

  /// The `probabilities`' quantiles of the group's count in each forecast year: one array per probability, one value
  /// per year.
  ///
  /// - Parameters:
  ///   - total: the forecast of the total.
  ///   - shares: the group's projected share in each forecast year.
  ///   - shareLogErrors: log(actual share / projected share) from the share's backtest, by horizon (index 0 is one
  ///     year ahead); empty when the share is fixed (given, not projected).
  ///   - seed: the simulation's seed (same seed, same quantiles).
  public static func quantiles(
    total: Forecast, shares: [Double], shareLogErrors: [[Double]], probabilities: [Double], seed: UInt64
  ) -> [[Double]] {
    quantiles(
      totalDraws: total.simulate(paths: draws, seed: seed), shares: shares, shareLogErrors: shareLogErrors,
      probabilities: probabilities, seed: seed &+ 1)
  }

  /// The same from simulated paths of the total (one array per draw, one value per forecast year), for callers that
  /// hold the total's paths rather than its ``Forecast``.
  public static func quantiles(
    totalDraws: [[Double]], shares: [Double], shareLogErrors: [[Double]], probabilities: [Double], seed: UInt64
  ) -> [[Double]] {
    let sorted = sortedSamples(totalDraws: totalDraws, shares: shares, shareLogErrors: shareLogErrors, seed: seed)
    guard !sorted.isEmpty else { return probabilities.map { _ in [] } }
    return probabilities.map { p in sorted.map { SampleQuantile.type7($0, min(max(p, 0), 1)) } }
  }

  /// The group's simulated counts behind ``quantiles(totalDraws:shares:shareLogErrors:probabilities:seed:)``, sorted,
  /// one array per forecast year (the same draws for the same seed), for callers that also need how often a level
  /// is enough.
  public static func sortedSamples(
    totalDraws: [[Double]], shares: [Double], shareLogErrors: [[Double]], seed: UInt64
  ) -> [[Double]] {
    let years = min(totalDraws.map(\.count).min() ?? 0, shares.count)
    guard years > 0 else { return [] }
    let errors = (0..<years).map { errorsForHorizon($0 + 1, from: shareLogErrors) }
    var generator = SplitMix64(seed: seed)
    var samples = Array(repeating: [Double](), count: years)
    for totals in totalDraws {
      for year in 0..<years {
        var share = shares[year]
        if !errors[year].isEmpty {
          share *= exp(errors[year][Int(generator.nextUnit() * Double(errors[year].count))])
        }
        let children = Int(max(0, totals[year]).rounded())
        samples[year].append(Double(generator.nextBinomial(trials: children, probability: min(1, share))))
      }
    }
    return samples.map { $0.sorted() }
  }

  /// The share of sorted simulated values at or below `level`: how often planning at `level` is enough.
  public static func shareAtOrBelow(_ level: Double, in sorted: [Double]) -> Double {
    guard !sorted.isEmpty else { return 0 }
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= level + 1e-9 { low = middle + 1 } else { high = middle }
    }
    return Double(low) / Double(sorted.count)
  }

  /// The errors used at `horizon`: its own when there are enough, else the longest shorter horizon's scaled by
  /// √(h / k); none when no horizon up to it has enough.
  static func errorsForHorizon(_ horizon: Int, from byHorizon: [[Double]]) -> [Double] {
    for source in stride(from: min(horizon, byHorizon.count), through: 1, by: -1) {
      let sample = byHorizon[source - 1].filter(\.isFinite)
      if sample.count >= minimumShareErrors {
        let scale = (Double(horizon) / Double(source)).squareRoot()
        return sample.map { $0 * scale }
      }
    }
    return []
  }
}

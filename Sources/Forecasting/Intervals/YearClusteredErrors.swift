import Foundation
import Statistics

/// One horizon's log forecast errors grouped by target year: the councils of one panel forecast for the same year
/// share that year's shock, so each year is one independent cluster, however many councils it holds.
///
/// ``centreDraws(count:seed:minimumErrors:)`` gives the sampling distribution of the errors' median by a cluster
/// bootstrap over the years (candidate I, `docs/forecast-validation-log.md`, ninth registration): a median from few
/// years is uncertain however many errors stand behind it, and the draws say how much.
public struct YearClusteredErrors: Sendable, Equatable {
  /// The errors of each target year, in year order.
  public let clusters: [[Double]]

  /// Groups errors by their target year.
  public init(errorsByYear: [Int: [Double]]) {
    clusters = errorsByYear.keys.sorted().compactMap { errorsByYear[$0] }.filter { !$0.isEmpty }
  }

  /// Every error, in year order.
  public var errors: [Double] { clusters.flatMap { $0 } }

  /// The number of errors.
  public var count: Int { clusters.reduce(0) { $0 + $1.count } }

  /// `count` plausible values of the errors' median (type 7), or `nil` when there are fewer than `minimumErrors`
  /// errors or fewer than two years (one year's errors carry no measure of their centre's uncertainty).
  ///
  /// Each draw takes as many years as there are, with replacement (a SplitMix64 generator from `seed`), pools their
  /// errors and takes the median m_b; it is returned as m + (m_b − m) · √(T / (T − 1)), where m is the median of
  /// all the errors and T the number of years: the bootstrap variance of a mean of T clusters is (T − 1) / T of its
  /// unbiased estimate.
  public func centreDraws(count draws: Int, seed: UInt64, minimumErrors: Int) -> [Double]? {
    let years = clusters.count
    guard count >= minimumErrors, years >= 2, draws > 0 else { return nil }
    let median = SampleQuantile.type7(errors.sorted(), 0.5)
    let inflation = (Double(years) / Double(years - 1)).squareRoot()
    var generator = SplitMix64(seed: seed)
    return (0..<draws).map { _ in
      var pooled: [Double] = []
      for _ in 0..<years { pooled += clusters[Int(generator.next() % UInt64(years))] }
      return median + (SampleQuantile.type7(pooled.sorted(), 0.5) - median) * inflation
    }
  }
}

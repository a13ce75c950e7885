import Foundation
import Statistics
import Testing

@testable import Forecasting

@Suite("A drawn total split among groups with the groups' own uncertainty")
struct GroupSplitTests {
  let shares = [0.5, 0.02, 0.1, 0.2]

  @Test("the groups add up to the total × the shares' sum, never below zero, in every draw")
  func sumsToTotal() {
    var generator = SplitMix64(seed: 5)
    for total in [0, 0.4, 1, 3, 17.6, 250, 12_345, -8] {
      for _ in 0..<200 {
        let counts = GroupSplit.split(total: total, shares: shares, remainder: 0, using: &generator)
        #expect(counts.count == shares.count)
        #expect(counts.allSatisfy { $0 >= 0 })
        #expect(abs(counts.reduce(0, +) - max(0, total) * 0.82) < 1e-9 * max(1, total))
      }
    }
  }

  @Test("a tiny total whose small groups outnumber the rest scales them down and leaves the remainder none")
  func tinyTotal() {
    // Two children, the remainder's share 0.1 of a 0.5 placed share: when both fall in the small groups, they exceed
    // 2 × 0.5 = 1 child and are scaled down to it.
    var generator = SplitMix64(seed: 1)
    var scaled = 0
    for _ in 0..<2000 {
      let counts = GroupSplit.split(total: 2, shares: [0.1, 0.2, 0.2], remainder: 0, using: &generator)
      #expect(counts.allSatisfy { $0 >= 0 } && abs(counts.reduce(0, +) - 1) < 1e-12)
      if counts[0] == 0 && counts.contains(where: { $0 != $0.rounded() }) { scaled += 1 }
    }
    #expect(scaled > 0)
  }

  @Test("the same seed gives the same split; another seed another")
  func deterministic() {
    func draws(_ seed: UInt64) -> [[Double]] {
      var generator = SplitMix64(seed: seed)
      return (0..<50).map { _ in GroupSplit.split(total: 300, shares: shares, remainder: 0, using: &generator) }
    }
    #expect(draws(9) == draws(9))
    #expect(draws(9) != draws(10))
  }

  @Test("each group but the remainder has the binomial quantiles GroupIntervals gives it, over 4,000 draws")
  func matchesGroupIntervals() {
    // A certain total of 280 children: every group's spread is the chance split alone.
    let totalDraws = Array(repeating: [280.0], count: GroupIntervals.draws)
    var generator = SplitMix64(seed: 21)
    var byGroup = Array(repeating: [Double](), count: shares.count)
    for totals in totalDraws {
      let counts = GroupSplit.split(total: totals[0], shares: shares, remainder: 0, using: &generator)
      for index in shares.indices { byGroup[index].append(counts[index]) }
    }
    for index in 1..<shares.count {
      let reference = GroupIntervals.quantiles(
        totalDraws: totalDraws, shares: [shares[index]], shareLogErrors: [], probabilities: [0.1, 0.5, 0.8, 0.9],
        seed: 3)
      let sorted = byGroup[index].sorted()
      for (probability, expected) in zip([0.1, 0.5, 0.8, 0.9], reference) {
        // Whole-number counts: the sample quantiles of two 4,000-draw samples differ by at most one child.
        #expect(abs(SampleQuantile.type7(sorted, probability) - expected[0]) <= 1, "group \(index) P\(probability)")
      }
      // Mean n p and variance n p (1 - p) of Bin(280, p).
      let mean = sorted.reduce(0, +) / Double(sorted.count)
      let variance = sorted.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(sorted.count - 1)
      let expectedVariance = 280 * shares[index] * (1 - shares[index])
      #expect(abs(mean - 280 * shares[index]) < 4 * (expectedVariance / Double(sorted.count)).squareRoot())
      #expect(abs(variance / expectedVariance - 1) < 0.1)
    }
  }
}

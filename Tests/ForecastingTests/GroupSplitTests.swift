import Foundation
import Statistics
import Testing

@testable import Forecasting

@Suite("A drawn total split among groups with the groups' own uncertainty")
struct GroupSplitTests {
  let shares = [0.5, 0.02, 0.1, 0.2]

  func uniforms(_ generator: inout SplitMix64, count: Int) -> [Double] {
    (0..<count).map { _ in generator.nextOpenUnit() }
  }

  @Test("the groups add up to the total × the shares' sum, never below zero, in every draw")
  func sumsToTotal() {
    var generator = SplitMix64(seed: 5)
    for total in [0, 0.4, 1, 3, 17.6, 250, 12_345, -8] {
      for _ in 0..<200 {
        let counts = GroupSplit.split(
          total: total, shares: shares, remainder: 0, uniforms: uniforms(&generator, count: shares.count))
        #expect(counts.count == shares.count)
        #expect(counts.allSatisfy { $0 >= 0 })
        #expect(abs(counts.reduce(0, +) - max(0, total) * 0.82) < 1e-9 * max(1, total))
      }
    }
  }

  @Test("a tiny total whose small groups outnumber the rest scales them down and leaves the remainder none")
  func tinyTotal() {
    // Two children, the remainder's share 0.1 of a 0.5 placed share: at its 99th percentile the second group has both
    // (P(Bin(2, 0.2) ≤ 1) = 0.96), more than 2 × 0.5 = 1 child, so they are scaled down to it.
    let counts = GroupSplit.split(total: 2, shares: [0.1, 0.2, 0.2], remainder: 0, uniforms: [0.5, 0.99, 0.99])
    #expect(counts == [0, 1, 0])
  }

  @Test("a higher quantile never gives the first group fewer children; the same quantiles give the same split")
  func monotoneAndRepeatable() {
    var last = -1.0
    for step in 1..<100 {
      let counts = GroupSplit.split(
        total: 300, shares: shares, remainder: 0, uniforms: [0.5, Double(step) / 100, 0.5, 0.5])
      #expect(counts[1] >= last)
      last = counts[1]
    }
    let once = GroupSplit.split(total: 300, shares: shares, remainder: 0, uniforms: [0.3, 0.7, 0.2, 0.9])
    #expect(once == GroupSplit.split(total: 300, shares: shares, remainder: 0, uniforms: [0.3, 0.7, 0.2, 0.9]))
  }

  @Test("each group but the remainder has the binomial quantiles GroupIntervals gives it, over 4,000 draws")
  func matchesGroupIntervals() {
    // A certain total of 280 children: every group's spread is the chance split alone.
    let totalDraws = Array(repeating: [280.0], count: GroupIntervals.draws)
    var generator = SplitMix64(seed: 21)
    var byGroup = Array(repeating: [Double](), count: shares.count)
    for totals in totalDraws {
      let counts = GroupSplit.split(
        total: totals[0], shares: shares, remainder: 0, uniforms: uniforms(&generator, count: shares.count))
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

  @Test("distribution quantiles: the normal's known values, and binomial counts at quantiles as exact inversion")
  func distributionQuantiles() {
    // Φ⁻¹(0.5) = 0, Φ⁻¹(0.8) = 0.8416212, Φ⁻¹(0.975) = 1.9599640, Φ⁻¹(0.001) = -3.0902323.
    #expect(abs(DistributionQuantile.standardNormal(0.5)) < 1e-9)
    #expect(abs(DistributionQuantile.standardNormal(0.8) - 0.8416212) < 1e-7)
    #expect(abs(DistributionQuantile.standardNormal(0.975) - 1.9599640) < 1e-7)
    #expect(abs(DistributionQuantile.standardNormal(0.001) + 3.0902323) < 1e-7)
    // Bin(200, 0.0125): P(X ≤ 0) = 0.081, P(X ≤ 1) = 0.286, P(X ≤ 4) = 0.893, P(X ≤ 5) = 0.958.
    #expect(DistributionQuantile.binomial(trials: 200, probability: 0.0125, at: 0.05) == 0)
    #expect(DistributionQuantile.binomial(trials: 200, probability: 0.0125, at: 0.1) == 1)
    #expect(DistributionQuantile.binomial(trials: 200, probability: 0.0125, at: 0.9) == 5)
    // Mirrored above one half: Bin(200, 0.9875) at 0.9 is 200 − Bin(200, 0.0125) at 0.1.
    #expect(DistributionQuantile.binomial(trials: 200, probability: 0.9875, at: 0.9) == 199)
    // Beyond a variance of 30, the normal approximation: Bin(1000, 0.5) at 0.8 is 500 + 15.81 × 0.8416 → 513.
    #expect(DistributionQuantile.binomial(trials: 1000, probability: 0.5, at: 0.8) == 513)
  }
}

import Statistics
import Testing

@testable import Reporting

@Suite("Nice axes")
struct NiceAxisTests {
  @Test("ticks cover the data for thousands of random data sets, and include zero when asked")
  func coversData() {
    var generator = SplitMix64(seed: 42)
    for trial in 0..<3000 {
      let magnitude = [0.001, 0.3, 1, 7, 100, 2_500, 1e6, 3.7e7][trial % 8]
      let count = Int.random(in: 1...12, using: &generator)
      let offset = Double.random(in: -2...2, using: &generator) * magnitude
      let values = (0..<count).map { _ in offset + Double.random(in: -1...1, using: &generator) * magnitude }
      let includeZero = trial % 3 == 0
      let axis = NiceAxis(covering: values, includeZero: includeZero)
      let low = values.min() ?? 0
      let high = values.max() ?? 0
      #expect(axis.lower <= low, "lower \(axis.lower) above min \(low)")
      #expect(axis.upper >= high, "upper \(axis.upper) below max \(high)")
      #expect(axis.ticks.count >= 2 && axis.ticks.count <= 12, "\(axis.ticks.count) ticks for \(values)")
      if includeZero { #expect(axis.lower <= 0 && axis.upper >= 0) }
    }
  }

  @Test("steps are 1, 2, 2.5 or 5 times a power of ten")
  func stepsAreRound() {
    for high in [0.07, 0.9, 3.0, 17, 341, 388.5, 12_345, 7_654_321] {
      let axis = NiceAxis(covering: [0, high], includeZero: true)
      var mantissa = axis.step
      while mantissa >= 10 { mantissa /= 10 }
      while mantissa < 1 { mantissa *= 10 }
      let isRound = [1.0, 2, 2.5, 5, 10].contains { abs(mantissa - $0) < 1e-9 }
      #expect(isRound, "step \(axis.step) for max \(high)")
    }
  }

  /// By hand, with the rule "the tightest axis of 4 to 10 ticks, fewer ticks on a tie": for 183-388 the steps
  /// 100, 50, 25 and 20 span 300, 250, 225 (10 ticks) and 220 (12 ticks, too many), so 25 wins.
  @Test("hand-worked axes: 0 to 341 in steps of 50; 183 to 388 without zero in steps of 25")
  func handWorked() {
    #expect(NiceAxis(covering: [183, 341], includeZero: true).ticks == [0, 50, 100, 150, 200, 250, 300, 350])
    #expect(
      NiceAxis(covering: [183, 388], includeZero: false).ticks == [175, 200, 225, 250, 275, 300, 325, 350, 375, 400])
    #expect(NiceAxis(covering: [0.06, 0.62], includeZero: true).ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
  }

  @Test("degenerate data (empty, one value, all zero, non-finite) still gives a usable axis")
  func degenerate() {
    for values in [[], [5.0], [0.0, 0.0], [Double.nan, .infinity], [-3.0]] {
      let axis = NiceAxis(covering: values, includeZero: true)
      #expect(axis.ticks.count >= 2)
      #expect(axis.upper > axis.lower)
    }
  }
}

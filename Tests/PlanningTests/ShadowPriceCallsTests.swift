import Testing

@testable import Planning

/// The shadow-price re-solves are split into calls that two cores share evenly, the same on every machine.
@Suite("Shadow-price calls")
struct ShadowPriceCallsTests {
  @Test(
    "requests split into the fewest calls of at most 60, in pairs of near-equal size, in order",
    arguments: [
      (0, [Int]()), (1, [1]), (3, [2, 1]), (41, [21, 20]), (108, [54, 54]), (120, [60, 60]), (121, [31, 30, 30, 30]),
      (160, [40, 40, 40, 40]), (241, [41, 40, 40, 40, 40, 40]),
    ])
  func callSizes(requests: Int, sizes: [Int]) {
    let calls = ShadowPriceReport.calls(Array(0..<requests))
    #expect(calls.map(\.count) == sizes)
    #expect(calls.flatMap { $0 } == Array(0..<requests))
    #expect(calls.allSatisfy { !$0.isEmpty && $0.count <= ShadowPriceReport.probesPerCall })
  }
}

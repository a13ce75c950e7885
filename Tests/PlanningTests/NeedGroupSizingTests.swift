import PlacementDomain
import Planning
import Testing

@Suite("Each need group planned at its own quantile, the total kept coherent")
struct NeedGroupSizingTests {
  /// One plan year whose simulated totals are spread evenly over 900–1,100.
  let spreadDraws = (0..<4000).map { [900 + 200 * Double($0) / 3999] }

  @Test("a known total splits binomially: a 10 % group of 100 children is planned at 14 for P90 (Bin(100, 0.1))")
  func binomialQuantile() throws {
    // P(X <= 13) = 0.876 and P(X <= 14) = 0.927 for X ~ Bin(100, 0.1): the smallest count enough 9 years in 10 is 14.
    let plan = try #require(
      NeedGroupSizing.plan(
        years: [2019], totalDraws: Array(repeating: [100], count: 4000), plannedTotals: [100], pointTotals: [90],
        shares: [("fostering", 0.9), ("residential", 0.1)], quantile: 0.9, seed: 7))
    let residential = try #require(plan.levels.first { $0.needGroup == "residential" })
    #expect(residential.children == 14)
    #expect(abs(residential.enoughShare - 0.927) < 0.02)
    #expect(abs(residential.totalQuantileTimesShare - 10) < 1e-9)
    // Fostering takes the rest of the total, 100 - 14, above its central forecast (90 x 0.9 = 81).
    let fostering = try #require(plan.levels.first { $0.needGroup == "fostering" })
    #expect(fostering.takesRemainder)
    #expect(abs(fostering.children - 86) < 1e-9)
    #expect(plan.remainderGroup == "fostering")
  }

  @Test("small groups sit above the total's quantile times their share; the total stays the total's quantile")
  func coherentTotal() throws {
    let shares: [(need: NeedGroupID, share: Double)] = [
      ("mainstream", 0.6), ("residential", 0.1), ("emergency", 0.01),
    ]
    let plan = try #require(
      NeedGroupSizing.plan(
        years: [2019], totalDraws: spreadDraws, plannedTotals: [1080], pointTotals: [1000], shares: shares,
        quantile: 0.9, seed: 3))
    let placed = 1080 * 0.71
    #expect(abs((plan.totalChildren[2019] ?? 0) - placed) < 1e-9)
    #expect(abs(plan.levels.map(\.children).reduce(0, +) - placed) < 1e-9)
    for level in plan.levels where !level.takesRemainder {
      #expect(level.children > level.totalQuantileTimesShare)
      #expect(level.enoughShare >= 0.9)
    }
    let mainstream = try #require(plan.levels.first { $0.needGroup == "mainstream" })
    #expect(mainstream.takesRemainder)
    #expect(mainstream.children < mainstream.totalQuantileTimesShare)
    #expect(mainstream.enoughShare < 0.9)
    // The total's draws are even over 900-1,100, so 1,080 is enough in 90 % of them.
    #expect(abs((plan.totalEnoughShare[2019] ?? 0) - 0.9) < 0.01)
    #expect(plan.rule.contains("8 years out of 10") == false)
    #expect(plan.rule.contains("9 years out of 10"))
  }

  @Test("the largest group is never planned below its central forecast: then the total rises above the quantile")
  func remainderFloor() throws {
    // Ten equal small groups leave the largest too little; it is held at its point, 1,000 x 0.3.
    var shares: [(need: NeedGroupID, share: Double)] = [("largest", 0.3)]
    for index in 0..<10 { shares.append((NeedGroupID("small\(index)"), 0.05)) }
    let plan = try #require(
      NeedGroupSizing.plan(
        years: [2019], totalDraws: spreadDraws, plannedTotals: [1000], pointTotals: [1000], shares: shares,
        quantile: 0.9, seed: 5))
    let largest = try #require(plan.levels.first { $0.needGroup == "largest" })
    #expect(abs(largest.children - 300) < 1e-9)
    #expect((plan.totalChildren[2019] ?? 0) > 1000 * 0.8 + 50)
    #expect(plan.totalEnoughShare[2019] == 1)
  }

  @Test("no need groups with a share: no plan")
  func noGroups() {
    #expect(
      NeedGroupSizing.plan(
        years: [2019], totalDraws: spreadDraws, plannedTotals: [1000], pointTotals: [1000], shares: [],
        quantile: 0.8, seed: 1) == nil)
  }

  @Test("quantiles in words")
  func words() {
    #expect(NeedGroupSizing.yearsOutOfTen(0.8) == "8 years out of 10")
    #expect(NeedGroupSizing.yearsOutOfTen(0.85) == "85 % of years")
  }
}

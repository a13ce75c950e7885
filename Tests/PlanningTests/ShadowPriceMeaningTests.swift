import Foundation
import GLPKBackend
import PlacementDomain
import Planning
import Testing

/// Shadow prices mean what they say: pounds only for real spending, children where need would go unmet, and the
/// number of units each value holds for, all on plans small enough to work out by hand (see ``ScenarioBuilder``:
/// 18 children, 10 in-house places at £400 a week, 5 IFA places at £800, a hotel at £5,000).
@Suite("Shadow prices in their units")
struct ShadowPriceMeaningTests {
  let weeks = Units.weeksPerYear

  func plan(_ builder: ScenarioBuilder) throws -> Plan {
    let scenario = builder.build()
    return try Planner(solver: GLPKSolver())
      .plan(scenario, demand: try DemandResolver().resolve(scenario), scenarioHash: "test").plan
  }

  @Test("a household displaces a hotel placement: real money, for as many households as there are hotel children")
  func household() throws {
    let household = try #require(try plan(ScenarioBuilder()).shadowPrices.first { $0.kind == .inHouseHousehold })
    #expect(household.drivenBy == .spending)
    #expect(abs(household.saving - weeks * (5_000 - 400)) < 0.01)
    #expect(household.needMet == 0)
    // 3 children are in the hotel: 1 and 2 more households each save the same, 4 would not.
    #expect(household.holdsForUnits == 2)
  }

  @Test("with a budget ceiling, £1m more places children (counted, not priced at the penalty) at a real cost")
  func budget() throws {
    var builder = ScenarioBuilder()
    builder.budgetCeiling = weeks * (10 * 400 + 5 * 800)
    let budget = try #require(try plan(builder).shadowPrices.first { $0.kind == .budget })
    // £1m buys 1,000,000 / (5,000 × 52.14) = 3.84 hotel placements, but only 3 children are unplaced.
    #expect(budget.drivenBy == .unmetNeed)
    #expect(abs(budget.needMet - 3) < 1e-4)
    #expect(abs(budget.saving + 3 * weeks * 5_000) < 0.01)
    #expect(budget.holdsForUnits == 1)
    #expect(budget.explanation.contains("3.00 more children"))
    #expect(!budget.explanation.contains("50,000"))
  }

  @Test("where need goes unmet, a place is worth a child placed and costs its price; no penalty pounds anywhere")
  func unmetNeed() throws {
    var builder = ScenarioBuilder()
    builder.lastResortWeeklyPrice = nil
    let prices = try plan(builder).shadowPrices
    let ifa = try #require(prices.first { $0.kind == .externalPlace && $0.subject == "ifa" })
    #expect(ifa.drivenBy == .unmetNeed)
    #expect(abs(ifa.needMet - 1) < 1e-6)
    #expect(abs(ifa.saving + weeks * 800) < 0.01)
    #expect(ifa.holdsForUnits == 2)
    // No value anywhere reaches the penalty's scale (£50,000 a week = £2.6m a year).
    #expect(prices.allSatisfy { abs($0.saving) < 1_000_000 })
  }

  @Test("where the in-house share target is missed, a household counts in placements nearer it, and its real saving")
  func shareTarget() throws {
    // 25 children, 10 in-house places, 20 IFA places, a 60 % in-house target: 15 needed in-house, 5 short. One more
    // household is one more in-house place instead of an IFA place: 1 placement nearer, £(800 − 400) a week saved.
    var builder = ScenarioBuilder()
    builder.demandPerYear = 25
    builder.ifaPlaces = 20
    builder.minimumInHouseShare = 0.6
    let household = try #require(try plan(builder).shadowPrices.first { $0.kind == .inHouseHousehold })
    #expect(household.drivenBy == .inHouseShareTarget)
    #expect(abs(household.shareShortfallCut - 1) < 1e-4)
    #expect(household.needMet == 0)
    #expect(abs(household.saving - weeks * 400) < 0.01)
    #expect(household.explanation.contains("placements nearer"))
  }

  @Test("a resource with room to spare is not binding and has no range")
  func slack() throws {
    var builder = ScenarioBuilder()
    builder.ifaPlaces = 30
    let ifa = try #require(
      try plan(builder).shadowPrices.first { $0.kind == .externalPlace && $0.subject == "ifa" })
    #expect(!ifa.binding)
    #expect(ifa.saving == 0 && ifa.holdsForUnits == nil)
  }
}

/// Costs at the price base's prices and in cash, and a budget ceiling read as cash.
@Suite("price base and yearly uplift")
struct PriceUpliftTests {
  @Test("cash = constant × (1 + uplift)^(years since the price base), line by line and in total")
  func cashCosts() throws {
    var builder = ScenarioBuilder()
    builder.horizonYears = 2
    builder.upliftPerYear = 0.05
    let scenario = builder.build()
    let plan = try Planner(solver: GLPKSolver())
      .plan(scenario, demand: try DemandResolver().resolve(scenario), scenarioHash: "test").plan
    for line in plan.budget {
      let factor = pow(1.05, Double(line.year - 2020))
      #expect(abs(line.cashFactor - factor) < 1e-6)
      #expect(abs(line.annualCostCash - (line.annualCost * line.cashFactor * 100).rounded() / 100) < 1e-6)
    }
    let cash = plan.years.reduce(0) { $0 + $1.annualCostCash }
    #expect(abs(plan.totals.totalCostCash - cash) < 0.005)
    #expect(plan.totals.totalCostCash > plan.totals.totalCost)
    #expect(plan.totals.priceBaseYear == 2020)
  }

  @Test("a cash budget ceiling buys less when prices rise: with 5 % uplift it buys £8,000 / 1.05 a week at 2020 prices")
  func cashCeiling() throws {
    var builder = ScenarioBuilder()
    builder.budgetCeiling = Units.weeksPerYear * (10 * 400 + 5 * 800)
    let flat = try ShadowPriceMeaningTests().plan(builder)
    builder.upliftPerYear = 0.05
    let rising = try ShadowPriceMeaningTests().plan(builder)
    #expect(abs(flat.totals.unmetPlacementYears - 3) < 1e-6)
    // In-house first (10 × £400), then IFA with what is left: (8,000 / 1.05 − 4,000) / 800 = 4.524 placements.
    #expect(abs(rising.totals.unmetPlacementYears - (18 - 10 - (8_000 / 1.05 - 4_000) / 800)) < 2e-4)
    #expect(rising.years[0].annualCostCash <= Units.weeksPerYear * (10 * 400 + 5 * 800) + 0.01)
  }
}

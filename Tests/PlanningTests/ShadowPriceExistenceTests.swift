import GLPKBackend
import PlacementDomain
import Planning
import Testing

/// Nothing is valued where the resource cannot exist: a home with no places that may open only from its earliest
/// year has no shadow price before then.
@Suite("shadow prices only where the resource can exist")
struct ShadowPriceExistenceTests {
  @Test("a home that may open only in 2022 is not valued in 2021; in 2022 it is")
  func notYetOpen() throws {
    var builder = ScenarioBuilder()
    builder.horizonYears = 2
    var scenario = builder.build()
    scenario.providers.append(
      Provider(
        id: "new_home", name: "New home", provisionType: "in_house_residential", location: ScenarioBuilder.home,
        placesByYear: [2021: 0, 2022: 0], weeklyPrice: 1_000,
        opening: OpeningOption(bedsPerUnit: 2, annualFixedCost: 10_000, maximumUnits: 1, earliestYear: 2022)))
    scenario.suitability.append(Suitability(needGroup: "mainstream", provisionType: "in_house_residential"))
    let plan = try Planner(solver: GLPKSolver())
      .plan(scenario, demand: try DemandResolver().resolve(scenario), scenarioHash: "test").plan
    let prices = plan.shadowPrices.filter { $0.subject == "new_home" }
    #expect(!prices.contains { $0.year == 2021 })
    #expect(prices.contains { $0.year == 2022 })
  }
}

import GLPKBackend
import LinearProgramming
import PlacementDomain
import Planning
import Testing

/// Identical providers pooled into one set of columns must give the same optimum as the unpooled programme, and the
/// plan must split the pool back onto real providers within their own places.
@Suite("Provider pooling")
struct ProviderPoolingTests {
  let weeks = Units.weeksPerYear

  /// 18 children a year for two years; 5 in-house places at £400; three identical IFAs at the home area (2, 3 and
  /// 4 places at £800); one IFA 0.1° north (2 places at £850); a £5,000 hotel.
  func scenario() -> Scenario {
    var scenario = ScenarioBuilder(horizonYears: 2, households: 5, ifaPlaces: 2, ifaWeeklyPrice: 850, ifaLatitude: 54.1)
      .build()
    let years = scenario.planYears
    for (id, places) in [("twin_a", 2.0), ("twin_b", 3.0), ("twin_c", 4.0)] {
      scenario.providers.append(
        Provider(
          id: ProviderID(id), name: id, provisionType: "ifa", location: ScenarioBuilder.home,
          placesByYear: Dictionary(uniqueKeysWithValues: years.map { ($0, places) }), weeklyPrice: 800))
    }
    return scenario
  }

  func solve(_ scenario: Scenario, pooled: Bool) throws -> (PlanFormulation, Solution) {
    let formulation = PlanFormulation(
      scenario: scenario, demand: try DemandResolver().resolve(scenario), poolIdenticalProviders: pooled)
    return (formulation, try GLPKSolver().solve(formulation.program, options: SolveOptions()).requireOptimal())
  }

  @Test("pooling three identical IFAs gives the hand-computed optimum, the same as without pooling")
  func sameOptimum() throws {
    let (pooled, pooledSolution) = try solve(scenario(), pooled: true)
    let (separate, separateSolution) = try solve(scenario(), pooled: false)
    // Per year: 5 in-house at £400, 9 at the twins at £800, 2 at the far IFA at £850, 2 in the hotel at £5,000.
    let spending = 2 * weeks * (5 * 400 + 9 * 800 + 2 * 850 + 2 * 5_000)
    let spent = { (formulation: PlanFormulation, solution: Solution) in
      formulation.costTerms.reduce(0) { $0 + $1.annualCost * solution.value(of: $1.variable) }
    }
    #expect(abs(spent(pooled, pooledSolution) - spending) < 0.01)
    #expect(abs(spent(separate, separateSolution) - spending) < 0.01)
    #expect(abs((pooledSolution.objectiveValue ?? 0) - (separateSolution.objectiveValue ?? 0)) < 1e-6)
    #expect(pooled.program.variables.count < separate.program.variables.count)
    #expect(pooled.pooling.members.filter { $0.count == 3 }.count == 1)
  }

  @Test("the plan splits the pool onto each provider within its places, and each gets the pool's shadow price")
  func splitBack() throws {
    let scenario = scenario()
    let outcome = try Planner(solver: GLPKSolver()).plan(
      scenario, demand: try DemandResolver().resolve(scenario), scenarioHash: "test")
    for year in scenario.planYears {
      let lines = outcome.plan.placements.filter { $0.year == year }
      let byProvider = Dictionary(grouping: lines, by: \.provider).mapValues { $0.reduce(0) { $0 + $1.placements } }
      #expect(abs((byProvider["twin_a"] ?? 0) - 2) < 1e-6)
      #expect(abs((byProvider["twin_b"] ?? 0) - 3) < 1e-6)
      #expect(abs((byProvider["twin_c"] ?? 0) - 4) < 1e-6)
      let prices = outcome.plan.shadowPrices.filter { $0.year == year && $0.subject.hasPrefix("twin_") }
      #expect(prices.count == 3)
      // One more twin place replaces a hotel placement: saves £5,000 − £800 a week.
      for price in prices { #expect(abs(price.saving - weeks * 4_200) < 0.02) }
    }
  }

  @Test("providers that differ in price, place or options are not pooled")
  func onlyIdentical() {
    var scenario = scenario()
    scenario.providers[scenario.providers.count - 1].weeklyPrice = 801
    let formulation = PlanFormulation(scenario: scenario, demand: DemandTable(placements: [:], provenance: [:]))
    #expect(formulation.pooling.members.filter { $0.count == 2 }.count == 1)
    #expect(formulation.pooling.members.allSatisfy { $0.count <= 2 })
  }

  @Test("split fills members in order and sends any excess to the last")
  func splitOrder() {
    var capacity: [Double?] = [2, 3, 4]
    #expect(ProviderPooling.split(4, capacity: &capacity) == [2, 2, 0])
    #expect(capacity == [0, 1, 4])
    #expect(ProviderPooling.split(6, capacity: &capacity) == [0, 1, 5])
  }
}

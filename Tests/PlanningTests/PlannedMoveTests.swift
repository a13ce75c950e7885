import GLPKBackend
import PlacementDomain
import Planning
import PropertyBased
import Testing

/// Planned moves (step-downs from a children's home to a foster family), hand-solved: a move is made only where it
/// pays, never beyond its yearly limit, and the plan reports every one.
@Suite("Planned moves, hand-solved")
struct PlannedMoveTests {
  let weeks = Units.weeksPerYear

  /// One year. Four children need residential care (homes at £3,000 a week) and two need complex fostering (ten
  /// in-house places at £400). At 31 March four children are in the homes; half their placements end each year, so
  /// (1 + 0.5)/2 × 4 = 3 still run on over the year, unless moved.
  func stepDown(costPerMove: Double, successRate: Double, limit: Double) -> Scenario {
    let home = ScenarioBuilder.home
    return Scenario(
      name: "step-down", baseYear: 2020, horizonYears: 1, authorities: [Authority(id: "la", name: "Test LA")],
      areas: [Area(id: "home", authority: "la", name: "Home", location: home, demandShare: 1)],
      needGroups: [
        NeedGroup(id: "residential", name: "Residential", maximumMiles: 100),
        NeedGroup(id: "complex", name: "Complex fostering", maximumMiles: 100),
      ],
      provisionTypes: DefaultTaxonomy.provisionTypes,
      suitability: [
        Suitability(needGroup: "residential", provisionType: "external_residential"),
        Suitability(needGroup: "complex", provisionType: "in_house_fostering"),
      ],
      demand: [
        DemandSpecification(
          authority: "la", source: .byNeed([2021: ["residential": 4, "complex": 2]]),
          placedAtBase: ["external_residential": 4])
      ],
      providers: [
        Provider(
          id: "homes", name: "Homes", provisionType: "external_residential", location: home, placesByYear: [2021: 10],
          weeklyPrice: 3_000)
      ],
      inHouseFostering: [
        InHouseFosteringSupply(
          area: "home", households: 10, placesPerHousehold: 1, usableShare: 1, annualAttrition: 0,
          recruitmentCost: 0, maximumRecruitsPerYear: 0, firstYearAvailability: 0.5, weeklyCost: 400)
      ],
      emergency: nil, distance: DistancePolicy(roadFactor: 1), policy: PlanningPolicy(),
      statusQuoMix: ["external_residential": 4],
      stability: PlacementStability(
        continuation: ["external_residential": 0.5, "in_house_fostering": 0.5],
        plannedMoves: [
          PlannedMove(
            from: "residential", to: "complex", maximumPerYear: limit, costPerMove: costPerMove,
            successRate: successRate)
        ]))
  }

  func solve(_ scenario: Scenario) throws -> Plan {
    let demand = try DemandResolver().resolve(scenario)
    return try Planner(solver: GLPKSolver()).plan(scenario, demand: demand, scenarioHash: "test").plan
  }

  func placed(_ plan: Plan, _ type: String) -> Double {
    plan.placements.filter { $0.provisionType == type }.reduce(0) { $0 + $1.placements }
  }

  @Test("a step-down that pays is made up to its limit: two children move home to family at £10,000 each")
  func stepDownThatPays() throws {
    // Each move saves (£3,000 − £400) × 52.14 = £135,564 a year against £10,000. With 2 moves the homes keep 2
    // children (the 3 running on less 2 moved, plus 1 new) and the carers take 4.
    let plan = try solve(stepDown(costPerMove: 10_000, successRate: 1, limit: 2))
    #expect(abs(placed(plan, "external_residential") - 2) < 1e-6)
    #expect(abs(placed(plan, "in_house_fostering") - 4) < 1e-6)
    #expect(abs(plan.totals.totalCost - (weeks * (2 * 3_000 + 4 * 400) + 2 * 10_000)) < 0.01)
    #expect(plan.moves.map(\.moves) == [2])
    #expect(plan.moves.map(\.cost) == [20_000])
    let homes = try #require(plan.budget.first { $0.provisionType == "external_residential" })
    #expect(homes.plannedMoves == 20_000)
    // Carrying on as today makes no planned moves.
    #expect(abs((plan.totals.statusQuoCost ?? 0) - weeks * (4 * 3_000 + 2 * 400)) < 0.01)
  }

  @Test("a step-down that costs more than it saves is not made")
  func stepDownThatDoesNotPay() throws {
    let plan = try solve(stepDown(costPerMove: 200_000, successRate: 1, limit: 2))
    #expect(plan.moves.isEmpty)
    #expect(abs(plan.totals.totalCost - weeks * (4 * 3_000 + 2 * 400)) < 0.01)
  }

  @Test("a move that breaks down half the time: the child needs a home again, and the move still pays")
  func halfSuccess() throws {
    // 2 moves, 1 lasting: the homes keep 3 (the 1 whose move broke down placed again), the carers take 3.
    let plan = try solve(stepDown(costPerMove: 10_000, successRate: 0.5, limit: 2))
    #expect(abs(placed(plan, "external_residential") - 3) < 1e-6)
    #expect(abs(placed(plan, "in_house_fostering") - 3) < 1e-6)
    #expect(plan.moves.map(\.lasting) == [1])
    #expect(abs(plan.totals.totalCost - (weeks * (3 * 3_000 + 3 * 400) + 2 * 10_000)) < 0.01)
  }

  @Test("moves take only children who are there: never more than the placements running on")
  func movesWithinTheChildrenPlaced() throws {
    // A limit of 10 a year, but only 3 placements run on: at most 3 moves.
    let plan = try solve(stepDown(costPerMove: 10_000, successRate: 1, limit: 10))
    #expect((plan.moves.first?.moves ?? 0) <= 3 + 1e-6)
    #expect(abs(placed(plan, "external_residential") - 1) < 1e-6)
  }

  @Test("raising a move limit never raises the cost")
  func higherLimitNeverDearer() async {
    await propertyCheck(
      count: 20, input: Gen.double(in: 0...4), Gen.double(in: 0...3), Gen.double(in: 0...150_000),
      Gen.double(in: 0...1)
    ) { limit, rise, cost, success in
      let before = try #require(try? solve(stepDown(costPerMove: cost, successRate: success, limit: limit)))
      let after = try #require(try? solve(stepDown(costPerMove: cost, successRate: success, limit: limit + rise)))
      #expect(after.solver.objective <= before.solver.objective + 1e-3)
    }
  }
}

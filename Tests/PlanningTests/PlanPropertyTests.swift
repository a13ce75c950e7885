import GLPKBackend
import PlacementDomain
import Planning
import PropertyBased
import Testing

/// Properties that must hold for any plan, on random small scenarios.
@Suite("Plan properties")
struct PlanPropertyTests {
  func plan(_ builder: ScenarioBuilder) throws -> Plan {
    let scenario = builder.build()
    return try Planner(solver: GLPKSolver()).plan(
      scenario, demand: try DemandResolver().resolve(scenario), scenarioHash: "property"
    ).plan
  }

  static let scenarios = zip(
    Gen.double(in: 1...60), Gen.double(in: 0...30), Gen.double(in: 0...30), Gen.double(in: 300...1_500),
    Gen.double(in: 0...8), Gen.int(in: 1...3), Gen.bool
  ).map { demand, households, ifaPlaces, ifaPrice, recruits, horizon, hasHotel in
    var builder = ScenarioBuilder()
    builder.demandPerYear = demand
    builder.households = households
    builder.ifaPlaces = ifaPlaces
    builder.ifaWeeklyPrice = ifaPrice
    builder.maximumRecruits = recruits
    builder.horizonYears = horizon
    builder.attrition = 0.11
    builder.lastResortWeeklyPrice = hasHotel ? 6_000 : nil
    return builder
  }

  @Test("capacity is never exceeded and demand is always accounted for")
  func capacityNeverExceeded() async {
    await propertyCheck(count: 40, input: Self.scenarios) { builder in
      let plan = try #require(try? plan(builder))
      for year in plan.planYears {
        let ifa = plan.placements.filter { $0.year == year && $0.provisionType == "ifa" }.reduce(0) {
          $0 + $1.placements
        }
        #expect(ifa <= builder.ifaPlaces + 1e-4)
        let inHouse = plan.placements.filter { $0.year == year && $0.provisionType == "in_house_fostering" }
          .reduce(0) { $0 + $1.placements }
        let recruitment = try #require(plan.recruitment.first { $0.year == year })
        #expect(inHouse <= recruitment.usablePlaces + 1e-4)
        let gap = try #require(plan.gap.first { $0.year == year })
        #expect(abs(gap.placed + gap.unmet - gap.demand) < 1e-3)
      }
    }
  }

  @Test("more capacity never gives more unmet need")
  func moreCapacityNeverMoreUnmet() async {
    await propertyCheck(count: 30, input: Self.scenarios, Gen.double(in: 0...20)) { builder, extra in
      var bigger = builder
      bigger.ifaPlaces += extra
      bigger.households += extra / 2
      let before = try #require(try? plan(builder))
      let after = try #require(try? plan(bigger))
      #expect(after.totals.unmetPlacementYears <= before.totals.unmetPlacementYears + 1e-6)
      #expect(after.solver.objective <= before.solver.objective + 1e-3)
    }
  }

  @Test("raising the IFA price never increases IFA use")
  func higherIFAPriceNeverMoreIFA() async {
    await propertyCheck(count: 30, input: Self.scenarios, Gen.double(in: 1...2_000)) { builder, rise in
      var dearer = builder
      dearer.ifaWeeklyPrice += rise
      let before = try #require(try? plan(builder))
      let after = try #require(try? plan(dearer))
      func ifaUse(_ plan: Plan) -> Double {
        plan.placements.filter { $0.provisionType == "ifa" }.reduce(0) { $0 + $1.placements }
      }
      #expect(ifaUse(after) <= ifaUse(before) + 1e-6)
    }
  }
}

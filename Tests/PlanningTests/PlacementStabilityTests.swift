import Foundation
import GLPKBackend
import LinearProgramming
import PlacementDomain
import PropertyBased
import ScenarioInputs
import Testing

@testable import Planning

/// Placements run on: hand-solved plans where children already placed must stay, where one council's carers may
/// not take another's children, and where the status quo is solved as its own plan.
@Suite("Placement stability, hand-solved")
struct PlacementStabilityTests {
  let weeks = Units.weeksPerYear

  func solve(_ scenario: Scenario) throws -> Plan {
    let demand = try DemandResolver().resolve(scenario)
    return try Planner(solver: GLPKSolver()).plan(scenario, demand: demand, scenarioHash: "test").plan
  }

  /// Ten children a year for two years, ten in-house places at £400 and IFA at £800: with nobody placed at the base
  /// date every child goes in-house.
  func settled(ifaAtBase: Double) -> ScenarioBuilder {
    var builder = ScenarioBuilder()
    builder.horizonYears = 2
    builder.demandPerYear = 10
    builder.ifaPlaces = 10
    builder.placedAtBase = ifaAtBase > 0 ? ["ifa": ifaAtBase, "in_house_fostering": 10 - ifaAtBase] : [:]
    builder.continuation = ["ifa": 0.5, "in_house_fostering": 0.5]
    return builder
  }

  func placed(_ plan: Plan, _ type: String, in year: Int) -> Double {
    plan.placements.filter { $0.provisionType == type && $0.year == year }.reduce(0) { $0 + $1.placements }
  }

  @Test("children placed with an IFA at the base date stay there as their placements end, not moved in-house")
  func stockThatMustNotMove() throws {
    // Without a stock, all 10 in-house both years: 2 × 10 × £400 a week.
    let free = try solve(settled(ifaAtBase: 0).build())
    #expect(abs(free.totals.totalCost - 2 * weeks * 10 * 400) < 0.01)
    // 8 with an IFA at the base date, half of whose placements end each year: (1 + 0.5)/2 × 8 = 6 still run on
    // average over the first year, and half of those, 3, in the second. The rest go in-house.
    let plan = try solve(settled(ifaAtBase: 8).build())
    #expect(abs(placed(plan, "ifa", in: 2021) - 6) < 1e-6)
    #expect(abs(placed(plan, "ifa", in: 2022) - 3) < 1e-6)
    #expect(abs(plan.totals.totalCost - weeks * ((6 * 800 + 4 * 400) + (3 * 800 + 7 * 400))) < 0.01)
    let flows = plan.flows.filter { $0.provisionType == "ifa" }
    #expect(flows.map(\.continuing) == [6, 3])
    #expect(flows.map(\.newPlacements) == [0, 0])
    let inHouse = plan.flows.filter { $0.provisionType == "in_house_fostering" }
    // In-house: 1 of the 2 at the base date runs on ((1 + 0.5)/2 × 2 = 1.5), 2.5 new; then 2 of 4 run on, 5 new.
    #expect(inHouse.map(\.continuing) == [1.5, 2])
    #expect(inHouse.map(\.newPlacements) == [2.5, 5])
  }

  @Test("placements with no room to run on are reported, not left to the solver to fail")
  func stockWithoutRoom() throws {
    var builder = settled(ifaAtBase: 8)
    builder.ifaPlaces = 2
    let plan = try solve(builder.build())
    #expect(abs(placed(plan, "ifa", in: 2021) - 2) < 1e-6)
    #expect(plan.warnings.contains { $0.hasPrefix("4 of la's placements in ifa at 31 March 2020 cannot run on") })
  }

  @Test("care leavers staying put take in-house places first; children go to the IFA and then to last resort")
  func stayingPut() throws {
    // 18 children; 10 in-house places of which 3 are taken by care leavers staying put: 7 in-house at £400, 5 IFA
    // at £800, 6 in a hotel at £5,000.
    var builder = ScenarioBuilder()
    builder.stayingPut = 3
    let plan = try solve(builder.build())
    #expect(abs(plan.totals.totalCost - weeks * (7 * 400 + 5 * 800 + 6 * 5_000)) < 0.01)
    #expect(plan.recruitment.map(\.stayingPut) == [3])
    #expect(plan.recruitment.map(\.usablePlaces) == [7])
    // More care leavers than places: the carers' 10 places all go to them and the rest are reported.
    builder.stayingPut = 12
    let crowded = try solve(builder.build())
    #expect(crowded.recruitment.map(\.stayingPut) == [10])
    #expect(crowded.warnings.contains { $0.hasPrefix("2 care leavers staying put in home in 2021 find no place") })
  }

  @Test("carrying on as today is solved as its own plan: recruitment at the base year's rate and today's share")
  func statusQuoSolved() throws {
    // 12 children for one year; 10 in-house places; recruits give a whole place in their first year at £1,000.
    // The plan recruits 2: 12 in-house. Carrying on as today recruits none and keeps today's 10:2 share: 10
    // in-house and 2 with the IFA.
    var builder = ScenarioBuilder()
    builder.demandPerYear = 12
    builder.maximumRecruits = 5
    builder.firstYearAvailability = 1
    builder.recruitedInBaseYear = 0
    builder.statusQuoMix = ["in_house_fostering": 10, "ifa": 2]
    let plan = try solve(builder.build())
    let planCost = weeks * 12 * 400 + 2 * 1_000
    let statusQuoCost = weeks * (10 * 400 + 2 * 800)
    #expect(abs(plan.totals.totalCost - planCost) < 0.01)
    #expect(abs((plan.totals.statusQuoCost ?? 0) - statusQuoCost) < 0.01)
    #expect(abs((plan.totals.saving ?? 0) - (statusQuoCost - planCost)) < 0.01)
    #expect(plan.totals.statusQuoHouseholdsToRecruit == 0)
    #expect(plan.totals.statusQuoUnmetPlacementYears == 0)
    let ifa = try #require(plan.budget.first { $0.provisionType == "ifa" })
    #expect(ifa.statusQuoPlacements == 2)
  }

  @Test("a council's carers take only its own children, unless the councils share them by name")
  func ownCouncilCarers() throws {
    // Council A has 10 in-house places and 4 children; council B has 4 children and no carers; IFA at £800.
    func twoCouncils(shared: Bool) -> Scenario {
      var scenario = ScenarioBuilder().build()
      scenario.authorities.append(Authority(id: "other", name: "Other LA"))
      scenario.areas.append(
        Area(id: "next_door", authority: "other", name: "Next door", location: ScenarioBuilder.home, demandShare: 1))
      scenario.demand = ["la", "other"].map { authority in
        DemandSpecification(authority: AuthorityID(authority), source: .byNeed([2021: ["mainstream": 4]]))
      }
      scenario.providers.removeAll { $0.provisionType == "last_resort" }
      if shared {
        scenario.stability.sharedInHousePools = [SharedInHousePool(name: "partnership", authorities: ["la", "other"])]
      }
      return scenario
    }
    let apart = try solve(twoCouncils(shared: false))
    #expect(abs(apart.totals.totalCost - weeks * (4 * 400 + 4 * 800)) < 0.01)
    #expect(!apart.placements.contains { $0.homeArea == "next_door" && $0.provisionType == "in_house_fostering" })
    let pooled = try solve(twoCouncils(shared: true))
    #expect(abs(pooled.totals.totalCost - weeks * 8 * 400) < 0.01)
  }

  @Test("solving with the continuation rows substituted out reaches the whole programme's optimum, keeping every row")
  func substitutedSolve() throws {
    let teesValley = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios/tees-valley-regional/scenario.yaml")
    for scenario in [settled(ifaAtBase: 8).build(), try ScenarioLoader.load(from: teesValley).scenario] {
      let demand = try DemandResolver().resolve(scenario)
      let outcome = try Planner(solver: GLPKSolver()).plan(scenario, demand: demand, scenarioHash: "t")
      let program = outcome.formulation.program
      #expect(!outcome.formulation.continuationRowRange.isEmpty)
      let whole = try GLPKSolver().solve(Planner.continuous(program), options: SolveOptions())
      let found = try #require(outcome.dualSolution?.objectiveValue ?? outcome.solution.objectiveValue)
      let expected = try #require(whole.objectiveValue)
      #expect(abs(found - expected) <= 1e-9 * abs(expected))
      for row in outcome.formulation.continuationRowRange {
        #expect(program.activity(of: ConstraintID(index: row), at: outcome.solution.variableValues) >= -1e-7)
      }
      #expect(outcome.solution.rowActivities.count == program.constraints.count)
      #expect(outcome.solution.basis?.fits(program) ?? true)
    }
  }

  @Test("a higher continuation rate never lowers the placements that run on")
  func moreContinuationNeverLess() async {
    await propertyCheck(count: 20, input: Gen.double(in: 0...0.9), Gen.double(in: 0...0.1), Gen.double(in: 1...9)) {
      rate, rise, atBase in
      var lower = settled(ifaAtBase: atBase)
      lower.continuation["ifa"] = rate
      var higher = lower
      higher.continuation["ifa"] = rate + rise
      let before = try #require(try? solve(lower.build()))
      let after = try #require(try? solve(higher.build()))
      for year in [2021, 2022] {
        #expect(placed(after, "ifa", in: year) >= placed(before, "ifa", in: year) - 1e-6)
      }
      #expect(after.solver.objective >= before.solver.objective - 1e-3)
    }
  }
}

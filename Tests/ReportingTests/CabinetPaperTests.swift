import Foundation
import PlacementDomain
import Reporting
import ScenarioInputs
import Testing

@testable import Planning

/// The cabinet paper's own parts: the executive summary names every decision, a gap is explained by the limit that
/// binds, money is worded by its sign, and a regional plan is split by council so that the councils' figures add up
/// exactly to the region's (checked on hand-made numbers and on the bundled Tees Valley plan).
@Suite("Cabinet paper")
struct CabinetPaperTests {
  static func paragraphs(_ section: ReportSection?) -> [String] {
    (section?.blocks ?? []).flatMap { block -> [String] in
      switch block {
      case .paragraph(let text): return [text]
      case .bulletList(let items): return items
      default: return []
      }
    }
  }

  /// The hand-made scenario with a council home that can open one 4-bed unit and a block-contractable IFA.
  static var scenarioWithOptions: Scenario {
    var scenario = HandMadePlan.scenario
    scenario.providers.append(
      Provider(
        id: "council_home", name: "Council home, North", provisionType: "in_house_residential",
        location: GeoPoint(latitude: 54.6, longitude: -1.1), placesByYear: [:], weeklyPrice: 0,
        opening: OpeningOption(bedsPerUnit: 4, annualFixedCost: 600_000, maximumUnits: 1)))
    return scenario
  }

  @Test(
    "the executive summary names every decision: budget, recruits by area, the unit opened, block beds, emergency beds")
  func decisions() throws {
    var plan = HandMadePlan.plan()
    plan.openings = [
      CapacityDecisionLine(year: 2022, provider: "council_home", decision: .openUnits, amount: 1, annualCost: 600_000),
      CapacityDecisionLine(year: 2021, provider: "ifa_pool", decision: .blockBeds, amount: 3, annualCost: 125_136),
      CapacityDecisionLine(year: 2022, provider: "ifa_pool", decision: .blockBeds, amount: 2, annualCost: 83_424),
    ]
    let document = PlanReportBuilder(
      plan: plan.made(for: Self.scenarioWithOptions)
    ).document()
    #expect(document.sections.first?.heading == "Executive summary")
    let summary = Self.paragraphs(document.sections.first)
    #expect(
      summary.contains(
        "Agree the placement budget of £1.9m over 2020-21 to 2021-22 (£964k in 2020-21, rising to £965k in 2021-22);"
          + " it costs £270k less than carrying on as today."))
    #expect(summary.contains("Recruit 11 in-house fostering households (5 in 2020-21): 7 in North and 4 in South."))
    #expect(summary.contains("Open a new 4-bed unit at Council home, North in 2021-22, at £600k a year to run."))
    #expect(summary.contains("Block-contract 3 beds at IFA pool (every year), at £125k a year."))
    #expect(
      summary.contains(
        "Commission 6 emergency beds (the most needed, in 2020-21), so that about 4% of children needing a bed the"
          + " same day find none free."))
    let recommendations = try #require(document.sections.first { $0.heading == "Recommendations" })
    let tables = recommendations.blocks.compactMap { block -> DataTable? in
      if case .table(let table) = block { return table }
      return nil
    }
    #expect(tables.map(\.caption).contains("Units to open"))
    let targets = try #require(tables.first)
    #expect(targets.rows == [["North", "3", "4", "7"], ["South", "2", "2", "4"]])
    #expect(targets.footerRows == [["Total", "5", "6", "11"]])
  }

  @Test("unmet need is explained by the limit that binds in its years: here the budget ceiling")
  func gapCause() throws {
    var plan = HandMadePlan.plan()
    plan.years[1].unmet = 1.5
    plan.totals.unmetPlacementYears = 1.5
    plan.gap = [
      GapLine(year: 2022, needGroup: "residential", demand: 3, placed: 1.5, lastResort: 0, unmet: 1.5)
    ]
    plan.shadowPrices.append(
      ShadowPrice(
        year: 2022, kind: .budget, subject: "budget_2022", subjectName: "Yearly budget", saving: 0, needMet: 1.8,
        drivenBy: .unmetNeed, binding: true, explanation: "£1m more budget in 2022 would place 1.8 more children"))
    let document = PlanReportBuilder(plan: plan).document()
    let summary = Self.paragraphs(document.sections.first)
    #expect(
      summary.contains {
        $0.hasPrefix("Note the gap the plan leaves: 1.5 placement-years of need not met, because of the yearly budget")
      })
    let gap = Self.paragraphs(document.sections.first { $0.heading == "Gaps in sufficiency and their causes" })
    #expect(gap.contains { $0.hasPrefix("The budget ceiling binds in 2021-22") })
    // The provider that binds only in 2020-21, a year without a gap, is not given as a cause.
    #expect(!gap.contains { $0.contains("Private homes") })
    #expect(gap.contains { $0.contains("how fast in-house carers") || $0.contains("in-house carer's place") })
  }

  @Test("money in prose is in £m or £k, and a difference is worded by its sign, never as a negative saving")
  func moneyWording() {
    var plan = HandMadePlan.plan()
    plan.totals.saving = -33_894_066
    plan.totals.totalCost = 1_929_752
    let document = PlanReportBuilder(plan: plan).document()
    let text = Self.paragraphs(document.sections.first { $0.heading == "The plan against carrying on as today" })
      .joined(separator: " ")
    #expect(text.contains("so this plan costs £33.9m more."))
    #expect(!text.contains("-£"))
  }

  /// Two councils, one year, worked by hand (see the test for the sums).
  static func twoCouncils() -> (Plan, Scenario) {
    var scenario = HandMadePlan.scenario
    scenario.horizonYears = 1
    scenario.authorities = [
      Authority(id: "a", name: "Alpha", code: nil), Authority(id: "b", name: "Beta", code: nil),
    ]
    scenario.areas = [
      Area(
        id: "north", authority: "a", name: "North", location: GeoPoint(latitude: 54.6, longitude: -1.1),
        demandShare: 1),
      Area(
        id: "south", authority: "b", name: "South", location: GeoPoint(latitude: 54.5, longitude: -1.0),
        demandShare: 1),
    ]
    var plan = HandMadePlan.plan()
    plan.planYears = [2021]
    func line(_ area: String, _ need: String, _ provider: String, _ count: Double, _ cost: Double) -> PlacementLine {
      PlacementLine(
        year: 2021, needGroup: need, homeArea: area, provider: provider, providerName: provider,
        provisionType: "ifa", tier: .spot, placements: count, roadMiles: 5, weeklyPrice: 0, annualCost: cost)
    }
    plan.placements = [
      line("north", "mainstream_fostering", "ifa_pool", 1, 100_000.40),
      line("south", "mainstream_fostering", "ifa_pool", 1, 50_000.30),
      line("north", "emergency", "emergency_unit", 1, 10_000),
      line("south", "emergency", "emergency_unit", 3, 30_000),
    ]
    plan.recruitment = [
      RecruitmentLine(
        year: 2021, area: "north", areaName: "North", householdsToApprove: 2, householdsAtYearEnd: 7, usablePlaces: 6,
        placementsMade: 0, recruitmentCost: 1_000)
    ]
    plan.years = [
      YearSummary(
        year: 2021, demand: 6, placed: 6, lastResort: 0, unmet: 0, annualCost: 199_000.70,
        costByItem: ["placements": 190_000.70, "recruitment": 1_000, "emergency_retainer": 8_000], budgetCeiling: nil,
        shareOver20Miles: 0, inHouseFosteringShare: nil, inHouseShareShortfall: 0, householdsAtYearEnd: 7)
    ]
    plan.emergency = [
      EmergencyLine(
        year: 2021, arrivals: 30, meanStayWeeks: 6, offeredLoad: 3.5, blockingTarget: 0.05, bedsNeeded: 5,
        blockingWithBedsNeeded: 0.04, bedsHeldVacant: 1, emergencyPlacements: 4, bedsSecured: 5,
        blockingWithBedsSecured: 0.04, shortfall: 0, retainerCost: 8_000,
        heldByProvider: ["emergency_unit": 1])
    ]
    plan.totals.totalCost = 199_000.70
    plan.totals.householdsToRecruit = 2
    return (plan, scenario)
  }

  @Test("a region split by hand: direct costs by home area, the emergency retainer and beds by emergency use")
  func councilSplitByHand() {
    let (plan, scenario) = Self.twoCouncils()
    let split = CouncilSplit(plan: plan.made(for: scenario))
    // Retainer £8,000 shared 1:3 by emergency placements: Alpha £2,000, Beta £6,000. Alpha 100,000.40 + 10,000 +
    // 1,000 + 2,000 = 113,000.40; Beta 50,000.30 + 30,000 + 6,000 = 86,000.30. The region's £199,001 (rounded)
    // needs one pound more than the rounded-down £199,000: Alpha has the larger remainder.
    #expect(split.councils.map(\.cost) == [113_001, 86_000])
    #expect(split.councils.map(\.sharedCost) == [2_000, 6_000])
    #expect(split.regionCost == 199_001)
    // Five beds shared 1:3: 1.25 and 3.75 round to 1 and 4.
    #expect(split.councils.map(\.emergencyBedsByYear) == [[1], [4]])
    #expect(split.councils.map(\.householdsToRecruit) == [2, 0])
  }

  @Test("the bundled Tees Valley plan: each council's figures add up exactly to the region's")
  func teesValleyAddsUp() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios/tees-valley-regional")
    let scenario = try ScenarioLoader.load(from: folder.appendingPathComponent("scenario.yaml")).scenario
    let plan = try JSONDecoder().decode(
      Plan.self, from: Data(contentsOf: folder.appendingPathComponent("expected/plan.json")))
    let split = CouncilSplit(plan: plan.made(for: scenario))
    #expect(split.councils.count == 5)
    #expect(split.councils.map(\.cost).reduce(0, +) == split.regionCost)
    #expect(split.regionCost == Int(plan.totals.totalCost.rounded()))
    #expect(split.councils.map(\.sharedCost).reduce(0, +) == split.regionSharedCost)
    #expect(split.councils.map(\.householdsToRecruit).reduce(0, +) == Int(plan.totals.householdsToRecruit.rounded()))
    #expect(split.councils.map(\.gapTenths).reduce(0, +) == split.regionGapTenths)
    for council in split.councils {
      #expect(council.costByYear.reduce(0, +) == council.cost)
      #expect(council.householdsByYear.reduce(0, +) == council.householdsToRecruit)
    }
    for (column, year) in split.years.enumerated() {
      let beds = plan.emergency.first { $0.year == year }?.bedsNeeded ?? 0
      #expect(split.councils.map { $0.emergencyBedsByYear[column] }.reduce(0, +) == beds)
    }
    // Every council shares the emergency service: each has children placed in an emergency.
    #expect(split.councils.allSatisfy { $0.sharedCost > 0 })
    // The report's table shows exactly these figures, with the region's total as its footer.
    let document = PlanReportBuilder(
      plan: plan.made(for: scenario)
    ).document()
    let section = try #require(document.sections.first { $0.heading == "Each council's figures" })
    guard case .table(let table) = section.blocks[1] else {
      Issue.record("the councils' section does not start with its table")
      return
    }
    let costs = table.rows.map { Int($0[1].filter(\.isNumber)) ?? -1 }
    #expect(costs == split.councils.map(\.cost))
    #expect(Int(table.footerRows[0][1].filter(\.isNumber)) == costs.reduce(0, +))
    #expect(section.blocks.contains(.subheading("Stockton-on-Tees")))
  }

  @Test("compare prints money as money, worded by sign, and its report draws the two plans side by side")
  func comparison() throws {
    let first = HandMadePlan.plan()
    var second = HandMadePlan.plan()
    second.totals.totalCost = 2_000_000
    second.totals.householdsToRecruit = 8
    let report = PlanComparisonReport(PlanComparison(first: first, second: second))
    let lines = report.printedTable().split(separator: "\n").map(String.init)
    let total = try #require(lines.first { $0.hasPrefix("Total cost") })
    #expect(total.contains("£1,929,752") && total.contains("£2,000,000") && total.hasSuffix("£70,248 more"))
    let recruits = try #require(lines.first { $0.hasPrefix("In-house households to approve") })
    #expect(recruits.hasSuffix("3 fewer"))
    let document = report.document()
    #expect(document.sections.map(\.heading) == ["Side by side", "Cost", "Placement mix", "Recruitment"])
    let html = HTMLReportRenderer().render(document)
    #expect(html.contains("<svg") && !html.contains("<script"))
  }

  @Test("a scenario with no assumptions listed gets the figures the plan uses and the defaults, not an empty section")
  func noAssumptions() throws {
    var scenario = HandMadePlan.scenario
    scenario.assumptions = []
    let document = PlanReportBuilder(
      plan: HandMadePlan.plan().made(for: scenario)
    ).document()
    let section = try #require(document.sections.first { $0.heading == "Assumptions and sources" })
    #expect(Self.paragraphs(section).contains { $0.contains("the planner's default applies") })
    let table = try #require(
      section.blocks.compactMap { block -> DataTable? in
        if case .table(let table) = block { return table }
        return nil
      }.first)
    #expect(table.rows.contains(["Independent fostering agency weekly price", "£800", "the scenario's providers"]))
    #expect(table.rows.contains(["Budget ceiling", "none", "the default (no ceiling)"]))
    #expect(
      table.rows.contains {
        $0[0] == "In-house carers, North"
          && $0[1] == "5 households; 10% leave a year; up to 5 approved a year at £1,000 each"
      })
  }
}

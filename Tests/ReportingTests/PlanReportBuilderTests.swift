import Geodesy
import PlacementDomain
import Planning
import Reporting
import Testing

/// The plan report built from a hand-made plan: its sections, its numbers (checked against hand sums), and plans
/// missing forecasts, emergency beds or a status-quo mix. (Byte-identical outputs across runs: GoldenOutputTests.)
@Suite("Plan report builder")
struct PlanReportBuilderTests {
  static func document(_ plan: Plan = HandMadePlan.plan()) -> ReportDocument {
    PlanReportBuilder(plan: plan, dataQualityNotes: ["A given data note."])
      .document()
  }

  static func section(_ document: ReportDocument, _ heading: String) -> ReportSection? {
    document.sections.first { $0.heading == heading }
  }

  static func charts(_ section: ReportSection?) -> [ChartFigure] {
    (section?.blocks ?? []).compactMap { block in
      if case .chart(let figure) = block { return figure }
      return nil
    }
  }

  static func tables(_ section: ReportSection?) -> [DataTable] {
    (section?.blocks ?? []).compactMap { block in
      if case .table(let table) = block { return table }
      return nil
    }
  }

  @Test("the map says whether council boundaries are drawn, and names their source when they are")
  func mapBoundaryCaption() throws {
    let bare = try #require(Self.charts(Self.section(Self.document(), "Distance from home")).last)
    #expect(bare.summary.contains("Council boundaries are not drawn"))
    let outline = MapBoundaries.Area(
      code: "E06000001", name: "Somewhere",
      rings: [
        [
          .init(longitude: -1.3, latitude: 54.5), .init(longitude: -1.0, latitude: 54.5),
          .init(longitude: -1.0, latitude: 54.7),
        ]
      ])
    let document = PlanReportBuilder(
      plan: HandMadePlan.plan(),
      councilBoundaries: MapBoundaries(areas: [outline], source: "Test boundaries, OGL v3.0")
    ).document()
    let map = try #require(Self.charts(Self.section(document, "Distance from home")).last)
    #expect(map.summary.contains("The grey outlines are council boundaries"))
    #expect(!map.summary.contains("not drawn"))
    #expect(map.source.hasSuffix("; council boundaries: Test boundaries, OGL v3.0"))
    guard case .map(let pointMap) = map.chart else {
      Issue.record("the last chart of the distance section is not a map")
      return
    }
    #expect(pointMap.boundaries?.areas == [outline])
  }

  @Test("a close-up map around the home areas follows the map when far providers crowd them; only near points on it")
  func closeUpMap() throws {
    let distance = Self.section(Self.document(), "Distance from home")
    // The hand-made plan's providers are both far from its two home areas: nothing near to show close up.
    #expect(!Self.charts(distance).contains { $0.title.contains("close up") })
    var scenario = HandMadePlan.scenario
    scenario.providers.append(
      Provider(
        id: "near", name: "Near IFA", provisionType: "ifa", location: GeoPoint(latitude: 54.55, longitude: -1.05),
        placesByYear: nil, weeklyPrice: 900))
    let document = PlanReportBuilder(
      plan: HandMadePlan.plan().made(for: scenario)
    ).document()
    let charts = Self.charts(Self.section(document, "Distance from home"))
    let closeUp = try #require(charts.first { $0.title.contains("close up") })
    guard case .map(let map) = closeUp.chart else {
      Issue.record("the close-up is not a map")
      return
    }
    #expect(map.points.map(\.label).sorted() == ["Near IFA", "North", "South"])
    #expect(closeUp.summary.contains("2 providers lie further away"))
  }

  @Test("the report has every section the issue lists, in reading order")
  func sections() {
    let headings = Self.document().sections.map(\.heading)
    #expect(
      headings == [
        "Executive summary", "Recommendations", "The plan against carrying on as today",
        "Gaps in sufficiency and their causes", "Risks and sensitivity", "How to read this report",
        "Demand: forecast and accuracy", "Placement mix", "Budget", "Recruiting in-house foster carers",
        "Emergency beds", "Distance from home",
        "What limits the plan, and what it is worth", "Assumptions and sources", "Data quality and warnings",
      ])
    #expect(Self.document().title == "Placement sufficiency plan, 2020-21 to 2021-22")
  }

  @Test("the plan against carrying on as today shows the total, the saving, recruits, beds and unmet need")
  func headline() throws {
    let headline = try #require(Self.section(Self.document(), "The plan against carrying on as today"))
    guard case .keyFigures(let figures) = headline.blocks.first else {
      Issue.record("the headline does not open with key figures")
      return
    }
    // Tiles and prose in £m or £k; the exact figures are in the tables.
    #expect(figures.map(\.value) == ["£1.9m", "£270k", "11", "6", "None"])
    #expect(figures[0].note.contains("placement fees £1.9m"))
    #expect(figures[1].note.contains("£2.2m"))
    let text = headline.blocks.compactMap { block -> String? in
      if case .paragraph(let text) = block { return text }
      return nil
    }.joined(separator: " ")
    #expect(text.contains("It would cost £2.2m over the plan, so this plan costs £270k less."))
    #expect(text.contains("recruiting carers at the 2019-20 rate"))
  }

  @Test("budget stacks add up to each year's cost; placement-mix stacks add up to children placed")
  func stacksAddUp() throws {
    let document = Self.document()
    let budget = try #require(Self.charts(Self.section(document, "Budget")).first)
    guard case .stackedBar(let budgetChart) = budget.chart else {
      Issue.record("the budget chart is not a stacked bar chart")
      return
    }
    #expect(budgetChart.categories == ["2020-21", "2021-22"])
    #expect(abs(budgetChart.total(at: 0) - 964_376) < 0.01)
    #expect(abs(budgetChart.total(at: 1) - 965_376) < 0.01)
    let mix = try #require(Self.charts(Self.section(document, "Placement mix")).first)
    guard case .stackedBar(let mixChart) = mix.chart else {
      Issue.record("the mix chart is not a stacked bar chart")
      return
    }
    #expect(mixChart.total(at: 0) == 20)
    #expect(mixChart.total(at: 1) == 21)
    let yearTable = try #require(Self.tables(Self.section(document, "Budget")).first)
    #expect(
      yearTable.footerRows == [
        ["Total", "£1,918,752.00", "£11,000.00", "£1,929,752.00", "£2,200,000.00", "£270,248.00 lower"]
      ])
  }

  @Test("distance shares by provision type are computed from the placements, against the ceiling")
  func distance() throws {
    let chart = try #require(Self.charts(Self.section(Self.document(), "Distance from home")).first)
    guard case .bar(let bars) = chart.chart else {
      Issue.record("the distance chart is not a bar chart")
      return
    }
    // In-house placements are all within 20 miles, so they are not drawn; IFA 2 of 8 and 2 of 7 are far.
    #expect(bars.series.map(\.name) == ["Independent fostering agency", "External residential", "All placements"])
    #expect(abs(bars.series[0].values[0] - 0.25) < 1e-12)
    #expect(abs(bars.series[0].values[1] - 2.0 / 7) < 1e-12)
    #expect(bars.series[1].values == [1, 1])
    #expect(bars.referenceLine?.value == 0.25)
  }

  @Test("the backtest table puts the chosen method beside persistence by horizon")
  func backtest() throws {
    let table = try #require(Self.tables(Self.section(Self.document(), "Demand: forecast and accuracy")).first)
    #expect(table.rows.count == 2)
    #expect(table.rows[0] == ["1 year", "40", "5.3%", "81.0%", "94.0%", "6.5%", "70.0%", "88.0%"])
    #expect(table.rows[1] == ["2 years", "30", "8.8%", "78.0%", "92.0%", "9.5%", "62.0%", "80.0%"])
  }

  @Test("the demand section says in plain words how far off the method was against persistence")
  func accuracyInPlainWords() throws {
    let section = try #require(Self.section(Self.document(), "Demand: forecast and accuracy"))
    let text = section.blocks.compactMap { block -> String? in
      if case .paragraph(let words) = block { return words }
      return nil
    }.joined(separator: "\n")
    #expect(
      text.contains(
        "Tested on past years as it would have been used then, it was on average 5.3% off 1 year ahead and 8.8% off"
          + " 2 years ahead, against 6.5% and 9.5% for persistence; it was closer than persistence at every horizon"
          + " tested."))
    #expect(!text.contains("  "))
  }

  @Test("binding shadow prices are grouped across years, largest first, in their unit, with the planner's wording")
  func shadowPrices() throws {
    let section = try #require(Self.section(Self.document(), "What limits the plan, and what it is worth"))
    let table = try #require(Self.tables(section).first)
    #expect(table.rows.map { $0[1] } == ["Private homes", "North"])
    #expect(table.rows[1][3] == "saves £12,000 to £15,000 per household for the year")
    #expect(table.rows[1][2] == "every year")
    let words = section.blocks.compactMap { block -> [String]? in
      if case .bulletList(let items) = block { return items }
      return nil
    }.flatMap { $0 }
    #expect(words.contains { $0.contains("(North, 2021-22) would save £15k of real spending") })
  }

  @Test("a plan without forecasts, emergency beds or a status-quo mix still renders, saying what is missing")
  func missingParts() throws {
    let plan = HandMadePlan.plan(statusQuo: false, forecast: false, emergency: false)
    let document = Self.document(plan)
    let headings = document.sections.map(\.heading)
    #expect(headings.contains("Demand"))
    #expect(!headings.contains("Emergency beds"))
    let headline = try #require(Self.section(document, "The plan against carrying on as today"))
    guard case .keyFigures(let figures) = headline.blocks.first else {
      Issue.record("no key figures")
      return
    }
    #expect(figures.map(\.value) == ["£1.9m", "11", "None"])
    let demand = try #require(Self.charts(Self.section(document, "Demand")).first)
    guard case .stackedBar(let given) = demand.chart else {
      Issue.record("given demand is not drawn as bars")
      return
    }
    #expect(given.series.first?.values == [20, 21])
    let html = HTMLReportRenderer().render(document)
    #expect(html.contains("not forecast"))
    #expect(!html.contains("<script"))
    var empty = plan
    empty.planYears = []
    empty.years = []
    empty.budget = []
    empty.placements = []
    empty.recruitment = []
    empty.shadowPrices = []
    #expect(!MarkdownReportRenderer().render(Self.document(empty)).isEmpty)
  }

  @Test("data-quality notes and planner warnings are both shown")
  func notes() throws {
    let section = try #require(Self.section(Self.document(), "Data quality and warnings"))
    let items = section.blocks.flatMap { block -> [String] in
      if case .notes(_, let items) = block { return items }
      return []
    }
    #expect(items.contains("A given data note."))
    #expect(items.contains("A warning from the planner."))
    #expect(items.contains { $0.contains("forecast P80") })
  }
}

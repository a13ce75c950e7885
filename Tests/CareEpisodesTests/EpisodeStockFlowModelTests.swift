import Foundation
import Statistics
import Testing

@testable import CareEpisodes

@Suite("Stock-flow model")
struct StockFlowModelTests {
  let inHouse10 = PlacementState(band: .age10to15, provisionType: .fosteringInHouse).index
  let residential10 = PlacementState(band: .age10to15, provisionType: .residential).index
  let kinship10 = PlacementState(band: .age10to15, provisionType: .kinship).index
  let kinship16 = PlacementState(band: .age16plus, provisionType: .kinship).index

  /// A model with only a constant exit hazard and constant entries into one state.
  func exitOnlyModel(exitPerDay: Double, entriesPerYear: Double) -> EpisodeStockFlowModel {
    let states = PlacementState.count
    var exits = Array(repeating: 0.0, count: states)
    exits[inHouse10] = exitPerDay
    var entries = Array(repeating: 0.0, count: states)
    entries[inHouse10] = entriesPerYear
    let window = EpisodeStockFlowModel.window(endingYear: 2024, years: 1)
    return EpisodeStockFlowModel(
      windowStart: window.start, windowEnd: window.end, exposureDays: Array(repeating: 1, count: states),
      exitRatePerDay: exits, ageingRatePerDay: Array(repeating: 0, count: states),
      transitionRatePerDay: Array(
        repeating: Array(repeating: 0, count: EpisodeProvisionType.allCases.count), count: states),
      entriesPerYear: entries, entryTrend: .constant, entryGrowthPerYear: 0)
  }

  @Test("Rates are events over days at risk, split at the birthday that changes the band")
  func fittedRates() throws {
    let history = try EpisodeHistory.load(folder: TestFiles.fixture("stockflow"))
    let window = EpisodeStockFlowModel.window(endingYear: 2024, years: 1)
    #expect(window.start == CalendarDay.parse("01/04/2023"))
    let model = EpisodeStockFlowModel.fit(episodes: history.episodes, windowStart: window.start, windowEnd: window.end)
    // In-house 10-15: A for 1 Apr-1 Oct and B for 1 Apr-1 Jul; A leaves care, B moves to residential.
    let atRisk =
      TestFiles.days(from: "01/04/2023", to: "01/10/2023") + TestFiles.days(from: "01/04/2023", to: "01/07/2023")
    #expect(model.exposureDays[inHouse10] == Double(atRisk))
    #expect(model.exitRatePerDay[inHouse10] == 1 / Double(atRisk))
    let residentialColumn = PlacementState.typeIndex(.residential)
    #expect(model.transitionRatePerDay[inHouse10][residentialColumn] == 1 / Double(atRisk))
    // Residential 10-15: B from 1 Jul to the end of the window, no events.
    #expect(model.exposureDays[residential10] == Double(TestFiles.days(from: "01/07/2023", to: "01/04/2024")))
    #expect(model.exitRatePerDay[residential10] == 0)
    #expect(model.transitionRatePerDay[residential10].allSatisfy { $0 == 0 })
    // Kinship: C turns 16 on 15 June 2023, moving from 10-15 to 16+.
    // Ageing is pooled over the band: one event over every 10-15 day at risk (A, B in both placements, C).
    let before16 = TestFiles.days(from: "01/04/2023", to: "15/06/2023")
    #expect(model.exposureDays[kinship10] == Double(before16))
    let band10Days = atRisk + TestFiles.days(from: "01/07/2023", to: "01/04/2024") + before16
    #expect(model.ageingRatePerDay[kinship10] == 1 / Double(band10Days))
    #expect(model.ageingRatePerDay[residential10] == 1 / Double(band10Days))
    #expect(model.exposureDays[kinship16] == Double(TestFiles.days(from: "15/06/2023", to: "01/04/2024")))
    // Nobody turned 18 in the window: 16+ children leave at one over the band's two years.
    #expect(model.ageingRatePerDay[kinship16] == 1 / (2 * 365.25))
    // Entries: A and B into in-house 10-15, C into kinship 10-15, over a 366-day window.
    let windowYears = Double(TestFiles.days(from: "01/04/2023", to: "01/04/2024")) / 365.25
    #expect(abs(model.entriesPerYear[inHouse10] - 2 / windowYears) < 1e-12)
    #expect(abs(model.entriesPerYear[kinship10] - 1 / windowYears) < 1e-12)
    #expect(model.entriesPerYear.reduce(0, +) > 2.99)
  }

  @Test("Without entries the expected stock decays as exp(-rate × days)")
  func exponentialDecay() {
    let model = exitOnlyModel(exitPerDay: 0.002, entriesPerYear: 0)
    var initial = Array(repeating: 0.0, count: PlacementState.count)
    initial[inHouse10] = 1000
    let stock = model.expectedStock(initialStock: initial, origin: CalendarDay.thirtyFirstMarch(2024), years: 2)
    // 31 Mar 2024 to 31 Mar 2025 is 365 days; to 31 Mar 2026, 730.
    #expect(abs(stock[0][inHouse10] - 1000 * exp(-0.002 * 365)) < 1e-6)
    #expect(abs(stock[1][inHouse10] - 1000 * exp(-0.002 * 730)) < 1e-6)
  }

  @Test("With constant entries the stock settles where entries balance exits (Little's law)")
  func steadyState() {
    let model = exitOnlyModel(exitPerDay: 1.0 / 730, entriesPerYear: 1500)
    let stock = model.expectedStock(
      initialStock: Array(repeating: 0, count: PlacementState.count), origin: CalendarDay.thirtyFirstMarch(2024),
      years: 20)
    // L = λW: 1,500 a year staying 2 years on average gives 3,000.
    #expect(abs((stock.last?[inHouse10] ?? 0) - 3000) < 5)
  }

  @Test("Simulation is reproducible for a seed, and its mean agrees with the expected stock")
  func simulation() {
    let model = exitOnlyModel(exitPerDay: 1.0 / 365, entriesPerYear: 100)
    let children = Array(repeating: PlacementState(index: inHouse10), count: 100)
    let first = StockFlowProjection.project(
      model: model, initialChildren: children, originYear: 2024, years: 2, simulations: 400, seed: 42,
      parameterUncertainty: false)
    let second = StockFlowProjection.project(
      model: model, initialChildren: children, originYear: 2024, years: 2, simulations: 400, seed: 42,
      parameterUncertainty: false)
    let other = StockFlowProjection.project(
      model: model, initialChildren: children, originYear: 2024, years: 2, simulations: 400, seed: 43,
      parameterUncertainty: false)
    #expect(first == second)
    #expect(first.csvDocument().render() == second.csvDocument().render())
    #expect(first.rows != other.rows)
    for row in first.rows(for: "total") {
      #expect(abs(row.median - row.expected) < 0.05 * row.expected)
      #expect(row.lower < row.expected && row.expected < row.upper)
    }
    // Expected total after a year: 100 e^-1 survivors + 100 (1 - e^-1) from entries = 100.
    let oneYear = first.rows(for: "total")[0]
    #expect(abs(oneYear.expected - 100) < 0.5)
  }

  @Test("Children age into the next band and leave at 18")
  func ageing() throws {
    let history = try EpisodeHistory.load(folder: TestFiles.fixture("stockflow"))
    let children = history.children(lookedAfterOn: 2024)
    // B (residential, 14) and C (kinship, 16) are looked after on 31 March 2024.
    #expect(
      children.sorted()
        == [
          PlacementState(band: .age10to15, provisionType: .residential),
          PlacementState(band: .age16plus, provisionType: .kinship),
        ].sorted())
    let window = EpisodeStockFlowModel.window(endingYear: 2024, years: 1)
    var model = EpisodeStockFlowModel.fit(episodes: history.episodes, windowStart: window.start, windowEnd: window.end)
    model = EpisodeStockFlowModel(
      windowStart: model.windowStart, windowEnd: model.windowEnd, exposureDays: model.exposureDays,
      exitRatePerDay: model.exitRatePerDay, ageingRatePerDay: model.ageingRatePerDay,
      transitionRatePerDay: model.transitionRatePerDay,
      entriesPerYear: Array(repeating: 0, count: PlacementState.count), entryTrend: .constant,
      entryGrowthPerYear: 0)
    var initial = Array(repeating: 0.0, count: PlacementState.count)
    initial[kinship16] = 1
    let stock = model.expectedStock(initialStock: initial, origin: CalendarDay.thirtyFirstMarch(2024), years: 1)
    // Without entries, the 16+ child leaves care at 1/730.5 a day: e^(-365/730.5) remains after a year.
    #expect(abs(stock[0][kinship16] - exp(-365 / 730.5)) < 1e-9)
    #expect(abs(stock[0].reduce(0, +) - exp(-365 / 730.5)) < 1e-9)
    initial = Array(repeating: 0.0, count: PlacementState.count)
    initial[residential10] = 1
    let aged = model.expectedStock(initialStock: initial, origin: CalendarDay.thirtyFirstMarch(2024), years: 1)
    // The 10-15 child only ages (no exits or moves were seen from residential 10-15): e^(-365 × rate) stays, the
    // rest is in residential 16+ or has since reached 18.
    let residential16 = PlacementState(band: .age16plus, provisionType: .residential).index
    let ageingRate = model.ageingRatePerDay[residential10]
    #expect(abs(aged[0][residential10] - exp(-365 * ageingRate)) < 1e-9)
    #expect(aged[0][residential16] > 0)
    #expect(aged[0][residential10] + aged[0][residential16] <= 1 + 1e-9)
  }

  @Test("The log-linear trend recovers the growth of yearly entries")
  func trend() throws {
    let history = try EpisodeHistory.load(folder: TestFiles.fixture("tiny"))
    let window = EpisodeStockFlowModel.window(endingYear: 2024, years: 2)
    let model = EpisodeStockFlowModel.fit(
      episodes: history.episodes, windowStart: window.start, windowEnd: window.end, entryTrend: .logLinear)
    // Entries (periods starting): 3 in the year to March 2023, 5 in the year to March 2024.
    #expect(abs(model.entryGrowthPerYear - log(5.0 / 3.0)) < 1e-12)
    #expect(abs(model.entryFactor(yearsAfterWindow: 1) - 5.0 / 3.0) < 1e-12)
  }

  @Test("The backtest compares each origin's projection with the observed stock")
  func backtest() throws {
    let history = try EpisodeHistory.load(folder: TestFiles.fixture("tiny"))
    let result = StockFlowBacktest.run(history: history, fitYears: 1, horizonYears: 2, simulations: 20, seed: 3)
    #expect(result.rows.map(\.originYear) == [2023])
    #expect(result.rows.map(\.year) == [2024])
    #expect(result.rows.map(\.observed) == [4])
    #expect(result.meanAbsolutePercentageError.keys.sorted() == [1])
    #expect(result.csvDocument().render().hasPrefix("origin,time_period,horizon,observed,expected"))
  }

  @Test("Poisson draws have the right mean and variance")
  func poisson() {
    var generator = SplitMix64(seed: 9)
    let draws = (0..<20_000).map { _ in Double(generator.nextPoisson(mean: 47.5)) }
    let mean = draws.reduce(0, +) / Double(draws.count)
    let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count - 1)
    // Standard error of the mean is sqrt(47.5 / 20000) ≈ 0.05.
    #expect(abs(mean - 47.5) < 0.25)
    #expect(abs(variance - 47.5) < 2.5)
  }

  @Test("Gamma draws have mean and variance equal to the shape")
  func gamma() {
    var generator = SplitMix64(seed: 11)
    for shape in [0.4, 3.5, 250.0] {
      let draws = (0..<20_000).map { _ in generator.nextGamma(shape: shape) }
      let mean = draws.reduce(0, +) / Double(draws.count)
      let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count - 1)
      // Four standard errors of the mean: 4 × sqrt(shape / 20000).
      #expect(abs(mean - shape) < 4 * (shape / 20_000).squareRoot(), "shape \(shape)")
      #expect(abs(variance / shape - 1) < 0.1, "shape \(shape)")
    }
  }

  @Test("Redrawing the estimated rates widens the intervals but keeps them around the expected stock")
  func parameterUncertainty() {
    // 1,000 days at risk per state: the exit rate 1/365 rests on about 2.7 events, so it is very uncertain.
    let base = exitOnlyModel(exitPerDay: 1.0 / 365, entriesPerYear: 100)
    let model = EpisodeStockFlowModel(
      windowStart: base.windowStart, windowEnd: base.windowEnd,
      exposureDays: Array(repeating: 1_000, count: PlacementState.count), exitRatePerDay: base.exitRatePerDay,
      ageingRatePerDay: base.ageingRatePerDay, transitionRatePerDay: base.transitionRatePerDay,
      entriesPerYear: base.entriesPerYear, entryTrend: .constant, entryGrowthPerYear: 0)
    let children = Array(repeating: PlacementState(index: inHouse10), count: 100)
    let fixed = StockFlowProjection.project(
      model: model, initialChildren: children, originYear: 2024, years: 1, simulations: 300, seed: 5,
      parameterUncertainty: false)
    let uncertain = StockFlowProjection.project(
      model: model, initialChildren: children, originYear: 2024, years: 1, simulations: 300, seed: 5)
    let (narrow, wide) = (fixed.rows(for: "total")[0], uncertain.rows(for: "total")[0])
    #expect(wide.upper - wide.lower > 1.5 * (narrow.upper - narrow.lower))
    #expect(wide.lower < wide.expected && wide.expected < wide.upper)
  }
}

import Foundation
import HistoryInputs
import Testing

@testable import Forecasting

@Suite("Need mix and scenario levers")
struct NeedMixAndLeverTests {
  // Redcar and Cleveland by placement type, 2014/15–2017/18 (DOMAIN.md): in-house, IFA, residential, other.
  let history: [[Double]] = [[77, 66, 19, 22], [83, 76, 20, 20], [102, 84, 23, 27], [125, 79, 36, 44]]
  let groups = ["inHouse", "ifa", "residential", "other"]

  @Test("Projected shares sum to one and follow the rising residential share")
  func shares_sumToOneAndTrend() throws {
    let shares = try NeedMix.projectShares(history: history, groups: groups, horizon: 4)
    #expect(shares.count == 4)
    for year in shares {
      #expect(abs(year.reduce(0, +) - 1) < 1e-12)
      #expect(year.allSatisfy { $0 >= 0 })
    }
    let lastResidentialShare = 36.0 / 284
    #expect(shares[0][2] > lastResidentialShare * 0.95)
    #expect(shares[3][2] >= shares[0][2])
  }

  @Test("Overrides are kept and the other groups fill the rest")
  func overrides_respected() throws {
    let shares = try NeedMix.projectShares(
      history: history, groups: groups, horizon: 2, overrides: ["residential": 0.1])
    for year in shares {
      #expect(abs(year[2] - 0.1) < 1e-12)
      #expect(abs(year.reduce(0, +) - 1) < 1e-12)
    }
    #expect(throws: ForecastingError.self) {
      try NeedMix.projectShares(history: history, groups: groups, horizon: 1, overrides: ["nope": 0.1])
    }
    #expect(throws: ForecastingError.self) {
      try NeedMix.projectShares(history: history, groups: groups, horizon: 1, overrides: ["ifa": 0.7, "other": 0.6])
    }
  }

  @Test("A constant mix projects itself")
  func constantMix_projectsItself() throws {
    let shares = try NeedMix.projectShares(
      history: Array(repeating: [3, 1], count: 5), groups: ["a", "b"], horizon: 3)
    for year in shares { #expect(abs(year[0] - 0.75) < 1e-12 && abs(year[1] - 0.25) < 1e-12) }
  }

  @Test("Identity levers return the base path; fewer starts lower the stock by the decayed sum")
  func flowLevers() {
    let flows = StockFlowModel.Flows(startsPerYear: [40, 40, 40], exitFraction: 0.25)
    let base = [205.0, 212, 220]
    #expect(ScenarioLevers().adjustedStock(base: base, lastStock: 200, flows: flows) == base)
    let fewer = ScenarioLevers(startsMultiplier: 0.5).adjustedStock(base: base, lastStock: 200, flows: flows)
    // 20 fewer starts a year: −20, −20·0.75 − 20 = −35, −35·0.75 − 20 = −46.25.
    #expect(abs(fewer[0] - 185) < 1e-9 && abs(fewer[1] - 177) < 1e-9 && abs(fewer[2] - 173.75) < 1e-9)
    let uasc = ScenarioLevers(startsAddedPerYear: 10).adjustedStock(base: base, lastStock: 200, flows: flows)
    #expect(abs(uasc[0] - 215) < 1e-9)
  }

  @Test("A lever set for one year moves that year, and later years only by what carries over")
  func flowLeversByStep() {
    let flows = StockFlowModel.Flows(startsPerYear: [40, 40, 40], exitFraction: 0.25)
    let base = [205.0, 212, 220]
    var levers = ScenarioLevers()
    levers.startsAddedByStep[1] = 8
    let adjusted = levers.adjustedStock(base: base, lastStock: 200, flows: flows)
    // Nothing in year 1; 8 more in year 2; 8 · 0.75 = 6 of them still in care in year 3.
    #expect(abs(adjusted[0] - 205) < 1e-9 && abs(adjusted[1] - 220) < 1e-9 && abs(adjusted[2] - 226) < 1e-9)
    var exits = ScenarioLevers(exitsMultiplier: 2)
    exits.exitsMultiplierByStep[0] = 1
    let later = exits.adjustedStock(base: base, lastStock: 200, flows: flows)
    // Year 1 unchanged; then half leave, the base path's residuals (18.25, 21) kept: 205 · 0.5 + 40 + 18.25 = 160.75,
    // 160.75 · 0.5 + 40 + 21 = 141.375.
    #expect(abs(later[0] - 205) < 1e-9 && abs(later[1] - 160.75) < 1e-9 && abs(later[2] - 141.375) < 1e-9)
  }

  @Test("Share levers change one group and renormalise the rest")
  func shareLevers() {
    let shares = ["a": 0.5, "b": 0.3, "c": 0.2]
    let adjusted = ScenarioLevers(shareMultipliers: ["c": 2]).adjustedShares(shares)
    #expect(abs((adjusted["c"] ?? 0) - 0.4) < 1e-12)
    #expect(abs((adjusted["a"] ?? 0) - 0.6 * 0.5 / 0.8) < 1e-12)
    #expect(abs(adjusted.values.reduce(0, +) - 1) < 1e-12)
    #expect(ScenarioLevers().adjustedShares(shares) == shares)
  }

  @Test("Levers applied to a forecast move its bounds in proportion")
  func leversOnForecast() throws {
    let series = try FixtureSupport.randomSeries(seed: 5, count: 15)
    let forecast = try SeriesForecaster(horizon: 3, method: .naive).forecast(series)
    let flows = StockFlowModel.Flows(startsPerYear: [50, 50, 50], exitFraction: 0.3)
    let last = try #require(series.values.last)
    let levered = forecast.applying(ScenarioLevers(startsMultiplier: 1.2), lastStock: last, flows: flows)
    for step in 0..<3 {
      #expect(levered.point[step] > forecast.point[step])
      let ratio = levered.point[step] / forecast.point[step]
      #expect(abs(levered.upper(.p80)[step] - forecast.upper(.p80)[step] * ratio) < 1e-6)
    }
  }
}

@Suite("Reading group-share histories")
struct GroupShareTableReaderTests {
  @Test("Redcar's placement mix reads as four groups over four years")
  func reads_fixture() throws {
    let url = try FixtureSupport.folder.appendingPathComponent("need_mix_redcar_2015_2018.csv")
    let history = try GroupShareTableReader.read(url)
    #expect(history.years == [2015, 2016, 2017, 2018])
    #expect(history.groups == ["ifa", "in_house", "other", "residential"])
    #expect(history.rows[3] == [79, 125, 44, 36])
    let shares = try NeedMix.projectShares(history: history.rows, groups: history.groups, horizon: 3)
    #expect(shares.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
  }

  @Test("A gap in the years and a negative count are reported")
  func reports_problems() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mix-\(UUID().uuidString).csv")
    try "year,need_group,count\n2015,a,1\n2017,a,-2\n2018,a,3\n".write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try GroupShareTableReader.read(url)
      Issue.record("expected an error")
    } catch ForecastingError.invalidData(let issues) {
      #expect(issues.contains { $0.line == 3 && $0.column == "count" })
      #expect(issues.contains { $0.message.contains("2016") })
    }
  }
}

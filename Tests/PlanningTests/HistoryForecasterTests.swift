import Foundation
import HistoryInputs
import PlacementDomain
import Planning
import Testing

@Suite("Forecast demand from history")
struct HistoryForecasterTests {
  /// A panel with two councils, 2010-2018 history and absurd values after the base year.
  func writePanel(futureValue: Double) throws -> URL {
    var lines = ["time_period,new_la_code,la_name,cla_31mar,starts,ceased,pop_0_17"]
    for year in 2010...2022 {
      let a = year <= 2018 ? 100 + Double(year - 2010) * 5 : futureValue
      let b = year <= 2018 ? 200 + Double(year - 2010) * 3 : futureValue
      lines.append("\(year),E1,Alpha,\(a),40,38,30000")
      lines.append("\(year),E2,Beta,\(b),60,58,50000")
    }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("panel-\(UUID().uuidString).csv")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    return url
  }

  @Test("one forecaster fits a history once: planning and simulating paths share the fit")
  func fitsOncePerForecaster() throws {
    let url = try writePanel(futureValue: 140)
    defer { try? FileManager.default.removeItem(at: url) }
    let years = [2019, 2020, 2021]
    let forecaster = HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:))
    let specification = ForecastDemand(historyPath: url.path, seriesCode: "E1", quantile: 0.8)
    let first = try forecaster.forecast(specification, baseYear: 2018, years: years)
    // Rewrite the history: the same forecaster keeps its fit, a new one sees the new file.
    try FileManager.default.removeItem(at: url)
    var lines = ["time_period,new_la_code,la_name,cla_31mar"]
    for year in 2010...2018 { lines.append("\(year),E1,Alpha,\(900 - 10 * (year - 2010))") }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    #expect(try forecaster.forecast(specification, baseYear: 2018, years: years) == first)
    let paths = try forecaster.simulatedTotals(specification, baseYear: 2018, years: years, paths: 3, seed: 1)
    #expect(paths.allSatisfy { ($0[2019] ?? 0) < 400 })
    let fresh = try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
      specification, baseYear: 2018, years: years)
    #expect(fresh.point[0] > 500)
  }

  @Test("a plan made as at the base year never sees later years")
  func noPeeking() throws {
    let calm = try writePanel(futureValue: 140)
    let wild = try writePanel(futureValue: 1_000_000)
    defer {
      try? FileManager.default.removeItem(at: calm)
      try? FileManager.default.removeItem(at: wild)
    }
    let years = [2019, 2020, 2021]
    let first = try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
      ForecastDemand(historyPath: calm.path, seriesCode: "E1", quantile: 0.8), baseYear: 2018, years: years)
    let second = try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
      ForecastDemand(historyPath: wild.path, seriesCode: "E1", quantile: 0.8), baseYear: 2018, years: years)
    #expect(first == second)
    #expect(first.historyYears.last == 2018)
    #expect(first.years == years)
    // Planning at P80 plans for at least the point forecast.
    for (index, year) in years.enumerated() { #expect((first.planned[year] ?? 0) >= first.point[index] - 1e-9) }
  }

  @Test("with the need mix, each group gets its own level and the groups add up to the planned total times the shares")
  func needGroupLevels() throws {
    let url = try writePanel(futureValue: 140)
    defer { try? FileManager.default.removeItem(at: url) }
    let years = [2019, 2020, 2021]
    let specification = ForecastDemand(historyPath: url.path, seriesCode: "E1", quantile: 0.8, placedShare: 0.9)
    let forecast = try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
      specification, groupShares: [("fostering", 0.8), ("residential", 0.1)], baseYear: 2018, years: years)
    let groups = try #require(forecast.needGroups)
    #expect(groups.levels.count == 6)
    for year in years {
      let planned = try #require(forecast.planned[year])
      let sum = groups.levels.filter { $0.year == year }.map(\.children).reduce(0, +)
      #expect(abs(sum - planned * 0.9) < 1e-9)
      #expect(abs((groups.totalChildren[year] ?? 0) - sum) < 1e-9)
      let residential = try #require(groups.levels.first { $0.year == year && $0.needGroup == "residential" })
      #expect(residential.children >= residential.totalQuantileTimesShare)
    }
    #expect(
      try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
        specification, baseYear: 2018, years: years
      ).needGroups == nil)
  }

  @Test("an unknown series or a history that stops before the base year is invalid input")
  func badSeries() throws {
    let panel = try writePanel(futureValue: 140)
    defer { try? FileManager.default.removeItem(at: panel) }
    #expect(throws: (any Error).self) {
      try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
        ForecastDemand(historyPath: panel.path, seriesCode: "E9", quantile: 0.5), baseYear: 2018, years: [2019])
    }
    #expect(throws: (any Error).self) {
      try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
        ForecastDemand(historyPath: panel.path, seriesCode: "E1", quantile: 0.5), baseYear: 2030, years: [2031])
    }
  }

  @Test("levers change the forecast through the stock-flow identity: 10 more entries a year add 10 in the first year")
  func leversMoveTheForecast() throws {
    let url = try writePanel(futureValue: 140)
    defer { try? FileManager.default.removeItem(at: url) }
    let years = [2019, 2020, 2021]
    func forecast(_ levers: ForecastLevers?) throws -> PlanForecast {
      try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
        ForecastDemand(historyPath: url.path, seriesCode: "E1", quantile: 0.8, levers: levers), baseYear: 2018,
        years: years)
    }
    let base = try forecast(nil)
    #expect(try forecast(ForecastLevers()) == base)
    let more = try forecast(ForecastLevers(entriesAddedPerYear: 10))
    #expect(abs(more.point[0] - base.point[0] - 10) < 1e-9)
    // Later years keep the earlier additions, less those that leave: more than 10 and less than 20 by year 2.
    #expect(more.point[1] - base.point[1] > 10 && more.point[1] - base.point[1] < 20)
    let fewer = try forecast(ForecastLevers(entriesMultiplier: 0.5))
    #expect(zip(fewer.point, base.point).allSatisfy { $0 < $1 })
    #expect(zip(fewer.upper80, base.upper80).allSatisfy { $0 < $1 })
  }

  @Test("levers on a history without starts and ceased are invalid input naming the file")
  func leversNeedFlows() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    var lines = ["time_period,new_la_code,la_name,cla_31mar"]
    for year in 2010...2018 { lines.append("\(year),E1,Alpha,\(100 + year - 2010)") }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    let specification = ForecastDemand(
      historyPath: url.path, seriesCode: "E1", quantile: 0.5, levers: ForecastLevers(exitsMultiplier: 1.1))
    #expect {
      _ = try HistoryForecaster(readHistory: HistorySource.panel(at:seriesCode:)).forecast(
        specification, baseYear: 2018, years: [2019])
    } throws: { error in
      "\(error)".contains(url.path) && "\(error)".contains("starts and ceased")
    }
  }
}

import Testing

@testable import Forecasting

@Suite("A forecast as a table: each year's total, then its groups")
struct ForecastTableTests {
  /// A forecast of 200 a year with no uncertainty of its own (too few errors to calibrate).
  private let total = Forecast(
    seriesID: "T", method: "Naive", trainingYears: 2010...2018, years: [2019, 2020], point: [200, 200],
    errors: ErrorDistribution(logErrorsByHorizon: [[]]), backtest: nil)

  @Test("Each year's total comes first, then one row per group whose points add up to the total's")
  func rows_totalThenGroups() throws {
    let split = try NeedMixProjection(
      history: [[30, 70], [30, 70], [30, 70]], groups: ["a", "b"], horizon: 2, fixedShares: ["a": 0.25])
    let rows = ForecastTable.rows(total, series: "T", split: split, seed: 5)
    #expect(rows.map(\.group) == ["all", "a", "b", "all", "a", "b"])
    #expect(rows.map(\.year) == [2019, 2019, 2019, 2020, 2020, 2020])
    #expect(rows[0].values == [200, 200, 200, 200, 200])
    #expect(rows[1].values[0] == 50 && rows[2].values[0] == 150)
    // The fixed group has no share errors; its bounds are the simulated ones for its seed (5 + its index, 0).
    #expect(split.shareLogErrors[0].isEmpty)
    let bounds = GroupIntervals.quantiles(
      total: total, shares: [0.25, 0.25], shareLogErrors: [], probabilities: ForecastTable.boundProbabilities, seed: 5)
    #expect(Array(rows[1].values.dropFirst()) == bounds.map { $0[0] })
    #expect(Array(rows[4].values.dropFirst()) == bounds.map { $0[1] })
    // Binomial spread: a quarter of 200 children is not always exactly 50.
    #expect(rows[1].values[1] < 50 && rows[1].values[2] > 50)
  }

  @Test("Without a split there is one row a year, the total")
  func rows_withoutSplit() {
    let rows = ForecastTable.rows(total, series: "T", split: nil, seed: 1)
    #expect(rows.map(\.group) == ["all", "all"])
    #expect(rows.allSatisfy { $0.method == "Naive" && $0.series == "T" })
  }
}

import MessageFormat
import TableIO

/// The stock-flow model's own backtest: for each origin year, fit on the years up to that 31 March only, project
/// from the children looked after then, and compare with the stock the returns show at later 31 Marches.
public struct StockFlowBacktest: Sendable, Equatable {
  /// One comparison.
  public struct Row: Sendable, Equatable {
    /// The 31 March the projection started from.
    public let originYear: Int
    /// The year compared.
    public let year: Int
    /// Years ahead (year − origin).
    public var horizon: Int { year - originYear }
    /// Children looked after at 31 March, from the returns.
    public let observed: Int
    /// The model's expected stock.
    public let expected: Double
    /// Lower and upper simulated percentiles.
    public let lower: Double
    /// Upper simulated percentile.
    public let upper: Double
    /// Expected − observed.
    public var error: Double { expected - Double(observed) }
    /// True when the observed stock lies in the simulated interval.
    public var covered: Bool { Double(observed) >= lower && Double(observed) <= upper }
  }

  /// Comparisons, by origin then year.
  public let rows: [Row]

  /// Runs the backtest on every origin with `fitYears` years of history before it and at least one later year.
  public static func run(
    history: EpisodeHistory, fitYears: Int, horizonYears: Int, entryTrend: EpisodeStockFlowModel.EntryTrend = .constant,
    simulations: Int = 200, seed: UInt64 = 1
  ) -> StockFlowBacktest {
    let observed = Dictionary(uniqueKeysWithValues: history.years.map { ($0.year, $0.lookedAfter) })
    guard let first = history.years.first?.year, let last = history.years.last?.year, fitYears > 0 else {
      return StockFlowBacktest(rows: [])
    }
    var rows: [Row] = []
    for origin in stride(from: first - 1 + fitYears, to: last, by: 1) {
      let years = min(horizonYears, last - origin)
      guard years > 0 else { continue }
      let projection = history.project(
        fromYear: origin, fitYears: fitYears, years: years, entryTrend: entryTrend, simulations: simulations,
        seed: seed)
      for row in projection.rows(for: "total") {
        guard let actual = observed[row.year] else { continue }
        rows.append(
          Row(
            originYear: origin, year: row.year, observed: actual, expected: row.expected,
            lower: row.lower, upper: row.upper))
      }
    }
    return StockFlowBacktest(rows: rows)
  }

  /// Mean absolute percentage error of the expected stock at each horizon (years ahead → percent).
  public var meanAbsolutePercentageError: [Int: Double] {
    let groups = Dictionary(grouping: rows.filter { $0.observed > 0 }, by: \.horizon)
    return groups.mapValues { group -> Double in
      let errors: [Double] = group.map { row in abs(row.error) / Double(row.observed) * 100 }
      return errors.reduce(0, +) / Double(group.count)
    }
  }

  /// Share of comparisons whose observed stock lies in the simulated interval.
  public var coverage: Double? {
    rows.isEmpty ? nil : Double(rows.filter(\.covered).count) / Double(rows.count)
  }

  /// The comparisons as CSV: origin, year, horizon, observed, expected, lower, upper, error, abs_pct_error, covered.
  public func csvDocument() -> CSVDocument {
    var document = CSVDocument(header: [
      "origin", "time_period", "horizon", "observed", "expected", "lower", "upper",
      "error", "abs_pct_error", "covered",
    ])
    for row in rows {
      document.append([
        String(row.originYear), String(row.year), String(row.horizon), String(row.observed),
        NumberFormat.fixed(row.expected, decimals: 1), NumberFormat.fixed(row.lower, decimals: 1),
        NumberFormat.fixed(row.upper, decimals: 1), NumberFormat.fixed(row.error, decimals: 1),
        row.observed > 0 ? NumberFormat.fixed(abs(row.error) / Double(row.observed) * 100, decimals: 1) : "",
        row.covered ? "yes" : "no",
      ])
    }
    return document
  }
}

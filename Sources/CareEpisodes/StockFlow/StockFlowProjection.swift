import Foundation
import MessageFormat
import Statistics
import TableIO

/// A projection of the stock at future 31 Marches: the model's expected values and, from seeded simulation of
/// individual children, percentile intervals, for the total, each provision type and each age band.
public struct StockFlowProjection: Sendable, Equatable {
  /// One figure of the projection.
  public struct Row: Sendable, Equatable {
    /// The year ending 31 March.
    public let year: Int
    /// `total`, a provision type's identifier or an age band's identifier.
    public let group: String
    /// Expected stock from the model.
    public let expected: Double
    /// Lower percentile from the simulations.
    public let lower: Double
    /// Median from the simulations.
    public let median: Double
    /// Upper percentile from the simulations.
    public let upper: Double
  }

  /// The groups projected, in output order.
  public static let groups: [String] =
    ["total"] + EpisodeProvisionType.allCases.map(\.identifier) + AgeBand.allCases.map(\.identifier)

  /// The 31 March the projection starts from.
  public let originYear: Int
  /// Rows by year, then group in ``groups`` order.
  public let rows: [Row]
  /// The lower and upper percentiles (0–100) of the intervals.
  public let percentiles: (lower: Double, upper: Double)
  /// Number of simulation runs.
  public let simulations: Int
  /// The seed of the simulation.
  public let seed: UInt64

  /// Projects the stock from the children looked after at 31 March `originYear` for `years` years.
  ///
  /// - Parameters:
  ///   - initialChildren: the state of each child looked after at the origin.
  ///   - simulations: runs of the individual simulation (0 gives no intervals: they equal the expected values).
  ///   - percentiles: the interval, such as (10, 90).
  ///   - parameterUncertainty: redraw the estimated rates in each run (see
  ///     ``EpisodeStockFlowModel/drawingRates(using:)``), so intervals include the uncertainty of the estimates.
  public static func project(
    model: EpisodeStockFlowModel, initialChildren: [PlacementState], originYear: Int, years: Int, simulations: Int,
    seed: UInt64, percentiles: (lower: Double, upper: Double) = (10, 90), parameterUncertainty: Bool = true
  ) -> StockFlowProjection {
    let origin = CalendarDay.thirtyFirstMarch(originYear)
    var initialStock = Array(repeating: 0.0, count: PlacementState.count)
    for state in initialChildren { initialStock[state.index] += 1 }
    let expected = model.expectedStock(initialStock: initialStock, origin: origin, years: years)
    let simulated = StockFlowSimulation.run(
      model: model, initialChildren: initialChildren, origin: origin, years: years, runs: simulations, seed: seed,
      parameterUncertainty: parameterUncertainty)
    var rows: [Row] = []
    for year in 0..<years {
      let expectedGroups = Self.groupTotals(expected[year])
      for (groupIndex, group) in groups.enumerated() {
        let draws = simulated.map { Self.groupTotals($0[year])[groupIndex] }.sorted()
        let value = expectedGroups[groupIndex]
        rows.append(
          Row(
            year: originYear + year + 1, group: group, expected: value,
            lower: draws.isEmpty ? value : SampleQuantile.type7(draws, percentiles.lower / 100),
            median: draws.isEmpty ? value : SampleQuantile.type7(draws, 0.5),
            upper: draws.isEmpty ? value : SampleQuantile.type7(draws, percentiles.upper / 100)))
      }
    }
    return StockFlowProjection(
      originYear: originYear, rows: rows, percentiles: percentiles, simulations: simulations, seed: seed)
  }

  /// The rows of one group, by year.
  public func rows(for group: String) -> [Row] { rows.filter { $0.group == group } }

  /// The projection as CSV: `time_period`, `group`, `expected`, `p<lower>`, `p50`, `p<upper>`.
  public func csvDocument() -> CSVDocument {
    let lowerName = "p" + NumberFormat.fixed(percentiles.lower, decimals: 0)
    let upperName = "p" + NumberFormat.fixed(percentiles.upper, decimals: 0)
    var document = CSVDocument(header: ["time_period", "group", "expected", lowerName, "p50", upperName])
    for row in rows {
      document.append([
        String(row.year), row.group, NumberFormat.fixed(row.expected, decimals: 1),
        NumberFormat.fixed(row.lower, decimals: 1), NumberFormat.fixed(row.median, decimals: 1),
        NumberFormat.fixed(row.upper, decimals: 1),
      ])
    }
    return document
  }

  /// Totals by group (``groups`` order) of a stock by state.
  static func groupTotals(_ stock: [Double]) -> [Double] {
    var totals = Array(repeating: 0.0, count: groups.count)
    let types = EpisodeProvisionType.allCases.count
    for (index, amount) in stock.enumerated() {
      totals[0] += amount
      totals[1 + index % types] += amount
      totals[1 + types + index / types] += amount
    }
    return totals
  }

  public static func == (lhs: StockFlowProjection, rhs: StockFlowProjection) -> Bool {
    lhs.originYear == rhs.originYear && lhs.rows == rhs.rows && lhs.percentiles == rhs.percentiles
      && lhs.simulations == rhs.simulations && lhs.seed == rhs.seed
  }
}

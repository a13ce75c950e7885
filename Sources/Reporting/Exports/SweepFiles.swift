import Foundation
import MessageFormat
import Planning
import TableIO

/// The files a sweep writes (`draws.csv`, one row per draw; `sweep.csv`, quantiles per figure) and reads back to
/// merge shards. Numbers are rounded (money to pence, counts to 4 decimals), so a merged set of shards gives the same
/// bytes as one run.
public enum SweepFiles {
  public static let drawsHeader = [
    "draw", "objective", "total_cost", "households_recruited", "unmet_placement_years", "last_resort_placement_years",
    "emergency_beds_held",
  ]

  /// Per-year columns of `draws.csv`: spending and households approved in each plan year, named with the financial
  /// year (`total_cost_2025-26`).
  public static let annualCostPrefix = "total_cost_"
  public static let annualRecruitsPrefix = "households_recruited_"

  /// `draws.csv`: draws numbered from 1, in draw order; after the whole-horizon figures, each plan year's spending,
  /// then each plan year's households approved, then the draw's demand: children to place in each need group (by
  /// name) and plan year (`children_emergency_2025-26`).
  public static func drawsDocument(_ results: [DemandSweep.Result]) -> CSVDocument {
    let years = Set(results.flatMap { $0.annualCost.keys }).sorted()
    let needs = Set(results.flatMap { $0.childrenByNeed.values.flatMap(\.keys) }).sorted()
    let needYears = needs.flatMap { need in years.map { (need, $0) } }
    var document = CSVDocument(
      header: drawsHeader + years.map { annualCostPrefix + FinancialYear.label($0) }
        + years.map { annualRecruitsPrefix + FinancialYear.label($0) }
        + needYears.map { SweepSummary.childrenPrefix + $0.0 + "_" + FinancialYear.label($0.1) })
    for result in results.sorted(by: { $0.draw < $1.draw }) {
      document.append(
        [
          String(result.draw + 1), NumberFormat.fixed(result.objective, decimals: 2),
          NumberFormat.fixed(result.totalCost, decimals: 2),
          NumberFormat.fixed(result.householdsRecruited, decimals: 4),
          NumberFormat.fixed(result.unmetPlacementYears, decimals: 4),
          NumberFormat.fixed(result.lastResortPlacementYears, decimals: 4),
          NumberFormat.fixed(result.emergencyBedsHeld, decimals: 4),
        ] + years.map { NumberFormat.fixed(result.annualCost[$0] ?? 0, decimals: 2) }
          + years.map { NumberFormat.fixed(result.householdsRecruitedByYear[$0] ?? 0, decimals: 4) }
          + needYears.map { NumberFormat.fixed(result.childrenByNeed[$0.1]?[$0.0] ?? 0, decimals: 4) })
    }
    return document
  }

  /// `sweep.csv`: P10, P50 and P90 (with mean, minimum and maximum) of each figure over the draws; a yearly figure
  /// has its financial year and year ending 31 March, a whole-horizon figure leaves them empty.
  public static func summaryTable(_ results: [DemandSweep.Result]) -> String {
    var document = CSVDocument(header: [
      "metric", "financial_year", "year_ending_march", "draws", "mean", "p10", "p50", "p90", "min", "max",
    ])
    for summary in SweepSummary.summarize(results) {
      let decimals = summary.metric.hasPrefix("total_cost") || summary.metric == "objective" ? 2 : 4
      document.append(
        [
          summary.metric, summary.year.map(FinancialYear.label) ?? "", summary.year.map(String.init) ?? "",
          String(summary.draws),
        ]
          + [summary.mean, summary.p10, summary.p50, summary.p90, summary.minimum, summary.maximum].map {
            NumberFormat.fixed($0, decimals: decimals)
          })
    }
    return document.render()
  }

  /// Reads a `draws.csv` written by `sweep` (rounded values, as written).
  public static func readDraws(_ url: URL) throws -> [DemandSweep.Result] {
    try readDraws(try CSVTable(contentsOf: url, byteLimit: drawsByteLimit), path: url.path)
  }

  /// The largest draws.csv merged, in bytes: about 430 bytes a draw of the default scenario (a need group adds about
  /// 45), so some 2 million draws per shard.
  static let drawsByteLimit = 1024 * 1024 * 1024

  private static func readDraws(_ table: CSVTable, path: String) throws -> [DemandSweep.Result] {
    let columns = try table.requireColumns(drawsHeader)
    // The per-year columns, as (year, column index), from the header.
    func yearColumns(_ prefix: String) -> [(year: Int, column: Int)] {
      table.header.enumerated().compactMap { index, name in
        guard name.hasPrefix(prefix), let year = FinancialYear.yearEndingMarch(String(name.dropFirst(prefix.count)))
        else { return nil }
        return (year, index)
      }
    }
    let costColumns = yearColumns(annualCostPrefix)
    let recruitColumns = yearColumns(annualRecruitsPrefix)
    // Each need group's demand columns, children_GROUP_YEAR, as (group, year, column index).
    let needColumns = table.header.enumerated().compactMap { index, name -> (need: String, year: Int, column: Int)? in
      guard name.hasPrefix(SweepSummary.childrenPrefix), let separator = name.lastIndex(of: "_"),
        let year = FinancialYear.yearEndingMarch(String(name[name.index(after: separator)...]))
      else { return nil }
      let need = String(name[name.index(name.startIndex, offsetBy: SweepSummary.childrenPrefix.count)..<separator])
      return need.isEmpty ? nil : (need, year, index)
    }
    return try table.rows.indices.map { row in
      func number(_ name: String) throws -> Double {
        guard let column = columns[name] else {
          throw InvalidInputError(message: "\(path), line \(table.lineNumbers[row]): no value in column '\(name)'")
        }
        return try number(at: column)
      }
      func number(at column: Int) throws -> Double {
        guard let value = try table.number(row: row, column: column) else {
          throw InvalidInputError(
            message: "\(path), line \(table.lineNumbers[row]): no value in column '\(table.header[column])'")
        }
        return value
      }
      func byYear(_ yearColumns: [(year: Int, column: Int)]) throws -> [Int: Double] {
        var values: [Int: Double] = [:]
        for entry in yearColumns { values[entry.year] = try number(at: entry.column) }
        return values
      }
      let draw = try number("draw")
      guard draw >= 1, draw == draw.rounded() else {
        throw InvalidInputError(message: "\(path), line \(table.lineNumbers[row]): draw must be a whole number from 1")
      }
      var result = DemandSweep.Result(
        draw: Int(draw) - 1, objective: try number("objective"), totalCost: try number("total_cost"),
        householdsRecruited: try number("households_recruited"),
        unmetPlacementYears: try number("unmet_placement_years"),
        lastResortPlacementYears: try number("last_resort_placement_years"),
        emergencyBedsHeld: try number("emergency_beds_held"), iterations: 0, annualCost: try byYear(costColumns),
        householdsRecruitedByYear: try byYear(recruitColumns))
      for entry in needColumns {
        result.childrenByNeed[entry.year, default: [:]][entry.need] = try number(at: entry.column)
      }
      return result
    }
  }

  /// Both files' names and texts, to be written as one set. The summary is computed from the values as written to
  /// `draws.csv`, so merging shards reproduces it exactly.
  public static func files(_ results: [DemandSweep.Result]) throws -> [(name: String, text: String)] {
    let draws = drawsDocument(results)
    let asWritten = try readDraws(CSVTable(draws, path: "draws.csv"), path: "draws.csv")
    return [(name: "draws.csv", text: draws.render()), (name: "sweep.csv", text: summaryTable(asWritten))]
  }
}

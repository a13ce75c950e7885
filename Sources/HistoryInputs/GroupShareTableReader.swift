import Forecasting
import Foundation
import TableIO

/// Reads the history of a total split into groups: one row per year and group, with columns `year` (or
/// `time_period`), `need_group` (or `group`) and `count` (or `share`). Missing (year, group) cells count as zero.
public enum GroupShareTableReader {
  /// The history, ready for ``NeedMix/projectShares(history:groups:horizon:overrides:)``.
  public struct History: Sendable, Equatable {
    /// Consecutive years, oldest first.
    public let years: [Int]
    /// Group names, sorted.
    public let groups: [String]
    /// One row per year, one column per group (counts or shares, as in the file).
    public let rows: [[Double]]
  }

  /// Reads and validates the file.
  ///
  /// - Throws: `TableIOError` when unreadable; ``ForecastingError/invalidData(_:)`` listing every bad cell, missing
  ///   column, duplicated (year, group), gap in the years, or year whose groups sum to zero.
  public static func read(_ url: URL) throws -> History {
    let table = try CSVTable(contentsOf: url)
    let path = table.path
    func first(_ names: [String]) -> (String, Int)? {
      names.lazy.compactMap { name in table.columnIndex(name).map { (name, $0) } }.first
    }
    let columns = [
      ("year", first(["year", "time_period"])), ("need_group", first(["need_group", "group"])),
      ("count", first(["count", "share"])),
    ]
    let missing = columns.filter { $0.1 == nil }.map(\.0)
    guard missing.isEmpty, let yearColumn = columns[0].1, let groupColumn = columns[1].1,
      let valueColumn = columns[2].1
    else {
      throw ForecastingError.invalidData([
        DataIssue(
          path: path, line: 1, column: missing.joined(separator: ", "),
          message: "missing column. Found: \(table.header.joined(separator: ", ")). Add it to the header row.")
      ])
    }
    var issues: [DataIssue] = []
    var values: [Int: [String: Double]] = [:]
    for (rowIndex, cells) in table.rows.enumerated() {
      let line = table.lineNumbers[rowIndex]
      let yearText = cells[yearColumn.1].trimmingCharacters(in: .whitespaces)
      let group = cells[groupColumn.1].trimmingCharacters(in: .whitespaces)
      guard let year = Int(yearText) else {
        issues.append(DataIssue(path: path, line: line, column: yearColumn.0, message: "'\(yearText)' is not a year"))
        continue
      }
      if group.isEmpty {
        issues.append(DataIssue(path: path, line: line, column: groupColumn.0, message: "blank group"))
        continue
      }
      var value: Double?
      do { value = try table.number(row: rowIndex, column: valueColumn.1) } catch {
        issues.append(DataIssue(path: path, line: line, column: valueColumn.0, message: "not a number"))
        continue
      }
      guard let value, value >= 0 else {
        issues.append(
          DataIssue(path: path, line: line, column: valueColumn.0, message: "missing or negative value for \(group)"))
        continue
      }
      if values[year]?[group] != nil {
        issues.append(
          DataIssue(path: path, line: line, column: groupColumn.0, message: "\(group) appears twice in \(year)"))
      }
      values[year, default: [:]][group] = value
    }
    let years = values.keys.sorted()
    let groups = Set(values.values.flatMap(\.keys)).sorted()
    if let first = years.first, let last = years.last, years.count != last - first + 1 {
      let gaps = (first...last).filter { values[$0] == nil }.map(String.init).joined(separator: ", ")
      issues.append(DataIssue(path: path, line: nil, column: yearColumn.0, message: "missing year(s) \(gaps)"))
    }
    for year in years where (values[year]?.values.reduce(0, +) ?? 0) <= 0 {
      issues.append(DataIssue(path: path, line: nil, column: valueColumn.0, message: "the groups sum to 0 in \(year)"))
    }
    if years.isEmpty { issues.append(DataIssue(path: path, line: nil, column: nil, message: "no data rows")) }
    if !issues.isEmpty { throw ForecastingError.invalidData(issues) }
    return History(
      years: years, groups: groups, rows: years.map { year in groups.map { values[year]?[$0] ?? 0 } })
  }
}

import Forecasting
import Foundation
import TableIO

/// Reads annual series from CSV: either the panel layout of the official statistics (one row per council per year:
/// `time_period`, `new_la_code`, `la_name`, `cla_31mar`, `starts`, `ceased`, `pop_0_17`, …) or a simple two-column
/// series (`year,value`, or `time_period,cla_31mar`).
///
/// Columns recognised (first match wins):
/// - year: `time_period`, `year`;
/// - stock (required, one per row): `cla_31mar`, `value`, `count`;
/// - series key (optional): `la_code_harmonised`, `new_la_code`, `series`, `code`; without one the file is one series
///   named after the file;
/// - name (optional, the latest year's wins): `la_name`, `name`;
/// - flows and population (optional, blanks allowed): `starts`, `ceased`, `pop_0_17` or `population`.
///
/// Blank cells and suppression markers (`x`, `c`, `..`, `NaN`, …) are missing. A series with a missing stock in any
/// year is skipped and listed in ``SeriesPanel/skipped`` (published panels suppress small counts). A negative stock or
/// flow, a duplicated or missing year, or a missing column is reported with its line and column; every problem in
/// the file is collected before throwing.
public enum SeriesTableReader {
  /// Candidate names for each role, in order of preference.
  static let yearColumns = ["time_period", "year"]
  static let valueColumns = ["cla_31mar", "value", "count"]
  static let keyColumns = ["la_code_harmonised", "new_la_code", "series", "code"]
  static let nameColumns = ["la_name", "name"]
  static let populationColumns = ["pop_0_17", "population"]

  /// Reads and validates the file at `url`.
  ///
  /// - Throws: `TableIOError` when the file cannot be read, ``ForecastingError/invalidData(_:)`` listing every
  ///   problem with its line and column.
  public static func read(_ url: URL) throws -> SeriesPanel {
    try read(CSVTable(contentsOf: url))
  }

  /// Validates an already parsed table.
  public static func read(_ table: CSVTable) throws -> SeriesPanel {
    let path = table.path
    func first(_ names: [String]) -> (String, Int)? {
      for name in names { if let index = table.columnIndex(name) { return (name, index) } }
      return nil
    }
    var missing: [String] = []
    let yearColumn = first(yearColumns)
    let valueColumn = first(valueColumns)
    if yearColumn == nil { missing.append(yearColumns.joined(separator: " or ")) }
    if valueColumn == nil { missing.append(valueColumns.joined(separator: " or ")) }
    guard let (yearName, yearIndex) = yearColumn, let (valueName, valueIndex) = valueColumn else {
      throw ForecastingError.invalidData([
        DataIssue(
          path: path, line: 1, column: missing.joined(separator: "; "),
          message: "missing column. Found: \(table.header.joined(separator: ", ")). Add it to the header row.")
      ])
    }
    let keyIndex = first(keyColumns)?.1
    let nameIndex = first(nameColumns)?.1
    let optional: [(role: String, column: (String, Int)?)] = [
      ("starts", first(["starts"])), ("ceased", first(["ceased"])), ("population", first(populationColumns)),
    ]

    struct Row {
      let line: Int
      let year: Int
      let value: Double?
      let extras: [Double?]
    }
    let singleSeriesID = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var issues: [DataIssue] = []
    var rowsByKey: [String: [Row]] = [:]
    var missingStock: [String: DataIssue] = [:]
    var names: [String: (year: Int, name: String)] = [:]
    for (rowIndex, cells) in table.rows.enumerated() {
      let line = table.lineNumbers[rowIndex]
      let key = keyIndex.map { cells[$0].trimmingCharacters(in: .whitespaces) } ?? singleSeriesID
      if key.isEmpty {
        issues.append(
          DataIssue(path: path, line: line, column: table.header[keyIndex ?? 0], message: "blank series code"))
        continue
      }
      let yearText = cells[yearIndex].trimmingCharacters(in: .whitespaces)
      guard let year = Int(yearText) ?? Int(yearText.prefix(4)) else {
        issues.append(
          DataIssue(path: path, line: line, column: yearName, message: "'\(yearText)' is not a year such as 2024"))
        continue
      }
      var value: Double?
      do {
        value = try table.number(row: rowIndex, column: valueIndex)
        if value == nil {
          // Published panels suppress small counts: the series is skipped (with a warning), the rest used.
          if missingStock[key] == nil {
            missingStock[key] = DataIssue(
              path: path, line: line, column: valueName,
              message: "missing or suppressed value in \(year) (the stock is needed in every year)")
          }
        } else if let number = value, number < 0 {
          issues.append(DataIssue(path: path, line: line, column: valueName, message: "negative count \(number)"))
          value = nil
        }
      } catch {
        issues.append(
          DataIssue(path: path, line: line, column: valueName, message: "'\(cells[valueIndex])' is not a number"))
      }
      var extras: [Double?] = []
      for (_, column) in optional {
        guard let (columnName, columnIndex) = column else {
          extras.append(nil)
          continue
        }
        do {
          let number = try table.number(row: rowIndex, column: columnIndex)
          if let number, number < 0 {
            issues.append(DataIssue(path: path, line: line, column: columnName, message: "negative count \(number)"))
            extras.append(nil)
          } else {
            extras.append(number)
          }
        } catch {
          issues.append(
            DataIssue(path: path, line: line, column: columnName, message: "'\(cells[columnIndex])' is not a number"))
          extras.append(nil)
        }
      }
      if let nameIndex, year >= (names[key]?.year ?? Int.min) {
        names[key] = (year, cells[nameIndex].trimmingCharacters(in: .whitespaces))
      }
      rowsByKey[key, default: []].append(Row(line: line, year: year, value: value, extras: extras))
    }

    var series: [AnnualSeries] = []
    var skipped: [SkippedSeries] = []
    for key in rowsByKey.keys.sorted() {
      let rows = (rowsByKey[key] ?? []).sorted { ($0.year, $0.line) < ($1.year, $1.line) }
      var seriesIssues: [DataIssue] = []
      for index in rows.indices.dropFirst() {
        let previous = rows[index - 1]
        let row = rows[index]
        if row.year == previous.year {
          seriesIssues.append(
            DataIssue(
              path: path, line: row.line, column: yearName,
              message: "\(key) has year \(row.year) twice (also line \(previous.line)); keep one row per year"))
        } else if row.year > previous.year + 1 {
          let gap = (previous.year + 1...row.year - 1).map(String.init).joined(separator: ", ")
          seriesIssues.append(
            DataIssue(
              path: path, line: row.line, column: yearName,
              message: "\(key) is missing year(s) \(gap) before \(row.year); add the rows so the years are consecutive")
          )
        }
      }
      issues += seriesIssues
      if let reason = missingStock[key] {
        skipped.append(
          SkippedSeries(id: key, name: names[key].flatMap { $0.name.isEmpty ? nil : $0.name }, reason: reason))
        continue
      }
      let values = rows.compactMap(\.value)
      guard seriesIssues.isEmpty, !rows.isEmpty, values.count == rows.count else { continue }
      do {
        series.append(
          try AnnualSeries(
            id: key, name: names[key].flatMap { $0.name.isEmpty ? nil : $0.name }, years: rows.map(\.year),
            values: values, starts: rows.map { $0.extras[0] }, ceased: rows.map { $0.extras[1] },
            population: rows.map { $0.extras[2] }))
      } catch let error as ForecastingError {
        issues.append(DataIssue(path: path, line: nil, column: nil, message: error.description))
      }
    }
    if !issues.isEmpty {
      // Every problem in one pass: the skipped series' blanks are listed too.
      issues += skipped.map(\.reason)
      throw ForecastingError.invalidData(
        issues.sorted { ($0.line ?? 0, $0.column ?? "") < ($1.line ?? 0, $1.column ?? "") })
    }
    if series.isEmpty {
      throw ForecastingError.invalidData(
        skipped.isEmpty
          ? [DataIssue(path: path, line: nil, column: nil, message: "no data rows")] : skipped.map(\.reason))
    }
    var panel = SeriesPanel(series)
    panel.skipped = skipped
    return panel
  }
}

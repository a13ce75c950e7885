import CSV
import Foundation
import MessageFormat

/// A whole CSV file in memory: a header row and data rows of strings, each row with its line number.
///
/// Parsing is done by yaslab/CSV.swift (RFC 4180 quoting). Line numbers assume no line breaks inside quoted
/// cells, which holds for every table the planner reads; they are used only in messages.
public struct CSVTable: Sendable {
  /// Where the table came from, for messages.
  public let path: String
  /// The header cells, trimmed of spaces and a UTF-8 byte-order mark.
  public let header: [String]
  /// Data rows, each padded or cut to the header's width.
  public let rows: [[String]]
  /// The 1-based line number of each data row in the file (the header is line 1).
  public let lineNumbers: [Int]

  /// Parses CSV text. `path` is used in messages only.
  public init(text: String, path: String) throws {
    self.path = path
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    if body.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
      throw TableIOError.empty(path: path)
    }
    let reader: CSVReader
    do {
      reader = try CSVReader(string: body, hasHeaderRow: true)
    } catch {
      throw TableIOError.malformed(path: path, line: 1, reason: "the header row cannot be read")
    }
    let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
    var rows: [[String]] = []
    var lineNumbers: [Int] = []
    var line = 1
    while let row = reader.next() {
      line += 1
      if row.count == 1, row[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
      if row.count > header.count, row[header.count...].contains(where: { !$0.isEmpty }) {
        throw TableIOError.malformed(
          path: path, line: line, reason: "row has \(row.count) cells but the header has \(header.count)")
      }
      var padded = Array(row.prefix(header.count))
      if padded.count < header.count { padded += Array(repeating: "", count: header.count - padded.count) }
      rows.append(padded)
      lineNumbers.append(line)
    }
    if let error = reader.error {
      throw TableIOError.malformed(path: path, line: line + 1, reason: "\(error)")
    }
    self.header = header
    self.rows = rows
    self.lineNumbers = lineNumbers
  }

  /// The table a document's rendered text parses to, without rendering and parsing it (cells as built, the header
  /// on line 1 and each data row on the next line). `path` is used in messages only.
  public init(_ document: CSVDocument, path: String) {
    self.path = path
    header = document.header
    rows = document.rows
    lineNumbers = Array(document.rows.indices).map { $0 + 2 }
  }

  /// Reads and parses a CSV file of at most `byteLimit` bytes (see ``TextFile/defaultByteLimit``).
  public init(contentsOf url: URL, byteLimit: Int = TextFile.defaultByteLimit) throws {
    try self.init(text: try TextFile.read(url, byteLimit: byteLimit), path: url.path)
  }

  /// The index of a column, matched exactly after trimming, or `nil`.
  public func columnIndex(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// The indices of the named columns, throwing ``TableIOError/missingColumns(path:columns:found:)`` listing every
  /// missing one.
  public func requireColumns(_ names: [String]) throws -> [String: Int] {
    var found: [String: Int] = [:]
    var missing: [String] = []
    for name in names {
      if let index = columnIndex(name) { found[name] = index } else { missing.append(name) }
    }
    if !missing.isEmpty { throw TableIOError.missingColumns(path: path, columns: missing, found: header) }
    return found
  }

  /// A cell parsed as a plain decimal (see ``PlainDecimal``). Blank cells and the suppression markers used in official statistics
  /// (`x`, `c`, `z`, `..`, `-`, `:`, `NA`) give `nil`; anything else that is not a finite number throws.
  public func number(row: Int, column: Int) throws -> Double? {
    let cell = String(PlainDecimal.trimmed(rows[row][column]))
    if cell.isEmpty || Self.suppressionMarkers.contains(cell) { return nil }
    guard let value = PlainDecimal.parse(cell) else {
      let why = PlainDecimal.rejection(cell).map { " (\($0))" } ?? ""
      throw TableIOError.badValue(
        path: path, line: lineNumbers[row], column: header[column], value: MessageText.shown(cell),
        expected: "a plain number\(why)")
    }
    return value
  }

  /// Cells that official statistics use for suppressed or missing figures.
  public static let suppressionMarkers: Set<String> = ["x", "c", "z", "..", "-", ":", "NA", "NaN", "u", "low"]
}

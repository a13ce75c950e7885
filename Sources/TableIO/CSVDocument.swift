import Foundation

/// A CSV file being built in memory, written with RFC 4180 quoting and `\n` line ends, so Excel opens it and two
/// runs give the same bytes.
public struct CSVDocument: Sendable {
  public let header: [String]
  public private(set) var rows: [[String]] = []

  /// Starts a document with its header row.
  public init(header: [String]) { self.header = header }

  /// Appends a data row. Precondition: it has one cell per header column.
  public mutating func append(_ row: [String]) {
    precondition(row.count == header.count, "CSV row has \(row.count) cells for \(header.count) columns")
    rows.append(row)
  }

  /// The document as text.
  public func render() -> String {
    var text = Self.line(header)
    for row in rows { text += Self.line(row) }
    return text
  }

  private static func line(_ cells: [String]) -> String {
    cells.map(quote).joined(separator: ",") + "\n"
  }

  /// A cell, quoted when it holds a comma, quote, or line break. Checked byte by byte, and quotes doubled only in
  /// a cell that has any: comparing characters and Foundation's replacingOccurrences were a tenth of a 20-council
  /// plan's instructions.
  public static func quote(_ cell: String) -> String {
    let needsQuotes = cell.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
    }
    guard needsQuotes else { return cell }
    guard cell.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + cell + "\"" }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

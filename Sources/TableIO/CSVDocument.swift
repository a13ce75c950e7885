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

  /// A cell, quoted when it holds a comma, quote, or line break.
  public static func quote(_ cell: String) -> String {
    if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return cell
  }
}

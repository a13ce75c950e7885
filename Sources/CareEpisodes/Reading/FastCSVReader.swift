import Foundation
import TableIO

/// A byte-level CSV reader for large SSDA903 files: RFC 4180 quoting (quoted cells may hold commas, doubled quotes
/// and line breaks), `\n` or `\r\n` line ends, a UTF-8 byte-order mark, and the 1-based line number on which each
/// row starts.
///
/// `TableIO.CSVTable` (yaslab/CSV.swift) reads a 150,000-row episodes file about ten times slower than this reader
/// (see `Benchmarks/ingest_903.sh`), so episode files are read here; small tables still use `CSVTable`.
struct FastCSVReader {
  /// The largest episodes or header file read, in bytes: a national return of 150,000 episodes is about 15 MB.
  static let byteLimit = 1024 * 1024 * 1024

  /// The header cells, trimmed of spaces.
  let header: [String]
  /// The data rows, each cut or padded to the header's width. Blank lines are skipped.
  let rows: [[String]]
  /// The line on which each data row starts.
  let lineNumbers: [Int]
  /// Rows that had more non-empty cells than the header, by line.
  let overlongRowLines: [Int]

  /// Parses the bytes of a file; `path` is for messages.
  init(data: Data, path: String) throws {
    var header: [String] = []
    var rows: [[String]] = []
    var lineNumbers: [Int] = []
    var overlong: [Int] = []
    rows.reserveCapacity(data.count / 80)
    lineNumbers.reserveCapacity(data.count / 80)
    let unterminatedLine: Int? = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
      let bytes = raw.bindMemory(to: UInt8.self)
      var position = 0
      let count = bytes.count
      if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
      var line = 1
      var fields: [String] = []
      var quotedBuffer: [UInt8] = []
      while position < count {
        let rowLine = line
        fields.removeAll(keepingCapacity: true)
        var endOfRow = false
        while !endOfRow {
          if position < count, bytes[position] == 34 {  // quoted cell
            quotedBuffer.removeAll(keepingCapacity: true)
            position += 1
            var closed = false
            while position < count {
              let byte = bytes[position]
              if byte == 34 {
                if position + 1 < count, bytes[position + 1] == 34 {
                  quotedBuffer.append(34)
                  position += 2
                  continue
                }
                position += 1
                closed = true
                break
              }
              if byte == 10 { line += 1 }
              quotedBuffer.append(byte)
              position += 1
            }
            if !closed { return rowLine }
            // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
            let tailStart = position
            while position < count, bytes[position] != 44, bytes[position] != 10, bytes[position] != 13 {
              position += 1
            }
            if position > tailStart {
              quotedBuffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tailStart..<position]))
            }
            fields.append(String(decoding: quotedBuffer, as: UTF8.self))
          } else {
            let start = position
            while position < count, bytes[position] != 44, bytes[position] != 10, bytes[position] != 13 {
              position += 1
            }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
          }
          if position >= count {
            endOfRow = true
          } else if bytes[position] == 44 {
            position += 1
            if position >= count {
              fields.append("")
              endOfRow = true
            }
          } else {
            if bytes[position] == 13 { position += 1 }
            if position < count, bytes[position] == 10 { position += 1 }
            line += 1
            endOfRow = true
          }
        }
        if fields.count == 1, fields[0].allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
        if header.isEmpty {
          header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
          continue
        }
        if fields.count > header.count, fields[header.count...].contains(where: { !$0.isEmpty }) {
          overlong.append(rowLine)
        }
        if fields.count != header.count {
          var padded = Array(fields.prefix(header.count))
          if padded.count < header.count { padded += Array(repeating: "", count: header.count - padded.count) }
          rows.append(padded)
        } else {
          rows.append(fields)
        }
        lineNumbers.append(rowLine)
      }
      return nil
    }
    if let line = unterminatedLine {
      throw TableIOError.malformed(path: path, line: line, reason: "a quoted cell starting here has no closing quote")
    }
    if header.isEmpty { throw TableIOError.empty(path: path) }
    self.header = header
    self.rows = rows
    self.lineNumbers = lineNumbers
    self.overlongRowLines = overlong
  }

  /// Reads and parses a file.
  init(contentsOf url: URL) throws {
    let path = url.path
    try TextFile.checkReadable(path, byteLimit: Self.byteLimit)
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .mappedIfSafe)
    } catch {
      throw TableIOError.unreadable(path: path, reason: FileErrorText.reason(error))
    }
    try self.init(data: data, path: path)
  }

  /// The index of each named column, matched ignoring case and spaces; `nil` for a missing one.
  func columnIndex(_ name: String) -> Int? {
    let wanted = name.uppercased()
    return header.firstIndex { $0.uppercased() == wanted }
  }
}

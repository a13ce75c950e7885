/// Why a table or file could not be read or written. Every message names the file and says what to do.
public enum TableIOError: Error, Equatable, CustomStringConvertible {
  case missingFile(path: String)
  case unreadable(path: String, reason: String)
  /// The file is bigger than the input may be (sizes in words, such as `19 MiB`).
  case tooLarge(path: String, size: String, limit: String)
  case empty(path: String)
  case malformed(path: String, line: Int?, reason: String)
  case missingColumns(path: String, columns: [String], found: [String])
  case badValue(path: String, line: Int, column: String, value: String, expected: String)
  case writeFailed(path: String, reason: String)
  case wouldOverwriteInput(path: String)

  public var description: String {
    switch self {
    case .missingFile(let path):
      "\(path): file not found. Check the path (relative paths are resolved from the current directory or the scenario's folder)."
    case .unreadable(let path, let reason):
      "\(path): cannot be read (\(reason)). Check that it is a readable UTF-8 text file."
    case .tooLarge(let path, let size, let limit):
      "\(path): it is \(size), more than the \(limit) this input may be. Check that it is the right file; a table this large is almost surely not one."
    case .empty(let path):
      "\(path): the file is empty. It needs a header row and at least one data row."
    case .malformed(let path, let line, let reason):
      "\(path)\(line.map { ":\($0)" } ?? ""): malformed CSV: \(reason). Save it again as comma-separated UTF-8 with one header row."
    case .missingColumns(let path, let columns, let found):
      "\(path): missing column(s) \(columns.joined(separator: ", ")). Found: \(found.joined(separator: ", ")). Add the columns to the header row."
    case .badValue(let path, let line, let column, let value, let expected):
      "\(path):\(line): column \(column): '\(value)' is not \(expected). Correct the cell or leave it blank where blanks are allowed."
    case .writeFailed(let path, let reason):
      "\(path): could not be written (\(reason)). Check that the folder exists and is writable."
    case .wouldOverwriteInput(let path):
      "\(path): this is one of the inputs; refusing to overwrite it. Choose another output folder."
    }
  }
}

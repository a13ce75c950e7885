/// One problem found in an input file: where it is and what is wrong, for the data-quality report and error messages.
public struct IngestProblem: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
  /// The file's path.
  public let file: String
  /// The 1-based line in the file (the header is line 1), or `nil` for a problem with the whole file.
  public let line: Int?
  /// The column concerned, if any.
  public let column: String?
  /// What is wrong and, where it helps, what to do.
  public let message: String

  /// A problem at a place in a file.
  public init(file: String, line: Int?, column: String?, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line: column COL: message`.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if let column { text += "column \(column): " }
    return text + message
  }

  public static func < (lhs: IngestProblem, rhs: IngestProblem) -> Bool {
    (lhs.file, lhs.line ?? 0, lhs.column ?? "", lhs.message) < (rhs.file, rhs.line ?? 0, rhs.column ?? "", rhs.message)
  }
}

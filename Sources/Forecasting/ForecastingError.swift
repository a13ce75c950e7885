/// One problem found in an input table: where it is and what is wrong.
public struct DataIssue: Sendable, Equatable, CustomStringConvertible {
  /// The file the problem is in.
  public let path: String
  /// The 1-based line in the file, when the problem is on one row.
  public let line: Int?
  /// The column involved, when there is one.
  public let column: String?
  /// What is wrong and how to fix it.
  public let message: String

  /// Makes an issue.
  public init(path: String, line: Int?, column: String?, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// `path:line: column c: message`.
  public var description: String {
    var text = path
    if let line { text += ":\(line)" }
    text += ": "
    if let column { text += "column \(column): " }
    return text + message
  }
}

/// Why a forecast or backtest could not be made. Every case is caused by the input (exit code 2).
public enum ForecastingError: Error, CustomStringConvertible, Equatable {
  /// The input table has one or more problems, all listed.
  case invalidData([DataIssue])
  /// A series built in code is inconsistent (lengths, gaps, negative or non-finite values).
  case invalidSeries(id: String, reason: String)
  /// The requested series is not in the file; `suggestions` are the near matches (`CODE (Name)`), `count` how many
  /// series the file holds.
  case seriesNotFound(id: String, path: String, suggestions: [String], count: Int)
  /// The file holds several series and none was named; `examples` are the first few (`CODE (Name)`).
  case seriesNotChosen(path: String, count: Int, examples: [String])
  /// The series has too few years to forecast.
  case seriesTooShort(id: String, count: Int, minimum: Int)
  /// An option or argument is out of range.
  case invalidArgument(String)

  /// What went wrong, where, and how to fix it.
  public var description: String {
    switch self {
    case .invalidData(let issues):
      let shown = issues.prefix(20).map { "  " + $0.description }
      let more = issues.count > 20 ? ["  … and \(issues.count - 20) more"] : []
      return (["the input has \(issues.count) problem(s):"] + shown + more).joined(separator: "\n")
    case .invalidSeries(let id, let reason):
      return "series '\(id)': \(reason). Correct the series so its years are consecutive and values non-negative."
    case .seriesNotFound(let id, let path, let suggestions, let count):
      let hint =
        suggestions.isEmpty
        ? "none of its \(count) series is named like it."
        : "did you mean \(suggestions.joined(separator: " or "))?"
      return "\(path): no series '\(id)'; \(hint) Give a code (new_la_code or la_code_harmonised) or the full name "
        + "with --series."
    case .seriesNotChosen(let path, let count, let examples):
      return "\(path) holds \(count) series; say which one to forecast with --series CODE or --series NAME (for "
        + "example --series \(examples.first.map { String($0.prefix { $0 != " " }) } ?? "CODE"); the file's "
        + "first series are \(examples.joined(separator: ", ")))."
    case .seriesTooShort(let id, let count, let minimum):
      return "series '\(id)' has \(count) year(s); at least \(minimum) consecutive years are needed to forecast."
    case .invalidArgument(let message):
      return message
    }
  }

  /// Always true: every forecasting error is caused by the input.
  public var isInvalidInput: Bool { true }
}

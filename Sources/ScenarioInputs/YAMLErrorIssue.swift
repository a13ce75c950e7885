import MessageFormat
import PlacementDomain
import TableIO
import Yams

/// A YAML parse error as a scenario issue: its line, the problem in plain words, and what to do; never the
/// parser's internal text or the whole file.
enum YAMLErrorIssue {
  static func issue(for error: YamlError, file: String, text: String) -> ScenarioIssue {
    let syntaxFix = "check indentation (spaces, not tabs), colons after keys, and '- ' before list items near this line"
    func issue(_ line: Int?, _ message: String, _ fix: String = syntaxFix) -> ScenarioIssue {
      ScenarioIssue(file: file, line: line, path: "", message: MessageText.sanitised(message), fix: fix)
    }
    switch error {
    case .reader(let problem, let offset, _, _):
      return issue(
        offset.map { line(atByteOffset: $0, in: text) }, "the file cannot be read as text: \(problem)",
        "save the file as plain UTF-8 text, without control characters such as NUL bytes")
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
      return issue(mark.line, "YAML syntax error: \(plain(problem))")
    case .composer(_, let problem, let mark, _):
      if problem.contains("undefined alias") {
        return issue(
          mark.line, "an alias (*name) refers to an anchor (&name) not defined before it",
          "define the anchor first, or write the value out")
      }
      return issue(mark.line, "YAML structure error: \(plain(problem))")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? ""
      let repeated = repeatedLine(of: key, after: context.mark, in: text)
      let firstLine = context.mark.line
      return issue(
        repeated ?? firstLine, "'\(MessageText.shown(key))' is given twice in the same section",
        repeated.map { _ in "keep one of the two (the first is on line \(firstLine))" } ?? "keep one of the two")
    case .dataCouldNotBeDecoded:
      return issue(nil, "the file is not UTF-8 text", "save it as UTF-8 text")
    default:
      return issue(nil, "the file cannot be read as YAML", "start from the template written by 'sufficiency init DIR'")
    }
  }

  /// libyaml's wording where it names its own API.
  private static func plain(_ problem: String) -> String {
    if problem.contains("nesting level") { return "nested too deeply (more than 1,000 levels of lists or mappings)" }
    return problem
  }

  /// The 1-based line holding byte `offset` of `text`.
  private static func line(atByteOffset offset: Int, in text: String) -> Int {
    text.utf8.prefix(max(0, offset)).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }

  /// The line of the second `key:` at the same column as the first (at `mark`), or `nil` when it cannot be found
  /// (for example inside a one-line `{…}` mapping).
  private static func repeatedLine(of key: String, after mark: Mark, in text: String) -> Int? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard mark.line >= 1, mark.line <= lines.count else { return nil }
    let column = mark.column - 1
    for index in mark.line..<lines.count {
      let line = Substring(lines[index].unicodeScalars)
      let scalars = Array(line.unicodeScalars)
      guard scalars.count > column, scalars[..<column].allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
      let rest = String(String.UnicodeScalarView(scalars[column...]))
      for quoted in [key, "'\(key)'", "\"\(key)\""] where rest.hasPrefix(quoted) {
        if rest.dropFirst(quoted.count).drop(while: { $0 == " " }).first == ":" { return index + 1 }
      }
    }
    return nil
  }
}

import Foundation
import MessageFormat
import PlacementDomain
import TableIO
import Yams

/// A position in a parsed YAML document, with its field path and line, that records problems as it reads.
///
/// Every accessor returns `nil` (and records an issue) instead of throwing, so one pass reports every problem.
struct YAMLCursor {
  let node: Node
  let path: String
  let file: String

  var line: Int? { node.mark?.line }

  /// Records an error at this position.
  func error(_ message: String, fix: String, into issues: inout [ScenarioIssue]) {
    issues.append(ScenarioIssue(file: file, line: line, path: path, message: message, fix: fix))
  }

  /// Records a warning at this position.
  func warning(_ message: String, fix: String, into issues: inout [ScenarioIssue]) {
    issues.append(ScenarioIssue(severity: .warning, file: file, line: line, path: path, message: message, fix: fix))
  }

  /// A mapping key as text for paths and messages: its scalar text, or a placeholder for a list or mapping key.
  static func keyText(_ key: Node) -> String {
    key.scalar.map { MessageText.shown($0.string) } ?? "(list or mapping key)"
  }

  func child(_ key: String, at node: Node) -> YAMLCursor {
    YAMLCursor(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
  }

  /// The entries of a mapping in file order, or `nil` (with an error) if this is not a mapping.
  func entries(_ issues: inout [ScenarioIssue]) -> [(key: String, value: YAMLCursor)]? {
    guard let mapping = node.mapping else {
      error("expected a mapping of 'key: value' lines", fix: "indent the fields under this key", into: &issues)
      return nil
    }
    return mapping.map { pair in
      let key = Self.keyText(pair.key)
      return (key, child(key, at: pair.value))
    }
  }

  /// The items of a sequence, or `nil` (with an error) if this is not a list.
  func items(_ issues: inout [ScenarioIssue]) -> [YAMLCursor]? {
    guard let sequence = node.sequence else {
      error(
        "expected a list (lines starting with '- ')", fix: "write each item on its own line starting with '- '",
        into: &issues)
      return nil
    }
    return sequence.enumerated().map { YAMLCursor(node: $0.element, path: "\(path)[\($0.offset)]", file: file) }
  }

  /// The value under `key` in this mapping, if present.
  func optional(_ key: String) -> YAMLCursor? {
    guard let value = node.mapping?[key], value != Node("~"), value.null == nil else { return nil }
    return child(key, at: value)
  }

  /// The value under `key`, recording an error if it is missing.
  func required(_ key: String, _ issues: inout [ScenarioIssue], fix: String? = nil) -> YAMLCursor? {
    if let value = optional(key) { return value }
    error("missing field '\(key)'", fix: fix ?? "add '\(key): …' here", into: &issues)
    return nil
  }

  /// Records an error for each key not in `allowed`, suggesting the closest allowed key.
  func rejectUnknownKeys(_ allowed: Set<String>, _ issues: inout [ScenarioIssue]) {
    guard let mapping = node.mapping else { return }
    for pair in mapping {
      guard let key = pair.key.scalar?.string else {
        YAMLCursor(node: pair.key, path: path, file: file).error(
          "a list or mapping is used as a key", fix: "write each key as a plain word followed by a colon", into: &issues
        )
        continue
      }
      if allowed.contains(key) { continue }
      let suggestion = allowed.min { editDistance($0, key) < editDistance($1, key) }
      let fix =
        suggestion.map { "did you mean '\($0)'? Allowed here: \(allowed.sorted().joined(separator: ", "))" }
        ?? "remove it"
      child(key, at: pair.value).error("unknown field '\(key)'", fix: fix, into: &issues)
    }
  }

  /// The scalar text, or `nil` with an error.
  func string(_ issues: inout [ScenarioIssue]) -> String? {
    guard let text = node.scalar?.string else {
      error("expected a single value", fix: "write a plain value after the colon", into: &issues)
      return nil
    }
    return text
  }

  /// A finite plain decimal within `range` (see ``PlainDecimal``), or `nil` with an error.
  func number(
    _ issues: inout [ScenarioIssue],
    in range: ClosedRange<Double> = -Double
      .greatestFiniteMagnitude...Double
      .greatestFiniteMagnitude, meaning: String = "a number"
  ) -> Double? {
    guard let text = node.scalar?.string else {
      error("expected \(meaning)", fix: "write a number such as 12 or 0.5", into: &issues)
      return nil
    }
    guard let value = PlainDecimal.parse(text) else {
      if PlainDecimal.isNonFinite(text) {
        error(
          "'\(Self.shown(text))' is not a finite number",
          fix: "write \(meaning) as a plain number (NaN and infinity are not allowed)", into: &issues)
        return nil
      }
      let why = PlainDecimal.rejection(text).map { " (\($0))" } ?? ""
      error(
        "'\(Self.shown(text))' is not a plain number\(why)",
        fix: "write \(meaning) as a plain decimal, without units or letters",
        into: &issues)
      return nil
    }
    guard range.contains(value) else {
      error("\(Self.shown(text)) is out of range", fix: "use \(Self.within(meaning, range))", into: &issues)
      return nil
    }
    return value
  }

  /// A whole number within `range`, or `nil` with an error.
  func integer(_ issues: inout [ScenarioIssue], in range: ClosedRange<Int>) -> Int? {
    let bounds = Self.describe(range)
    guard let text = node.scalar?.string, let number = PlainDecimal.parse(text), number == number.rounded(),
      abs(number) < 1e15
    else {
      let shown = node.scalar.map { "'\(Self.shown($0.string))' is not a whole number" } ?? "expected a whole number"
      error(shown, fix: "write a whole number \(bounds)", into: &issues)
      return nil
    }
    let value = Int(number)
    guard range.contains(value) else {
      error("\(value) is out of range", fix: "use a whole number \(bounds)", into: &issues)
      return nil
    }
    return value
  }

  /// A yes/no value, or `nil` with an error.
  func bool(_ issues: inout [ScenarioIssue]) -> Bool? {
    guard let text = node.scalar?.string.lowercased() else {
      error("expected true or false", fix: "write true or false", into: &issues)
      return nil
    }
    switch text {
    case "true", "yes", "y", "on": return true
    case "false", "no", "n", "off": return false
    default:
      error("'\(text)' is not true or false", fix: "write true or false", into: &issues)
      return nil
    }
  }

  /// `meaning` with its range, unless `meaning` already states one ("a share between 0 and 1").
  private static func within(_ meaning: String, _ range: ClosedRange<Double>) -> String {
    if meaning.contains(" between ") { return meaning }
    let huge = 1e15
    switch (range.lowerBound > -huge, range.upperBound < huge) {
    case (true, true): return "\(meaning) between \(describe(range.lowerBound)) and \(describe(range.upperBound))"
    case (true, false): return "\(meaning) of \(describe(range.lowerBound)) or more"
    case (false, true): return "\(meaning) of \(describe(range.upperBound)) or less"
    case (false, false): return meaning
    }
  }

  /// "between 1 and 30", or "of 0 or more" when the upper bound is only the largest integer.
  private static func describe(_ range: ClosedRange<Int>) -> String {
    range.upperBound >= Int(Int32.max)
      ? "of \(range.lowerBound) or more" : "between \(range.lowerBound) and \(range.upperBound)"
  }

  private static func describe(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  /// A value as typed, for a message: control characters made visible and long text cut short.
  static func shown(_ text: String) -> String { MessageText.shown(text) }
}

/// Levenshtein distance, for "did you mean" suggestions.
func editDistance(_ first: String, _ second: String) -> Int {
  let a = Array(first)
  let b = Array(second)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.count]
}

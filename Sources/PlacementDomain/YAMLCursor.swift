import Foundation
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
      let key = pair.key.string ?? "\(pair.key)"
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
      let key = pair.key.string ?? "\(pair.key)"
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

  /// A finite number within `range`, or `nil` with an error.
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
    let cleaned = text.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: "")
      .replacingOccurrences(of: "£", with: "")
    if [".nan", "nan", ".inf", "+.inf", "-.inf", "inf", "-inf", "infinity"].contains(cleaned.lowercased()) {
      error(
        "'\(text)' is not a finite number",
        fix: "write \(meaning) as a plain number (NaN and infinity are not allowed)",
        into: &issues)
      return nil
    }
    guard let value = Double(cleaned) else {
      error("'\(text)' is not a number", fix: "write \(meaning) as a plain number, without units", into: &issues)
      return nil
    }
    guard value.isFinite else {
      error(
        "'\(text)' is not a finite number", fix: "write \(meaning) (NaN and infinity are not allowed)", into: &issues)
      return nil
    }
    guard range.contains(value) else {
      error(
        "\(text) is out of range",
        fix: "use \(meaning) between \(describe(range.lowerBound)) and \(describe(range.upperBound))",
        into: &issues)
      return nil
    }
    return value
  }

  /// A whole number within `range`, or `nil` with an error.
  func integer(_ issues: inout [ScenarioIssue], in range: ClosedRange<Int>) -> Int? {
    guard let text = node.scalar?.string, let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
      error(
        "expected a whole number", fix: "write a whole number between \(range.lowerBound) and \(range.upperBound)",
        into: &issues)
      return nil
    }
    guard range.contains(value) else {
      error(
        "\(value) is out of range", fix: "use a whole number between \(range.lowerBound) and \(range.upperBound)",
        into: &issues)
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

  private func describe(_ value: Double) -> String {
    if abs(value) >= 1e15 { return value > 0 ? "any" : "any" }
    return value == value.rounded() ? String(Int(value)) : String(value)
  }
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

import Foundation
import PlacementDomain
import TableIO
import Yams

/// Changes to some of a scenario's values, applied on top of the scenario file without rewriting it: what
/// `--set PATH=VALUE` and `--what-if FILE` give, and what the what-if explorer saves.
///
/// A path names a field as the scenario file does, such as `policy.min_in_house_fostering_share` or
/// `in_house_fostering[east_cleveland].max_recruits_per_year` (list items by their `id`, `area` or `authority`, or
/// by position from 0). The changed scenario is read and checked exactly like a scenario file, and a problem with a
/// changed value names the `--set` argument or the what-if file and line it came from.
///
/// A what-if file is a YAML mapping of paths to values, the changed values only:
/// ```yaml
/// # What-if on scenario.yaml. Saved by alice on 2026-03-02 10:15 UTC.
/// in_house_fostering[east_cleveland].max_recruits_per_year: 12
/// emergency.blocking_target: 0.02
/// ```
public struct ScenarioOverlay: Sendable, Equatable {
  /// One changed value.
  public struct Change: Sendable, Equatable {
    /// The field path as written.
    public var path: String
    /// The new value as YAML text (`0.6`, `£450`, `{2021: 30, 2022: 32}`); empty or `~` removes the key, so its
    /// default applies.
    public var value: String
    /// Where the change was given: a what-if file and line, or `--set`.
    public var origin: Origin

    /// A change of the field at `path` to `value`.
    public init(path: String, value: String, origin: Origin = .commandLine) {
      self.path = path
      self.value = value
      self.origin = origin
    }
  }

  /// Where a change came from, for messages.
  public struct Origin: Sendable, Equatable {
    /// The what-if file, or `--set` for the command line.
    public var file: String
    /// The line in the what-if file.
    public var line: Int?

    /// A change given with `--set`.
    public static let commandLine = Origin(file: "--set", line: nil)

    /// An origin in `file` at `line`.
    public init(file: String, line: Int?) {
      self.file = file
      self.line = line
    }
  }

  /// The changes in the order given; a later change to the same path wins.
  public var changes: [Change]

  /// An overlay of `changes`.
  public init(changes: [Change] = []) {
    self.changes = changes
  }

  /// True when nothing is changed.
  public var isEmpty: Bool { changes.isEmpty }

  /// The overlay with `other`'s changes after this one's (so they win).
  public func followed(by other: ScenarioOverlay) -> ScenarioOverlay {
    ScenarioOverlay(changes: changes + other.changes)
  }

  /// The change of one `--set PATH=VALUE` argument.
  /// - Throws: ``ScenarioError`` when there is no `=` or the path is not a path.
  public static func setting(_ argument: String) throws -> Change {
    func invalid(_ message: String, _ fix: String) -> ScenarioError {
      .invalid(
        file: "--set",
        issues: [ScenarioIssue(file: "--set", line: nil, path: "", message: message, fix: fix)])
    }
    guard let equals = argument.firstIndex(of: "=") else {
      throw invalid(
        "'\(argument)' has no '='", "write --set PATH=VALUE, such as --set policy.min_in_house_fostering_share=0.6")
    }
    let path = argument[..<equals].trimmingCharacters(in: .whitespaces)
    if case .failure(let error) = OverlayPath.parse(path) {
      throw invalid(
        "the path '\(error.text)' \(error.problem)",
        "write the field's path as in the scenario file, such as in_house_fostering[east_cleveland].annual_attrition")
    }
    return Change(path: path, value: String(argument[argument.index(after: equals)...]))
  }

  /// Reads a what-if file.
  /// - Throws: ``ScenarioError`` when it cannot be read or is not a mapping of paths to values.
  public static func read(from url: URL) throws -> ScenarioOverlay {
    let text: String
    do {
      text = try TextFile.read(url)
    } catch {
      throw ScenarioError.invalid(
        file: url.path,
        issues: [
          ScenarioIssue(
            file: url.path, line: nil, path: "", message: "the what-if file cannot be read (\(error))",
            fix: "give the path of a what-if .yaml file saved by 'sufficiency serve' or written by hand")
        ])
    }
    return try parse(text, file: url.path)
  }

  /// Reads what-if text; `file` names it in messages.
  /// - Throws: ``ScenarioError`` listing every problem.
  public static func parse(_ text: String, file: String) throws -> ScenarioOverlay {
    func invalid(_ issues: [ScenarioIssue]) -> ScenarioError { .invalid(file: file, issues: issues) }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw invalid([
        ScenarioIssue(
          file: file, line: nil, path: "", message: "YAML syntax error: \(error)",
          fix: "write one 'path: value' line per changed value")
      ])
    }
    guard let root else { return ScenarioOverlay() }
    guard let mapping = root.mapping else {
      throw invalid([
        ScenarioIssue(
          file: file, line: root.mark?.line, path: "", message: "a what-if file must be a mapping of paths to values",
          fix: "write one 'path: value' line per changed value, such as 'emergency.blocking_target: 0.02'")
      ])
    }
    var changes: [Change] = []
    var issues: [ScenarioIssue] = []
    for pair in mapping {
      let path = pair.key.string ?? "\(pair.key)"
      let line = pair.key.mark?.line
      if case .failure(let error) = OverlayPath.parse(path) {
        issues.append(
          ScenarioIssue(
            file: file, line: line, path: path, message: "the path '\(error.text)' \(error.problem)",
            fix: "write the field's path as in the scenario file, such as policy.min_in_house_fostering_share"))
        continue
      }
      let value: String
      if let scalar = pair.value.scalar {
        value = pair.value.null != nil ? "" : scalar.string
      } else {
        value = (try? Yams.serialize(node: pair.value))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      }
      changes.append(Change(path: path, value: value, origin: Origin(file: file, line: line)))
    }
    guard issues.isEmpty else { throw invalid(issues) }
    return ScenarioOverlay(changes: changes)
  }

  /// The what-if file's text: `comment` lines (each written after `# `), then one `path: value` line per change,
  /// the last change to each path only, in the order first given.
  public func fileText(comment: [String]) -> String {
    var latest: [String: String] = [:]
    var order: [String] = []
    for change in changes {
      if latest[change.path] == nil { order.append(change.path) }
      latest[change.path] = change.value
    }
    var lines = comment.map { "# " + $0 }
    for path in order {
      lines.append(Self.yamlKey(path) + ": " + Self.yamlValue(latest[path] ?? ""))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func isPlain(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first.isNumber || first == "£" || first == "-" || first == "."
    else {
      return false
    }
    return text.allSatisfy { $0.isLetter || $0.isNumber || "_.,£+-[]() ".contains($0) } && !text.hasSuffix(" ")
  }

  private static func yamlKey(_ path: String) -> String {
    isPlain(path) ? path : quoted(path)
  }

  private static func yamlValue(_ value: String) -> String {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty || trimmed == "~" { return "~" }
    if (trimmed.hasPrefix("{") && trimmed.hasSuffix("}")) || (trimmed.hasPrefix("[") && trimmed.hasSuffix("]")) {
      if !trimmed.contains("\n") { return trimmed }
    }
    return isPlain(trimmed) && !trimmed.contains("[") ? trimmed : quoted(value)
  }

  /// A double-quoted YAML string (JSON escaping is valid YAML).
  private static func quoted(_ text: String) -> String {
    let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}

import PlacementDomain
import Yams

extension ScenarioOverlay {
  /// A scenario document with the overlay applied, and where each changed value came from.
  struct Applied {
    /// The changed document.
    var root: Node
    /// Problems with the changes themselves (a path that names no field of this scenario).
    var issues: [ScenarioIssue]
    /// Each applied change with its path as the reader writes it (`in_house_fostering[2].max_recruits_per_year`).
    var placed: [(readerPath: String, change: Change)]
  }

  /// Applies every change to `root`, in order.
  func apply(to root: Node) -> Applied {
    var applied = Applied(root: root, issues: [], placed: [])
    for change in changes {
      guard case .success(let path) = OverlayPath.parse(change.path) else { continue }  // checked when read
      let value = Self.node(for: change.value)
      switch Self.setting(value, at: path.steps[...], in: applied.root, readerPath: "") {
      case .success(let (root, readerPath)):
        applied.root = root
        applied.placed.removeAll { $0.readerPath == readerPath }
        applied.placed.append((readerPath, change))
      case .failure(let problem):
        applied.issues.append(
          ScenarioIssue(
            file: change.origin.file, line: change.origin.line, path: change.path, message: problem.message,
            fix: problem.fix))
      }
    }
    return applied
  }

  /// Issues about changed values, attributed to the `--set` argument or what-if line that gave the value, with the
  /// path as the user wrote it. Other issues are returned unchanged.
  static func attribute(_ issues: [ScenarioIssue], to applied: Applied, scenarioFile: String) -> [ScenarioIssue] {
    issues.map { issue in
      guard issue.file == scenarioFile else { return issue }
      for (readerPath, change) in applied.placed.reversed() {
        let suffix: Substring
        if issue.path == readerPath {
          suffix = ""
        } else if issue.path.hasPrefix(readerPath + ".") || issue.path.hasPrefix(readerPath + "[") {
          suffix = issue.path.dropFirst(readerPath.count)
        } else {
          continue
        }
        var attributed = issue
        attributed.file = change.origin.file
        attributed.line = change.origin.line
        attributed.path = change.path + suffix
        return attributed
      }
      return issue
    }
  }

  /// The YAML node for a value's text: `{...}`, `[...]` and several lines are read as YAML (a `year: value`
  /// mapping, a list); anything else is the text itself, so `--set name=Plan: option B` sets a name.
  static func node(for value: String) -> Node {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty || trimmed == "~" { return Node("~") }
    let isCollection = trimmed.hasPrefix("{") || trimmed.hasPrefix("[") || trimmed.contains("\n")
    if isCollection, let node = try? Yams.compose(yaml: trimmed) { return node }
    return Node(trimmed)
  }

  private struct Problem: Error {
    var message: String
    var fix: String
  }

  /// `node` with the value at `steps` replaced by `value` (keys created where missing), and the reader's path.
  private static func setting(_ value: Node, at steps: ArraySlice<OverlayPath.Step>, in node: Node, readerPath: String)
    -> Result<(Node, String), Problem>
  {
    guard let step = steps.first else { return .success((value, readerPath)) }
    let rest = steps.dropFirst()
    switch step {
    case .key(let key):
      let childPath = readerPath.isEmpty ? key : readerPath + "." + key
      var mapping: Node.Mapping
      if let existing = node.mapping {
        mapping = existing
      } else if node.null != nil || node == Node("~") {
        mapping = Node.Mapping([])
      } else {
        let what = node.sequence != nil ? "a list" : "a single value"
        return .failure(
          Problem(
            message: "'\(readerPath)' is \(what) in the scenario, so it has no field '\(key)'",
            fix: node.sequence != nil
              ? "pick an item first, such as \(readerPath)[ID].\(key)"
              : "set '\(readerPath)' itself, or give a 'year: value' mapping such as {2021: 30, 2022: 32}"))
      }
      let child = mapping[key] ?? Node("~")
      switch setting(value, at: rest, in: child, readerPath: childPath) {
      case .success(let (newChild, path)):
        mapping[key] = newChild
        return .success((.mapping(mapping), path))
      case .failure(let problem):
        return .failure(problem)
      }
    case .item(let selector):
      guard var sequence = node.sequence else {
        return .failure(
          Problem(
            message: "'\(readerPath)' is not a list in the scenario, so '[\(selector)]' picks nothing",
            fix: "use '[ID]' only after a list such as areas, providers or in_house_fostering"))
      }
      guard let index = itemIndex(selector, in: sequence) else {
        let ids = sequence.compactMap(identifier)
        return .failure(
          Problem(
            message: "'\(readerPath)' has no item '\(selector)'",
            fix: ids.isEmpty
              ? "pick an item by its position from 0 to \(sequence.count - 1)"
              : "use one of \(ids.joined(separator: ", ")) (or a position from 0 to \(sequence.count - 1))"))
      }
      switch setting(value, at: rest, in: sequence[index], readerPath: "\(readerPath)[\(index)]") {
      case .success(let (newItem, path)):
        sequence[index] = newItem
        return .success((.sequence(sequence), path))
      case .failure(let problem):
        return .failure(problem)
      }
    }
  }

  /// The keys that name a list item, in the order they are tried.
  private static let identifyingKeys = ["id", "area", "authority"]

  private static func identifier(of item: Node) -> String? {
    identifyingKeys.lazy.compactMap { item.mapping?[$0]?.scalar?.string }.first
  }

  private static func itemIndex(_ selector: String, in sequence: Node.Sequence) -> Int? {
    if let index = sequence.firstIndex(where: { identifier(of: $0) == selector }) { return index }
    if let position = Int(selector), sequence.indices.contains(position) { return position }
    return nil
  }
}

import PlacementDomain
import Yams

/// The line of every field path in a YAML document, so checks made after parsing can still point at a line.
struct YAMLLineIndex {
  private var lines: [String: Int] = [:]

  init(root: Node) {
    record(root, path: "")
  }

  private mutating func record(_ node: Node, path: String) {
    if let line = node.mark?.line { lines[path] = line }
    if let mapping = node.mapping {
      for pair in mapping {
        let key = YAMLCursor.keyText(pair.key)
        let childPath = path.isEmpty ? key : "\(path).\(key)"
        if let line = pair.key.mark?.line { lines[childPath] = line }
        record(pair.value, path: childPath)
        if lines[childPath] == nil, let line = pair.key.mark?.line { lines[childPath] = line }
      }
    } else if let sequence = node.sequence {
      for (index, item) in sequence.enumerated() { record(item, path: "\(path)[\(index)]") }
    }
  }

  /// The line of `path`, or of its nearest recorded parent.
  func line(for path: String) -> Int? {
    var current = path
    while !current.isEmpty {
      if let line = lines[current] { return line }
      guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
      current = String(current[..<cut])
    }
    return lines[current]
  }

  /// Fills in missing lines of issues raised in the scenario file itself.
  func fillLines(_ issues: [ScenarioIssue], file: String) -> [ScenarioIssue] {
    issues.map { issue in
      guard issue.line == nil, issue.file == file else { return issue }
      var filled = issue
      filled.line = line(for: issue.path)
      return filled
    }
  }
}

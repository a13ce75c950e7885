import MessageFormat
import TableIO

/// Writes a scenario file (`docs/scenario-format.md`) line by line: init's template and the national generator both
/// write through it, so sections, list items, comments and values are laid out one way. Two-space indentation; a
/// list item's first field follows `- `, its other fields align under it; the file ends with a newline.
public struct ScenarioYAMLWriter {
  private var lines: [String] = []
  /// Columns of indentation for the next line.
  private var indent = 0
  /// True when the next line is the first of a list item (written after `- `).
  private var startsItem = false

  /// An empty file.
  public init() {}

  /// The file written so far.
  public var text: String { lines.map { $0 + "\n" }.joined() }

  /// `# text` at the current indentation (each line of a multi-line text as its own comment line).
  public mutating func comment(_ text: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) { write("# " + line) }
  }

  /// An empty line.
  public mutating func blankLine() { lines.append("") }

  /// `key: value`, and after it `# comment` starting at column `commentColumn` (at least two spaces after the value).
  public mutating func field(_ key: String, _ value: String, comment: String? = nil, commentColumn: Int = 0) {
    var line = prefix() + key + ": " + value
    if let comment {
      line += String(repeating: " ", count: max(2, commentColumn - line.count)) + "# " + comment
    }
    lines.append(line)
  }

  /// `key: value` for a number with `decimals` decimal places.
  public mutating func field(
    _ key: String, _ value: Double, decimals: Int, comment: String? = nil, commentColumn: Int = 0
  ) {
    field(key, NumberFormat.fixed(value, decimals: decimals), comment: comment, commentColumn: commentColumn)
  }

  /// `key:` and, indented under it, what `body` writes.
  public mutating func section(_ key: String, _ body: (inout ScenarioYAMLWriter) -> Void) {
    write(key + ":")
    indent += 2
    body(&self)
    indent -= 2
  }

  /// One list item: what `body` writes, its first line after `- `.
  public mutating func item(_ body: (inout ScenarioYAMLWriter) -> Void) {
    indent += 2
    startsItem = true
    body(&self)
    startsItem = false
    indent -= 2
  }

  /// `text` in double quotes, with backslashes and quotes escaped.
  public static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  /// An inline map, `{key: value, key: value}`, in the order given.
  public static func inlineMap(_ entries: [(key: String, value: String)]) -> String {
    "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
  }

  private mutating func write(_ content: String) { lines.append(prefix() + content) }

  /// The indentation of the next line, with `- ` when it starts a list item.
  private mutating func prefix() -> String {
    guard startsItem else { return String(repeating: " ", count: indent) }
    startsItem = false
    return String(repeating: " ", count: indent - 2) + "- "
  }
}

import Foundation
import PlacementDomain
import TableIO
import Yams

/// Reads a scenario file (YAML) and the CSV tables it references, and validates the result.
///
/// Every problem is collected with its file, line and field path; ``load(from:)`` throws
/// ``ScenarioError/invalid(file:issues:)`` listing all of them, or returns the scenario with any warnings.
public enum ScenarioLoader {
  /// A loaded scenario and the warnings found on the way.
  public struct Result: Sendable {
    public var scenario: Scenario
    public var warnings: [ScenarioIssue]
    /// A fingerprint of the scenario file and the tables it references (FNV-1a, 64-bit, hex).
    public var contentHash: String
    /// Every file read, for "never overwrite an input".
    public var inputPaths: [String]
  }

  /// The largest scenario file read, in bytes. Scenarios are short (the national one is 0.1 MB); long provider
  /// lists belong in a `providers_csv` table.
  public static let byteLimit = 8 * 1024 * 1024

  /// What to apply while loading: changed values and where postcodes are found.
  public struct Options: Sendable {
    /// Values changed on top of the scenario file (`--set`, `--what-if`); empty for the file as it is.
    public var overlay: ScenarioOverlay
    /// Finds `postcode:` locations; without one, a postcode is an error.
    public var postcodes: PostcodeLocator?

    /// Options with an overlay and a postcode locator.
    public init(overlay: ScenarioOverlay = ScenarioOverlay(), postcodes: PostcodeLocator? = nil) {
      self.overlay = overlay
      self.postcodes = postcodes
    }
  }

  /// Loads and validates the scenario at `url`.
  public static func load(from url: URL, options: Options = Options()) throws -> Result {
    let text: String
    do {
      text = try TextFile.read(url, byteLimit: byteLimit)
    } catch let error as TableIOError {
      throw ScenarioError.invalid(
        file: url.path,
        issues: [
          ScenarioIssue(
            file: url.path, line: nil, path: "", message: Self.reason(error),
            fix:
              "give the path of a scenario .yaml file (UTF-8 text, at most 8 MiB: long provider lists go in a providers_csv table), or a folder holding scenario.yaml"
          )
        ])
    }
    return try load(text: text, path: url.path, folder: url.deletingLastPathComponent(), options: options)
  }

  /// What a read error says about the file, without its path (the issue names the file).
  private static func reason(_ error: TableIOError) -> String {
    switch error {
    case .missingFile: "file not found"
    case .unreadable(_, let reason): "cannot be read: \(reason)"
    case .tooLarge(_, let size, let limit): "it is \(size), more than the \(limit) a scenario may be"
    default: error.description
    }
  }

  /// Loads and validates scenario text. Relative paths inside it are resolved against `folder`.
  public static func load(text: String, path: String, folder: URL, options: Options = Options()) throws -> Result {
    var issues: [ScenarioIssue] = []
    var hasher = ContentHasher()
    hasher.add(text)
    // An empty file, or one with no YAML document, is started again from the template.
    func noScenario(_ message: String) -> ScenarioError {
      .invalid(
        file: path,
        issues: [
          ScenarioIssue(
            file: path, line: nil, path: "", message: message,
            fix: "start from the template written by 'sufficiency init DIR'")
        ])
    }
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw noScenario("the file is empty") }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else { throw noScenario("the file holds no YAML document") }
      root = node
    } catch let error as YamlError {
      throw ScenarioError.invalid(file: path, issues: [YAMLErrorIssue.issue(for: error, file: path, text: text)])
    }
    let limit = YAMLExpansionLimit(text: text)
    guard limit.allows(root) else {
      throw ScenarioError.invalid(
        file: path,
        issues: [
          ScenarioIssue(
            file: path, line: nil, path: "",
            message:
              "its aliases (*name) expand to more than \(limit.maximumNodes) values, far more than any scenario holds",
            fix: "write the values out, or use each anchor (&name) only a few times and never inside another anchor")
        ])
    }
    let applied = options.overlay.apply(to: root)
    issues += applied.issues
    if !options.overlay.isEmpty {
      hasher.add("\n# what-if\n" + options.overlay.fileText(comment: []))
    }
    var reader = ScenarioReader(file: path, folder: folder, postcodes: options.postcodes)
    let scenario = reader.read(YAMLCursor(node: applied.root, path: "", file: path), &issues)
    for table in reader.tablesRead { hasher.add(table) }
    if let scenario {
      let parsedCleanly = !issues.contains { $0.severity == .error }
      issues += ScenarioValidator(scenario: scenario, file: path, sources: reader.sourceMap)
        .validate(checkReachability: parsedCleanly)
    }
    issues = YAMLLineIndex(root: root).fillLines(issues, file: path)
    issues = ScenarioOverlay.attribute(issues, to: applied, scenarioFile: path)
    let errors = issues.filter { $0.severity == .error }
    guard errors.isEmpty, var scenario else { throw ScenarioError.invalid(file: path, issues: Self.sorted(issues)) }
    scenario.sourcePath = path
    return Result(
      scenario: scenario, warnings: Self.sorted(issues.filter { $0.severity == .warning }),
      contentHash: hasher.hexDigest, inputPaths: [path] + reader.inputPaths)
  }

  private static func sorted(_ issues: [ScenarioIssue]) -> [ScenarioIssue] {
    issues.enumerated().sorted {
      let left = ($0.element.file, $0.element.line ?? Int.max, $0.offset)
      let right = ($1.element.file, $1.element.line ?? Int.max, $1.offset)
      return left < right
    }.map(\.element)
  }

}

/// FNV-1a 64-bit fingerprint of the inputs, so plan.json says exactly which scenario produced it.
struct ContentHasher {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ text: String) {
    for byte in text.utf8 {
      state ^= UInt64(byte)
      state = state &* 0x0000_0100_0000_01b3
    }
  }

  var hexDigest: String {
    let hex = String(state, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

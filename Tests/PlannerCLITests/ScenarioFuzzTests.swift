import Foundation
import PlacementDomain
import PropertyBased
import ScenarioInputs
import Testing

/// One change to a scenario's text, of the kinds people and tools make: a strange number, a line lost or doubled,
/// a file cut short, bad indentation, a typo in a key or a reference, control bytes, an alias.
struct ScenarioMutation: CustomStringConvertible, Sendable {
  enum Kind: Int, CaseIterable, Sendable {
    case strangeNumber, deleteLine, duplicateLine, truncate, indent, typoInKey, typoInValue, controlBytes, alias,
      swapLines
  }

  let kind: Kind
  /// Picks the line (or cut point) the change applies to, modulo the text's size.
  let position: Int
  let value: String

  /// Values that look like numbers, or nearly, and values that are not.
  static let strangeValues = [
    "0x10", "0x1p3", "1,2,3", "'1,2'", "'1,234'", "-1", "1e400", ".nan", "-.inf", "", "~", "9223372036854775808",
    "2.5", "1e-300", "'\u{0}\u{0}'", "١٢", "0o7", "+", "12abc", "[1, 2]", "{a: 1}", "*nothing", "&anchor 5",
    "'unlimited'", "yes", "2020-01-01", "£1,020", "1_0", "-0",
  ]

  static let generator = zip(
    Gen.int(in: 0...(Kind.allCases.count - 1)), Gen.int(in: 0...1_000_000), Gen.element(of: strangeValues)
  ).map { kind, position, value in
    ScenarioMutation(kind: Kind(rawValue: kind) ?? .deleteLine, position: position, value: value ?? "")
  }

  var description: String { "\(kind) at \(position) with \(value.debugDescription)" }

  /// The mutated text.
  func apply(to text: String) -> String {
    var lines = text.components(separatedBy: "\n")
    let index = position % max(1, lines.count)
    switch kind {
    case .strangeNumber:
      // The next line from `index` holding `key: value`, with its value replaced.
      for offset in 0..<lines.count {
        let candidate = (index + offset) % lines.count
        let line = lines[candidate]
        guard let colon = line.firstIndex(of: ":"), !line.trimmingCharacters(in: .whitespaces).hasPrefix("#"),
          line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).first?.isNumber == true
        else { continue }
        lines[candidate] = String(line[...colon]) + " " + value
        break
      }
    case .deleteLine: lines.remove(at: index)
    case .duplicateLine: lines.insert(lines[index], at: index)
    case .truncate:
      let cut = text.index(text.startIndex, offsetBy: position % max(1, text.count))
      return String(text[..<cut])
    case .indent: lines[index] = (position % 2 == 0 ? " " : "\t") + lines[index]
    case .typoInKey:
      if let colon = lines[index].firstIndex(of: ":"), colon > lines[index].startIndex {
        lines[index].insert("x", at: colon)
      }
    case .typoInValue: lines[index] += "x"
    case .controlBytes: lines[index] += "\u{0}\u{1B}[2J\u{7}"
    case .alias: lines.insert("x_alias: *" + (position % 2 == 0 ? "nowhere" : "a"), at: index)
    case .swapLines: lines.swapAt(index, (index + 1 + position % 7) % lines.count)
    }
    return lines.joined(separator: "\n")
  }
}

/// A seeded, time-bounded fuzz test: the bundled scenarios, mutated, never crash the reader, the validator or the
/// built binary; every outcome is a scenario or an input error whose messages have the documented shape.
///
/// The seed is fixed (`FUZZ_SEED` overrides it) so a run is repeatable; a failure names the seed, scenario and
/// mutation. Each part stops at its time budget, having checked at least a floor of cases.
@Suite("Fuzz: mutated bundled scenarios", .serialized)
struct ScenarioFuzzTests {
  static let seed = getenv("FUZZ_SEED").flatMap { UInt64(String(cString: $0)) } ?? 19

  /// The bundled scenarios with their relative data paths made absolute, so a copy can live anywhere.
  static func baseScenarios() throws -> [(name: String, text: String)] {
    try BinaryRunner.bundledScenarios().map { url in
      let data = BinaryRunner.repositoryRoot.appendingPathComponent("Data").path
      let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "../../Data", with: data)
      return (url.deletingLastPathComponent().lastPathComponent, text)
    }
  }

  /// Problems with one message line, for the failure report; empty when it has the documented shape.
  static func shapeProblems(_ line: String, lineCount: Int) -> [String] {
    var problems: [String] = []
    if line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
      problems.append("raw control character")
    }
    for leak in ["Yams.", "Node.", "NSCocoaErrorDomain", "9223372036854775807", "unknown context at"]
    where line.contains(leak) {
      problems.append("leaks '\(leak)'")
    }
    if line.range(of: "0x[0-9a-f]{8,}", options: .regularExpression) != nil { problems.append("memory address") }
    if line.range(of: "between [^ ]+ and [^ ]+ between", options: .regularExpression) != nil {
      problems.append("range said twice")
    }
    if let match = line.range(of: "\\b([a-z]{3,}) \\1\\b", options: .regularExpression) {
      problems.append("doubled word '\(line[match])'")
    }
    return problems
  }

  @Test("the reader and validator return a scenario or input errors with file, line within the file, and a fix")
  func readerNeverCrashes() throws {
    var rng = Xoshiro(seed: (Self.seed, 0x9E37_79B9_7F4A_7C15, 3, 5))
    let bases = try Self.baseScenarios()
    let folder = BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/redcar-cleveland-2018")
    let deadline = ContinuousClock.now + .seconds(20)
    var checked = 0
    while checked < 400 && (checked < 40 || ContinuousClock.now < deadline) {
      let base = bases[checked % bases.count]
      let mutations = ScenarioMutation.generator.array(of: 1...3).run(using: &rng)
      let text = mutations.reduce(base.text) { $1.apply(to: $0) }
      let context = "seed \(Self.seed), case \(checked), \(base.name): \(mutations)"
      let lineCount = text.components(separatedBy: "\n").count
      let started = ContinuousClock.now
      do {
        _ = try ScenarioLoader.load(text: text, path: "fuzz.yaml", folder: folder)
      } catch let error as ScenarioError {
        #expect(!error.issues.isEmpty, "\(context)")
        var seen = Set<String>()
        for issue in error.issues {
          let line = issue.description
          #expect(seen.insert(line).inserted, "printed twice: \(line) (\(context))")
          #expect(!issue.message.isEmpty && !issue.fix.isEmpty, "\(context)")
          if issue.file == "fuzz.yaml", let number = issue.line {
            #expect(number >= 1 && number <= lineCount + 1, "line \(number) of \(lineCount): \(line) (\(context))")
          }
          let problems = Self.shapeProblems(line, lineCount: lineCount)
          #expect(problems.isEmpty, "\(problems): \(line) (\(context))")
        }
      } catch {
        Issue.record("not an input error: \(error) (\(context))")
      }
      #expect(ContinuousClock.now - started < .seconds(5), "slow: \(context)")
      checked += 1
    }
    #expect(checked >= 40)
  }

  @Test("the built binary exits 0 or 2, never crashes, and names the file once per problem")
  func binaryNeverCrashes() throws {
    var rng = Xoshiro(seed: (Self.seed, 0xD1B5_4A32_D192_ED03, 7, 11))
    let bases = try Self.baseScenarios()
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let deadline = ContinuousClock.now + .seconds(40)
    var checked = 0
    while checked < 40 && (checked < 8 || ContinuousClock.now < deadline) {
      let base = bases[checked % bases.count]
      let mutations = ScenarioMutation.generator.array(of: 1...2).run(using: &rng)
      let file = folder.appendingPathComponent("case-\(checked).yaml")
      try Data(mutations.reduce(base.text) { $1.apply(to: $0) }.utf8).write(to: file)
      let context = "seed \(Self.seed), case \(checked), \(base.name): \(mutations)"
      let started = ContinuousClock.now
      let run = try BinaryRunner.run(["validate", file.path], in: folder)
      #expect(ContinuousClock.now - started < .seconds(10), "slow: \(context)")
      #expect(run.exitCode == 0 || run.exitCode == 2, "exit \(run.exitCode): \(run.standardError) (\(context))")
      if run.exitCode == 2 {
        #expect(run.standardError.contains(file.path), "\(run.standardError) (\(context))")
      }
      let lines = run.standardError.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
      #expect(Set(lines).count == lines.count, "a line printed twice: \(run.standardError) (\(context))")
      for line in lines {
        let problems = Self.shapeProblems(line, lineCount: Int.max)
        #expect(problems.isEmpty, "\(problems): \(line) (\(context))")
      }
      checked += 1
    }
    #expect(checked >= 8)
  }
}

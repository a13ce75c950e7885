import Foundation
import Testing

/// Compares `text` byte for byte with `Snapshots/<name>` next to this file. With `RECORD_SNAPSHOTS=1` in the
/// environment it writes the snapshot instead and fails the test, so a recording is never mistaken for a pass
/// (argument-parser's `assertSnapshot`).
func assertSnapshot(
  _ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  let file = directory.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
      Issue.record(
        "Recorded snapshot \(name); check it by hand, then run again without RECORD_SNAPSHOTS",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = FileManager.default.contents(atPath: file.path) else {
    Issue.record(
      "Snapshot \(name) is missing; run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  if expected != text {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
    let detail =
      firstDifference.map { "line \($0.offset + 1): expected \"\($0.element.0)\", got \"\($0.element.1)\"" }
      ?? "expected \(expectedLines.count) lines, got \(actualLines.count)"
    Issue.record(
      "Output differs from snapshot \(name) (\(detail)); if the change is intended, re-record with RECORD_SNAPSHOTS=1",
      sourceLocation: sourceLocation)
  }
}

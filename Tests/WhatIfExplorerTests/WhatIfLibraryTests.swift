import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

@testable import WhatIfExplorer

/// Saved what-ifs: changed values only, who and when in a comment, written atomically, the scenario never written.
@Suite("Saved what-ifs")
struct WhatIfLibraryTests {
  func temporaryScenario() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("scenario.yaml")
    try "name: x\n".write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test("a saved what-if lists, reads back and says who saved it and when")
  func saveAndList() throws {
    let scenario = try temporaryScenario()
    defer { try? FileManager.default.removeItem(at: scenario.deletingLastPathComponent()) }
    let library = WhatIfLibrary(scenarioFile: scenario, protectedPaths: [])
    #expect(library.names().isEmpty)
    let overlay = ScenarioOverlay(changes: [.init(path: "emergency.blocking_target", value: "0.02")])
    let url = try library.save(overlay, as: "fewer-turned-away", author: "alice", date: Date(timeIntervalSince1970: 0))
    #expect(url.path == scenario.deletingLastPathComponent().path + "/what-ifs/fewer-turned-away.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("# Saved by alice on 1970-01-01 00:00:00 UTC with sufficiency serve."))
    #expect(text.hasSuffix("emergency.blocking_target: 0.02\n"))
    #expect(library.names() == ["fewer-turned-away"])
    #expect(try library.load("fewer-turned-away").changes.map(\.value) == ["0.02"])
    #expect(try String(contentsOf: scenario, encoding: .utf8) == "name: x\n")
  }

  @Test("bad names, empty what-ifs and the scenario's own path are refused")
  func refusals() throws {
    let scenario = try temporaryScenario()
    defer { try? FileManager.default.removeItem(at: scenario.deletingLastPathComponent()) }
    let library = WhatIfLibrary(scenarioFile: scenario, protectedPaths: [])
    let overlay = ScenarioOverlay(changes: [.init(path: "name", value: "y")])
    for name in ["", "../scenario", "a b", String(repeating: "x", count: 61)] {
      #expect(throws: WhatIfLibrary.Problem.self) { try library.save(overlay, as: name, author: "a", date: Date()) }
    }
    #expect(throws: WhatIfLibrary.Problem.self) {
      try library.save(ScenarioOverlay(), as: "empty", author: "a", date: Date())
    }
    #expect(library.protectedPaths.contains(scenario.path))
  }

  @Test("many saves at once under one name leave one whole what-if file")
  func concurrentSaves() async throws {
    let scenario = try temporaryScenario()
    defer { try? FileManager.default.removeItem(at: scenario.deletingLastPathComponent()) }
    let library = WhatIfLibrary(scenarioFile: scenario, protectedPaths: [])
    let values = (0..<40).map { String(repeating: "9", count: 1 + $0 * 50) }
    await withTaskGroup(of: Void.self) { group in
      for value in values {
        group.addTask {
          let overlay = ScenarioOverlay(changes: [.init(path: "summary", value: value)])
          _ = try? library.save(overlay, as: "shared", author: "a", date: Date())
        }
      }
    }
    let read = try library.load("shared")
    #expect(read.changes.count == 1)
    #expect(values.contains(read.changes[0].value))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: library.folder.path)
    #expect(leftovers == ["shared.yaml"])
  }
}

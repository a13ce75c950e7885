import Foundation
import GLPKBackend
import Planning
import Reporting
import ScenarioInputs
import Testing

@testable import WhatIfExplorer

/// The what-if's plan files offered for download: every file `plan` writes, each one served.
@Suite("Explorer downloads")
struct ExplorerDownloadTests {
  /// A one-council scenario with fixed demand (no forecast), planned by GLPK.
  func session() throws -> (ExplorerSession, folder: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("scenario.yaml")
    try """
    name: Downloads
    base_year: 2020
    horizon_years: 2
    authorities:
      - {id: la, name: Test LA}
    areas:
      - {id: north, authority: la, latitude: 54.6, longitude: -1.1, demand_share: 1}
    demand:
      - authority: la
        totals: {2021: 20, 2022: 22}
        need_mix: {mainstream_fostering: 0.8, residential: 0.2}
        siblings: {share: 0.25}
    providers:
      - {id: ifa, provision: ifa, latitude: 54.55, longitude: -1.2, places: 40, weekly_price: 800, sibling_places: 6}
      - {id: homes, provision: external_residential, latitude: 54.7, longitude: -1.5, places: 10, weekly_price: 4000}
    in_house_fostering:
      - {area: north, households: 5, weekly_cost: 450, max_recruits_per_year: 2}

    """.write(to: file, atomically: true, encoding: .utf8)
    let session = try ExplorerSession(scenarioFile: file, postcodes: nil) { loaded in
      try Planner(solver: GLPKSolver()).plan(loaded.scenario, forecaster: nil, scenarioHash: loaded.contentHash).plan
    }
    return (session, folder)
  }

  @Test("every file plan writes, sibling-places.csv among them, is linked on the page and downloads")
  func everyPlanFileDownloads() async throws {
    let (session, folder) = try session()
    defer { try? FileManager.default.removeItem(at: folder) }
    let written = try PlanExport.files(for: session.baseline.plan).map(\.name)
    #expect(written.contains("sibling-places.csv"))
    #expect(Set(ExplorerPage.downloadFiles) == Set(written + ["report.html", "plan.xlsx"]))
    let page = ExplorerServer.basePage(
      session, overlay: ScenarioOverlay(changes: []), evaluation: .planned(session.baseline), title: "What-if"
    ).render()
    for name in ExplorerPage.downloadFiles {
      #expect(page.contains("<a href=\"/download/\(name)?"), "\(name) not linked")
      let response = try await ExplorerServer.download(session, file: name, form: FormFields(encoded: ""))
      #expect(response.status.code == 200, "\(name): \(response.status)")
    }
    let missing = try await ExplorerServer.download(session, file: "nothing.csv", form: FormFields(encoded: ""))
    #expect(missing.status.code == 404)
  }
}

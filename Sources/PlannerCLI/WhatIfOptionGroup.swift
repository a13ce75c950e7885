import ArgumentParser
import Foundation
import PlacementDomain
import ScenarioInputs

/// `--set PATH=VALUE` and `--what-if FILE`: values changed on top of a scenario without editing it (see
/// `docs/scenario-format.md`, "What-ifs").
struct WhatIfOptionGroup: ParsableArguments {
  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Change one scenario value, by its path in the scenario file (repeatable), such as "
        + "policy.min_in_house_fostering_share=0.6 or in_house_fostering[east_cleveland].max_recruits_per_year=12.",
      valueName: "PATH=VALUE"))
  var settings: [String] = []

  @Option(
    name: .customLong("what-if"),
    help: ArgumentHelp("Apply a saved what-if file (changed values only), before any --set.", valueName: "FILE"))
  var whatIf: String?

  /// The changes: the what-if file's, then each `--set` in order.
  /// - Throws: ``ScenarioError`` (exit code 2) for a `--set` without `=` or a bad what-if file.
  func overlay() throws -> ScenarioOverlay {
    var overlay = try whatIf.map { try ScenarioOverlay.read(from: URL(fileURLWithPath: $0)) } ?? ScenarioOverlay()
    overlay.changes += try settings.map(ScenarioOverlay.setting)
    return overlay
  }

  /// Load options with these changes and the bundled postcode table.
  func loadOptions() throws -> ScenarioLoader.Options {
    ScenarioLoader.Options(overlay: try overlay(), postcodes: BundledData.postcodeLocator())
  }
}

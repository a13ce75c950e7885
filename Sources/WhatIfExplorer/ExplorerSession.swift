import Foundation
import PlacementDomain
import Planning
import ScenarioInputs
import Yams

/// One scenario being explored: its unchanged plan, its levers, its saved what-ifs, and the plans of what-ifs.
///
/// An actor, so plans are made one at a time (the solver is not shared between threads) and concurrent requests
/// see a consistent cache.
public actor ExplorerSession {
  /// Makes a plan from a loaded scenario; the command line passes the solver it chose.
  public typealias PlanMaker = @Sendable (ScenarioLoader.Result) throws -> Plan

  /// A scenario loaded with some changes and planned.
  public struct PlannedScenario: Sendable {
    public var loaded: ScenarioLoader.Result
    public var plan: Plan
  }

  /// What a set of changes gave.
  public enum Evaluation: Sendable {
    /// A plan.
    case planned(PlannedScenario)
    /// The changed scenario is invalid: the same issues `validate` lists.
    case invalid([ScenarioIssue])
    /// The solver gave no plan.
    case failed(String)
  }

  /// The scenario file.
  public nonisolated let scenarioFile: URL
  /// The unchanged scenario's plan.
  public nonisolated let baseline: PlannedScenario
  /// The levers the page shows.
  public nonisolated let levers: [ExplorerLever]
  /// The unchanged plan's headline and charts, rendered once for the page's left-hand side.
  nonisolated let baselineHTML: String
  /// The saved what-ifs.
  public nonisolated let library: WhatIfLibrary
  private let postcodes: PostcodeLocator?
  private let makePlan: PlanMaker
  private var cache: [String: Evaluation] = [:]
  private var cacheOrder: [String] = []
  private static let cacheSize = 32

  /// Loads and plans the scenario at `scenarioFile`.
  /// - Throws: ``ScenarioError`` when the scenario itself is invalid, or the planner's error.
  public init(scenarioFile: URL, postcodes: PostcodeLocator?, makePlan: @escaping PlanMaker) throws {
    let loaded = try ScenarioLoader.load(from: scenarioFile, options: ScenarioLoader.Options(postcodes: postcodes))
    self.scenarioFile = scenarioFile
    self.postcodes = postcodes
    self.makePlan = makePlan
    let baseline = PlannedScenario(loaded: loaded, plan: try makePlan(loaded))
    self.baseline = baseline
    self.baselineHTML = ExplorerPage.planHTML(baseline, idPrefix: "a-")
    self.library = WhatIfLibrary(scenarioFile: scenarioFile, protectedPaths: Set(loaded.inputPaths))
    let text = (try? String(contentsOf: scenarioFile, encoding: .utf8)) ?? ""
    let providers = (try? Yams.compose(yaml: text))?.mapping?["providers"]?.sequence ?? Node.Sequence([])
    let ids = Set(providers.compactMap { $0.mapping?["id"]?.string })
    self.levers = LeverCatalogue.levers(for: loaded.scenario, yamlProviderIDs: ids)
  }

  /// The plan of the scenario with `overlay` applied (the unchanged plan for an empty overlay).
  public func evaluate(_ overlay: ScenarioOverlay) -> Evaluation {
    if overlay.isEmpty { return .planned(baseline) }
    let key = overlay.fileText(comment: [])
    if let cached = cache[key] { return cached }
    let evaluation: Evaluation
    do {
      let loaded = try ScenarioLoader.load(
        from: scenarioFile, options: ScenarioLoader.Options(overlay: overlay, postcodes: postcodes))
      evaluation = .planned(PlannedScenario(loaded: loaded, plan: try makePlan(loaded)))
    } catch let error as ScenarioError {
      evaluation = .invalid(error.issues)
    } catch {
      evaluation = .failed("\(error)")
    }
    cache[key] = evaluation
    cacheOrder.append(key)
    if cacheOrder.count > Self.cacheSize { cache[cacheOrder.removeFirst()] = nil }
    return evaluation
  }

  /// The changes a submitted form asks for: each lever whose field differs from the scenario's value, then any
  /// `extra` fields (`PATH=VALUE`, changes of a saved what-if that have no field).
  nonisolated func overlay(from form: FormFields) -> ScenarioOverlay {
    var changes: [ScenarioOverlay.Change] = []
    let origin = ScenarioOverlay.Origin(file: "form", line: nil)
    for lever in levers {
      guard let value = form[lever.path]?.trimmingCharacters(in: .whitespaces), value != lever.baseline else {
        continue
      }
      changes.append(ScenarioOverlay.Change(path: lever.path, value: value, origin: origin))
    }
    for extra in form.all("extra") {
      if var change = try? ScenarioOverlay.setting(extra) {
        change.origin = origin
        changes.append(change)
      }
    }
    return ScenarioOverlay(changes: changes)
  }
}

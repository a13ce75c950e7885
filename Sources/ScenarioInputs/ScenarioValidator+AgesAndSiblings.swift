import MessageFormat
import PlacementDomain

extension ScenarioValidator {
  /// Checks ages and sibling groups: supported accommodation suits only 16–17 need groups; `ages_into` pairs an
  /// under-16 group with a 16–17 group; sibling groups name settled need groups; sibling places fit in the places.
  func ageAndSiblingIssues() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    func error(_ path: String, _ message: String, _ fix: String) {
      issues.append(ScenarioIssue(file: file, line: nil, path: path, message: message, fix: fix))
    }
    for (index, entry) in scenario.suitability.enumerated() {
      guard scenario.provisionType(entry.provisionType)?.category == .supported,
        let needIndex = scenario.needGroups.firstIndex(where: { $0.id == entry.needGroup }),
        scenario.needGroups[needIndex].ageBand != .sixteenSeventeen
      else { continue }
      let band = scenario.needGroups[needIndex].ageBand
      error(
        "\(sources.path("suitability", index)).need",
        "supported accommodation ('\(entry.provisionType)') is for 16-17-year-olds only, but need group "
          + "'\(entry.needGroup)' has age_band \(band.rawValue) (\(sources.path("need_groups", needIndex)).age_band)",
        "give '\(entry.needGroup)' 'age_band: 16_17', or remove this suitability entry")
    }
    for (index, need) in scenario.needGroups.enumerated() {
      guard let target = need.agesInto else { continue }
      let path = "\(sources.path("need_groups", index)).ages_into"
      if need.ageBand != .under16 {
        error(path, "only an under-16 group ages into a 16-17 group", "give '\(need.id)' 'age_band: under_16'")
      }
      guard let partner = scenario.needGroup(target) else {
        error(path, "unknown need group '\(target)'", "name a need group with 'age_band: 16_17'")
        continue
      }
      if partner.ageBand != .sixteenSeventeen || partner.isEmergency || need.isEmergency {
        error(
          path, "'\(target)' is not a settled 16-17 need group",
          "name a need group with 'age_band: 16_17' (not an emergency group)")
      }
    }
    let needIDs = Set(scenario.needGroups.map(\.id))
    for (index, demand) in scenario.demand.enumerated() {
      guard let siblings = demand.siblings else { continue }
      for need in siblings.needGroups where !needIDs.contains(need) || scenario.needGroup(need)?.isEmergency == true {
        error(
          "\(sources.path("demand", index)).siblings.need_groups", "'\(need)' is not a settled need group",
          "use one of: \(scenario.needGroups.filter { !$0.isEmergency }.map(\.id.rawValue).joined(separator: ", "))")
      }
    }
    for (index, provider) in scenario.providers.enumerated() where provider.siblingPlaces > 0 {
      let most = provider.placesByYear?.values.max() ?? .infinity
      if provider.siblingPlaces > most {
        // A provider from providers_csv is named by its file, line and column.
        let place = providerLocation(index, "sibling_places")
        issues.append(
          ScenarioIssue(
            file: place.file, line: place.line, path: place.path,
            message:
              "\(NumberFormat.plain(provider.siblingPlaces)) sibling places is more than the provider's \(NumberFormat.plain(most)) places",
            fix: "give at most its places"))
      }
    }
    issues += ageingMixWarnings() + siblingPlaceWarnings()
    return issues
  }

  /// A warning for each council whose need mix gives a 16–17 group too small a share for the under-16s who turn 16
  /// with their carers: in a steady state c·a·under-16s run on into it each year and only (1 − c₁₆)·16–17s leave,
  /// so a smaller share would show as unmet need.
  private func ageingMixWarnings() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    for (index, demand) in scenario.demand.enumerated() {
      let rates = demand.ageing ?? .national
      for young in scenario.needGroups {
        guard let olderID = young.agesInto, let youngShare = demand.needMix[young.id], youngShare > 0 else { continue }
        let rates16 = scenario.suitability.filter { $0.needGroup == young.id }.compactMap {
          scenario.provisionType($0.provisionType).map(scenario.stability.continuation(of:))
        }
        let continuation = rates16.max() ?? 0
        let olderShare = demand.needMix[olderID] ?? 0
        let ageingIn = continuation * rates.turning16Share * youngShare
        let leaving = (1 - min(continuation, 1 - rates.ageingOutShare)) * olderShare
        guard ageingIn > leaving + 1e-9 else { continue }
        issues.append(
          ScenarioIssue(
            severity: .warning, file: file, line: nil, path: "\(sources.path("demand", index)).need_mix.\(olderID)",
            message:
              "'\(olderID)' has too small a share for the '\(young.id)' placements running on at 16: some need may show as unmet",
            fix:
              "give '\(olderID)' a share of at least \((ageingIn / (1 - min(continuation, 1 - rates.ageingOutShare)) * 1000).rounded(.up) / 1000)"
          ))
      }
    }
    return issues
  }

  /// A warning for each council with sibling groups placed together when no provider or in-house area has sibling
  /// places: every child of a sibling group would be a gap.
  private func siblingPlaceWarnings() -> [ScenarioIssue] {
    let anyPlaces =
      scenario.providers.contains { $0.siblingPlaces > 0 }
      || scenario.inHouseFostering.contains { $0.siblingPlaceShare > 0 }
    guard !anyPlaces else { return [] }
    return scenario.demand.enumerated().compactMap { index, demand in
      guard let siblings = demand.siblings, siblings.placedTogether, siblings.share > 0 else { return nil }
      return ScenarioIssue(
        severity: .warning, file: file, line: nil, path: "\(sources.path("demand", index)).siblings",
        message: "no provider or in-house area has sibling places: every sibling group would be a gap",
        fix: "give providers 'sibling_places' and in-house areas 'sibling_place_share'")
    }
  }
}

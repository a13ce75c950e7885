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
        error(
          "\(sources.path("providers", index)).sibling_places",
          "\(provider.siblingPlaces) sibling places is more than the provider's \(most) places",
          "give at most its places")
      }
    }
    return issues
  }
}

import PlacementDomain

/// Checks that every need group with demand, in every home area, has at least one possible placement once
/// suitability and distance limits are applied.
struct ReachabilityCheck {
  let scenario: Scenario
  let file: String

  func check() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    let sites = scenario.placementSites
    for authority in scenario.authorities {
      let areas = scenario.areas.filter { $0.authority == authority.id && $0.demandShare > 0 }
      for need in scenario.needGroupsWithDemand(for: authority.id) {
        for area in areas {
          let reachable = sites.filter { scenario.allows(need, from: area, at: $0) }
          let limit = need.maximumMiles.map { "\(Int($0)) miles" } ?? "no limit"
          if reachable.isEmpty {
            issues.append(
              ScenarioIssue(
                file: file, line: nil, path: "need_groups.\(need.id)",
                message:
                  "need group '\(need.id)' from area '\(area.id)' has no possible provider (distance limit \(limit), road factor \(scenario.distance.roadFactor))",
                fix:
                  "raise max_miles for '\(need.id)', add a suitable provider nearer \(area.name), or allow another provision type in suitability"
              ))
          } else if reachable.allSatisfy({ $0.category == .lastResort }) {
            issues.append(
              ScenarioIssue(
                severity: .warning, file: file, line: nil, path: "need_groups.\(need.id)",
                message: "need group '\(need.id)' from area '\(area.id)' can only be placed in last-resort provision",
                fix: "raise max_miles for '\(need.id)' or add a suitable provider within \(limit)"))
          }
        }
      }
    }
    return issues
  }
}

import PlacementDomain

extension ScenarioValidator {
  /// Checks the placement-stability inputs: `placed_at_base` and `stability` name provision types, need groups and
  /// councils that exist; a planned move goes between two different settled need groups; and a scenario that gives some
  /// councils' placements at the base date but not others' is warned (their children would all be placed afresh).
  func stabilityIssues() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    func error(_ path: String, _ message: String, _ fix: String) { issues.append(issue(path, message, fix)) }
    let provisionIDs = Set(scenario.provisionTypes.map(\.id))
    let provisionList = scenario.provisionTypes.map(\.id.rawValue).joined(separator: ", ")
    let authorityIDs = Set(scenario.authorities.map(\.id))
    for (index, demand) in scenario.demand.enumerated() {
      for key in demand.placedAtBase.keys.sorted() where !provisionIDs.contains(key) {
        error(
          "\(sources.path("demand", index)).placed_at_base.\(key)", "unknown provision type '\(key)'",
          "use one of: \(provisionList)")
      }
    }
    let withStock = scenario.demand.filter { !$0.placedAtBase.isEmpty }
    if !withStock.isEmpty {
      for (index, demand) in scenario.demand.enumerated() where demand.placedAtBase.isEmpty {
        issues.append(
          ScenarioIssue(
            severity: .warning, file: file, line: nil, path: sources.path("demand", index),
            message:
              "no placed_at_base for '\(demand.authority)': its children are all placed afresh in the first year, as if moved",
            fix: "give its children in placements at 31 March \(scenario.baseYear) by provision type, as for the others"
          ))
      }
    }
    for (index, demand) in scenario.demand.enumerated()
    where demand.stayingPut.values.contains(where: { $0 > 0 })
      && !scenario.inHouseFostering.contains(where: { scenario.area($0.area)?.authority == demand.authority })
    {
      issues.append(
        ScenarioIssue(
          severity: .warning, file: file, line: nil, path: "\(sources.path("demand", index)).staying_put",
          message: "'\(demand.authority)' has care leavers staying put but no in-house carers: they are left out",
          fix: "give the council's in_house_fostering areas, or remove staying_put"))
    }
    for key in scenario.stability.continuation.keys.sorted() where !provisionIDs.contains(key) {
      error("stability.continuation.\(key)", "unknown provision type '\(key)'", "use one of: \(provisionList)")
    }
    let needIDs = Set(scenario.needGroups.map(\.id))
    let needList = scenario.needGroups.map(\.id.rawValue).joined(separator: ", ")
    for (index, move) in scenario.stability.plannedMoves.enumerated() {
      let path = "stability.planned_moves[\(index)]"
      for (field, need) in [("from", move.from), ("to", move.to)] where !needIDs.contains(need) {
        error("\(path).\(field)", "unknown need group '\(need)'", "use one of: \(needList)")
      }
      if move.from == move.to {
        error("\(path).to", "a planned move from '\(move.from)' to itself", "name two different need groups")
      }
      if scenario.needGroup(move.from)?.isEmergency == true || scenario.needGroup(move.to)?.isEmergency == true {
        error(
          path, "emergency placements end within the year, so they need no planned move",
          "plan moves between settled need groups, such as from residential to complex_fostering")
      }
    }
    for (index, pool) in scenario.stability.sharedInHousePools.enumerated() {
      for member in pool.authorities where !authorityIDs.contains(member) {
        error(
          "stability.shared_in_house_pools[\(index)].authorities", "unknown authority '\(member)'",
          "use one of: \(scenario.authorities.map(\.id.rawValue).joined(separator: ", "))")
      }
    }
    return issues
  }
}

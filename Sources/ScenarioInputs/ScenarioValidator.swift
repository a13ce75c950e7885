import MessageFormat
import PlacementDomain
import Statistics
import TableIO

/// Cross-reference and consistency checks on a scenario that parsed cleanly field by field.
///
/// Entries that could not be read were dropped from the scenario; `sources` says where the kept ones are in the
/// file (so each problem points at its own entry's line) and what the dropped ones named (so their references are
/// still checked, and nothing is reported missing that was given but unreadable).
struct ScenarioValidator {
  let scenario: Scenario
  let file: String
  var sources = ScenarioSourceMap()

  /// Cross-reference checks, then reachability, which runs only when everything else passed (and
  /// `checkReachability`), so one mistake is not reported twice.
  func validate(checkReachability: Bool) -> [ScenarioIssue] {
    let issues =
      crossReferenceIssues() + stabilityIssues() + ageAndSiblingIssues()
      + PlanIntentCheck(scenario: scenario, file: file, sources: sources).check()
    if !checkReachability || issues.contains(where: { $0.severity == .error }) { return issues }
    return issues + ReachabilityCheck(scenario: scenario, file: file).check()
  }

  /// An issue at the field `path` of the scenario file (its line is not known here); an error unless `severity` says
  /// otherwise.
  func issue(_ path: String, _ message: String, _ fix: String, severity: ScenarioIssue.Severity = .error)
    -> ScenarioIssue
  {
    ScenarioIssue(severity: severity, file: file, line: nil, path: path, message: message, fix: fix)
  }

  /// The file, line (when known here) and field path of the `index`-th provider kept, in the scenario or its
  /// providers table.
  func providerLocation(_ index: Int, _ field: String?) -> (file: String, line: Int?, path: String) {
    let listed = scenario.providers.count - sources.tableProviderRows.count
    if index >= listed, index - listed < sources.tableProviderRows.count {
      let row = sources.tableProviderRows[index - listed]
      return (row.file, row.line, field ?? "id")
    }
    let path = sources.path("providers", index)
    return (file, nil, field.map { "\(path).\($0)" } ?? path)
  }

  private func crossReferenceIssues() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    func error(_ path: String, _ message: String, _ fix: String) { issues.append(issue(path, message, fix)) }
    func warning(_ path: String, _ message: String, _ fix: String) {
      issues.append(issue(path, message, fix, severity: .warning))
    }
    func providerError(_ index: Int, _ field: String?, _ message: String, _ fix: String) {
      let place = providerLocation(index, field)
      issues.append(ScenarioIssue(file: place.file, line: place.line, path: place.path, message: message, fix: fix))
    }
    checkUnique(scenario.authorities.map(\.id.rawValue), "authorities", &issues)
    checkUnique(scenario.areas.map(\.id.rawValue), "areas", &issues)
    checkUnique(scenario.needGroups.map(\.id.rawValue), "need_groups", &issues)
    checkUnique(scenario.provisionTypes.map(\.id.rawValue), "provision_types", &issues)
    checkUniqueProviders(&issues)

    let planYears = Set(scenario.planYears)
    let authorityIDs = Set(scenario.authorities.map(\.id))
    let needIDs = Set(scenario.needGroups.map(\.id))
    let provisionIDs = Set(scenario.provisionTypes.map(\.id))
    let areaIDs = Set(scenario.areas.map(\.id))
    let authorityList = scenario.authorities.map(\.id.rawValue).joined(separator: ", ")
    let needList = scenario.needGroups.map(\.id.rawValue).joined(separator: ", ")
    let provisionList = scenario.provisionTypes.map(\.id.rawValue).joined(separator: ", ")

    let knownIDs: [String: Set<String>] = [
      "authorities": Set(authorityIDs.map(\.rawValue)), "areas": Set(areaIDs.map(\.rawValue)),
      "need_groups": Set(needIDs.map(\.rawValue)), "provision_types": Set(provisionIDs.map(\.rawValue)),
    ]
    let lists = [
      "authorities": authorityList, "areas": scenario.areas.map(\.id.rawValue).joined(separator: ", "),
      "need_groups": needList, "provision_types": provisionList,
    ]
    let names = [
      "authorities": "authority", "areas": "area", "need_groups": "need group", "provision_types": "provision type",
    ]
    // References made by entries that could not be read are checked all the same.
    for reference in sources.unreadReferences
    where knownIDs[reference.section]?.contains(reference.id) == false
      && !sources.isUnread(reference.section, id: reference.id)
    {
      error(
        reference.path, "unknown \(names[reference.section] ?? "id") '\(MessageText.shown(reference.id))'",
        "use one of: \(lists[reference.section] ?? "")")
    }
    if scenario.authorities.isEmpty && sources.unreadIDs["authorities"] == nil {
      error("authorities", "no authorities", "list at least one authority")
    }
    if scenario.areas.isEmpty && sources.unreadIDs["areas"] == nil {
      error("areas", "no areas", "list at least one home area with its latitude and longitude")
    }
    for (index, area) in scenario.areas.enumerated()
    where !authorityIDs.contains(area.authority) && !sources.isUnread("authorities", id: area.authority.rawValue) {
      error(
        "\(sources.path("areas", index)).authority", "unknown authority '\(area.authority)'",
        "use one of: \(authorityList)")
    }
    for authority in scenario.authorities {
      let shares = scenario.areas.filter { $0.authority == authority.id }.map(\.demandShare)
      if shares.isEmpty && sources.unreadEntry(of: "areas", refersTo: authority.id.rawValue) { continue }
      if shares.isEmpty {
        error(
          "areas", "authority '\(authority.id)' has no areas", "add at least one area with 'authority: \(authority.id)'"
        )
      } else if shares.reduce(0, +) <= 0 {
        error(
          "areas", "the demand shares of authority '\(authority.id)' add up to 0",
          "give its areas positive demand_share values")
      }
    }
    for (index, suitability) in scenario.suitability.enumerated() {
      let path = sources.path("suitability", index)
      if !needIDs.contains(suitability.needGroup)
        && !sources.isUnread("need_groups", id: suitability.needGroup.rawValue)
      {
        error("\(path).need", "unknown need group '\(suitability.needGroup)'", "use one of: \(needList)")
      }
      if !provisionIDs.contains(suitability.provisionType)
        && !sources.isUnread("provision_types", id: suitability.provisionType.rawValue)
      {
        error(
          "\(path).provision", "unknown provision type '\(suitability.provisionType)'", "use one of: \(provisionList)")
      }
    }
    for (index, provider) in scenario.providers.enumerated() {
      guard let type = scenario.provisionType(provider.provisionType) else {
        if !sources.isUnread("provision_types", id: provider.provisionType.rawValue) {
          providerError(
            index, "provision", "unknown provision type '\(provider.provisionType)' for provider '\(provider.id)'",
            "use one of: \(provisionList)")
        }
        continue
      }
      if provider.location == nil && type.category != .lastResort {
        providerError(
          index, nil, "provider '\(provider.id)' has no latitude/longitude",
          "give its location (only last-resort provision may have none)")
      }
      if type.category == .inHouseFostering {
        providerError(
          index, "provision", "in-house fostering is planned from 'in_house_fostering' supply, not as a provider",
          "move it to the in_house_fostering section (households per area)")
      }
      for need in provider.weeklyPriceByNeed.keys.sorted() where !needIDs.contains(need) {
        providerError(index, "prices.\(need)", "unknown need group '\(need)'", "use one of: \(needList)")
      }
      if let years = provider.placesByYear, years.keys.contains(where: { !planYears.contains($0) }) {
        for year in years.keys.sorted() where !planYears.contains(year) {
          let place = providerLocation(index, "places.\(year)")
          issues.append(
            ScenarioIssue(
              severity: .warning, file: place.file, line: place.line, path: place.path,
              message: "\(year) is outside the plan years \(yearRange)", fix: "remove it or change the horizon"))
        }
      }
    }
    for (index, supply) in scenario.inHouseFostering.enumerated()
    where !areaIDs.contains(supply.area) && !sources.isUnread("areas", id: supply.area.rawValue) {
      error(
        "\(sources.path("in_house_fostering", index)).area", "unknown area '\(supply.area)'",
        "use one of: \(scenario.areas.map(\.id.rawValue).joined(separator: ", "))")
    }
    if !scenario.inHouseFostering.isEmpty
      && !scenario.provisionTypes.contains(where: { $0.category == .inHouseFostering })
    {
      error(
        "provision_types", "in_house_fostering supply is given but no provision type has category in_house_fostering",
        "add a provision type with 'category: in_house_fostering'")
    }
    checkUnique(scenario.inHouseFostering.map(\.area.rawValue), "in_house_fostering", field: "area", &issues)
    validateDemand(
      &issues, authorityIDs: authorityIDs, needIDs: needIDs, needList: needList, authorityList: authorityList)
    let placedTypes = Set(scenario.demand.flatMap(\.placedAtBase.keys))
    for key in scenario.statusQuoMix.keys.sorted() where !provisionIDs.contains(key) && !placedTypes.contains(key) {
      error("status_quo.\(key)", "unknown provision type '\(key)'", "use one of: \(provisionList)")
    }
    for key in scenario.prices.annualUplift.keys.sorted() where !provisionIDs.contains(key) {
      error("prices.annual_uplift.\(key)", "unknown provision type '\(key)'", "use one of: \(provisionList)")
    }
    for year in scenario.policy.budgetCeilingByYear.keys.sorted() where !scenario.planYears.contains(year) {
      error("policy.budget_ceiling.\(year)", "\(year) is outside the plan years \(yearRange)", "use plan years only")
    }
    if let emergency = scenario.emergency {
      if !scenario.needGroups.contains(where: \.isEmergency) {
        error(
          "emergency", "emergency demand is given but no need group is marked 'emergency: true'",
          "mark the emergency or risk-taking need group with 'emergency: true'")
      }
      if emergency.arrivalsByYear.values.contains(where: { $0 > 0 })
        && !scenario.providers.contains(where: { scenario.provisionType($0.provisionType)?.isEmergencyCapable == true })
      {
        error(
          "emergency", "emergency beds must be held but no provider offers emergency-capable provision",
          "add a provider whose provision type has 'emergency_capable: true' (for example emergency_beds)")
      }
    }
    return issues
  }

  private var yearRange: String { "\(scenario.planYears.first ?? 0)–\(scenario.planYears.last ?? 0)" }

  private func validateDemand(
    _ issues: inout [ScenarioIssue], authorityIDs: Set<AuthorityID>, needIDs: Set<NeedGroupID>, needList: String,
    authorityList: String
  ) {
    var covered = Set<AuthorityID>()
    for (index, demand) in scenario.demand.enumerated() {
      let path = sources.path("demand", index)
      if !authorityIDs.contains(demand.authority) && !sources.isUnread("authorities", id: demand.authority.rawValue) {
        issues.append(
          ScenarioIssue(
            file: file, line: nil, path: "\(path).authority", message: "unknown authority '\(demand.authority)'",
            fix: "use one of: \(authorityList)"))
      }
      if covered.contains(demand.authority) {
        issues.append(
          ScenarioIssue(
            file: file, line: nil, path: "\(path).authority",
            message: "authority '\(demand.authority)' has demand listed twice",
            fix: "keep one demand entry per authority"))
      }
      covered.insert(demand.authority)
      for need in demand.needMix.keys.sorted() where !needIDs.contains(need) {
        issues.append(
          ScenarioIssue(
            file: file, line: nil, path: "\(path).need_mix.\(need)", message: "unknown need group '\(need)'",
            fix: "use one of: \(needList)"))
      }
      switch demand.source {
      case .byNeed(let byYear):
        for year in byYear.keys.sorted() {
          if !scenario.planYears.contains(year) {
            issues.append(
              ScenarioIssue(
                severity: .warning, file: file, line: nil, path: "\(path).by_year.\(year)",
                message: "\(year) is outside the plan years \(yearRange) and is ignored",
                fix: "remove it or change horizon_years"))
          }
          for need in (byYear[year] ?? [:]).keys.sorted() where !needIDs.contains(need) {
            issues.append(
              ScenarioIssue(
                file: file, line: nil, path: "\(path).by_year.\(year).\(need)", message: "unknown need group '\(need)'",
                fix: "use one of: \(needList)"))
          }
        }
      case .totals, .forecast:
        let total = demand.needMix.values.sumInFixedOrder()
        if demand.needMix.isEmpty {
          issues.append(
            ScenarioIssue(
              file: file, line: nil, path: "\(path).need_mix",
              message: "totals and forecasts need a need_mix to split them",
              fix: "add need_mix with a share per need group adding up to 1"))
        } else if abs(total - 1) > 0.005 {
          issues.append(
            ScenarioIssue(
              file: file, line: nil, path: "\(path).need_mix", message: "shares add up to \(total), not 1",
              fix: "adjust the shares so they add up to 1"))
        }
      }
    }
    for authority in scenario.authorities
    where !covered.contains(authority.id) && !sources.isUnread("demand", id: authority.id.rawValue) {
      issues.append(
        ScenarioIssue(
          file: file, line: nil, path: "demand", message: "no demand for authority '\(authority.id)'",
          fix: "add a demand entry with 'authority: \(authority.id)'"))
    }
  }

  /// Records an empty or repeated id, at the entry that repeats it (with its line), naming the first.
  private func checkUnique(_ ids: [String], _ section: String, field: String = "id", _ issues: inout [ScenarioIssue]) {
    var first: [String: String] = [:]
    for (index, id) in ids.enumerated() {
      let path = "\(sources.path(section, index)).\(field)"
      if id.isEmpty {
        issues.append(
          ScenarioIssue(
            file: file, line: nil, path: path, message: "the \(field) is empty",
            fix: "give every entry a non-empty \(field)"))
      } else if let earlier = first[id] {
        issues.append(
          ScenarioIssue(
            file: file, line: nil, path: path,
            message: "'\(MessageText.shown(id))' is used twice (also at \(earlier))",
            fix: "give every entry a unique \(field)"))
      } else {
        first[id] = path
      }
    }
  }

  /// Providers' ids, unique across the scenario's list and its providers table.
  private func checkUniqueProviders(_ issues: inout [ScenarioIssue]) {
    var first: [String: String] = [:]
    for (index, provider) in scenario.providers.enumerated() {
      let place = providerLocation(index, "id")
      let described = place.file == file ? place.path : "\(place.file):\(place.line ?? 0)"
      let id = provider.id.rawValue
      if id.isEmpty {
        issues.append(
          ScenarioIssue(
            file: place.file, line: place.line, path: place.path, message: "the id is empty",
            fix: "give every provider a non-empty id"))
      } else if let earlier = first[id] {
        issues.append(
          ScenarioIssue(
            file: place.file, line: place.line, path: place.path,
            message: "provider id '\(MessageText.shown(id))' is used twice (also at \(earlier))",
            fix: "give every provider a unique id"))
      } else {
        first[id] = described
      }
    }
  }
}

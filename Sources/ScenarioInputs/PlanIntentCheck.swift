import MessageFormat
import PlacementDomain
import TableIO

/// Checks for scenarios that are valid field by field but would not plan what was meant: bounds a whole-number
/// decision cannot take (errors, found here rather than by the solver), and sections left out or figures that make
/// the plan degenerate (warnings: the file may have been cut short, or a penalty typed in the wrong unit).
struct PlanIntentCheck {
  let scenario: Scenario
  let file: String
  let sources: ScenarioSourceMap

  func check() -> [ScenarioIssue] {
    wholeNumberBounds() + missingSections() + unmetNeedPenalty()
  }

  /// A fractional upper bound on a whole-number decision: GLPK would refuse the model (GLP_EBOUND).
  private func wholeNumberBounds() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    for (index, supply) in scenario.inHouseFostering.enumerated()
    where supply.wholeRecruits && !isWhole(supply.maximumRecruitsPerYear) {
      let value = supply.maximumRecruitsPerYear
      issues.append(
        ScenarioIssue(
          file: file, line: nil, path: "\(sources.path("in_house_fostering", index)).max_recruits_per_year",
          message:
            "max_recruits_per_year is \(NumberFormat.plain(value)) but whole_recruits is true: whole households cannot add up to it",
          fix:
            "write a whole number (\(Int(value.rounded(.down))) or \(Int(value.rounded(.up)))), or set whole_recruits: false"
        ))
    }
    let listed = scenario.providers.count - sources.tableProviderRows.count
    for (index, provider) in scenario.providers.enumerated().prefix(listed) {
      guard let block = provider.blockContract, block.wholeBeds, !isWhole(block.maximumBeds) else { continue }
      issues.append(
        ScenarioIssue(
          file: file, line: nil, path: "\(sources.path("providers", index)).block_contract.max_beds",
          message:
            "max_beds is \(NumberFormat.plain(block.maximumBeds)) but beds are contracted whole (whole_beds is true by default)",
          fix:
            "write a whole number of beds (\(Int(block.maximumBeds.rounded(.down))) or \(Int(block.maximumBeds.rounded(.up)))), or set whole_beds: false"
        ))
    }
    return issues
  }

  private func isWhole(_ value: Double) -> Bool { value == value.rounded() }

  /// Sections whose absence changes the plan out of all recognition, with nothing else in the file saying so.
  private func missingSections() -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    let suitable = Set(scenario.suitability.map(\.provisionType))
    let inHouseTypes = scenario.provisionTypes.filter { $0.category == .inHouseFostering && suitable.contains($0.id) }
    if scenario.inHouseFostering.isEmpty, let type = inHouseTypes.first, sources.unreadIDs["in_house_fostering"] == nil
    {
      issues.append(
        ScenarioIssue(
          severity: .warning, file: file, line: nil, path: "in_house_fostering",
          message:
            "no in_house_fostering section, though '\(type.id)' is a provision type: the plan has no in-house foster carers and places every fostered child externally",
          fix:
            "add in_house_fostering (households per area; the file may have been cut short), or remove '\(type.id)' from provision_types if the council has no carers"
        ))
    }
    let emergencyNeeds = scenario.authorities.flatMap { scenario.needGroupsWithDemand(for: $0.id) }.filter(
      \.isEmergency)
    if scenario.emergency == nil, let need = emergencyNeeds.first {
      issues.append(
        ScenarioIssue(
          severity: .warning, file: file, line: nil, path: "emergency",
          message:
            "no emergency section, though need group '\(need.id)' is marked emergency and has demand: no emergency beds are sized or held vacant",
          fix:
            "add an emergency section (arrivals_per_year, mean_stay_weeks, blocking_target), or unmark the need group"))
    }
    return issues
  }

  /// A penalty for unmet need below every price of placing a need group: the cheapest plan leaves it unmet.
  private func unmetNeedPenalty() -> [ScenarioIssue] {
    let penalty = scenario.policy.weeklyUnmetNeedPenalty
    let needs = scenario.needGroups.filter { need in
      scenario.authorities.contains { scenario.needGroupsWithDemand(for: $0.id).contains(need) }
    }
    // The lowest weekly price each provision type offers each need (one pass over the providers).
    var lowest: [ProvisionTypeID: [NeedGroupID: Double]] = [:]
    func offer(_ type: ProvisionTypeID, _ need: NeedGroupID, _ price: Double) {
      lowest[type, default: [:]][need] = min(lowest[type]?[need] ?? .infinity, price)
    }
    for provider in scenario.providers {
      for need in needs {
        offer(provider.provisionType, need.id, provider.weeklyPriceByNeed[need.id] ?? provider.weeklyPrice)
        if let block = provider.blockContract { offer(provider.provisionType, need.id, block.weeklyPricePerBed) }
      }
    }
    if let inHouse = scenario.provisionTypes.first(where: { $0.category == .inHouseFostering }) {
      for supply in scenario.inHouseFostering { for need in needs { offer(inHouse.id, need.id, supply.weeklyCost) } }
    }
    var cheapest: [(need: NeedGroupID, price: Double)] = []
    for need in needs {
      let prices = scenario.suitability.filter { $0.needGroup == need.id }.compactMap { suitability in
        lowest[suitability.provisionType]?[need.id].map { $0 * suitability.costMultiplier }
      }
      if let price = prices.min(), penalty < price { cheapest.append((need.id, price)) }
    }
    guard !cheapest.isEmpty else { return [] }
    let listed = cheapest.map { "'\($0.need)' (cheapest \(NumberFormat.pounds($0.price)) a week)" }
      .joined(separator: ", ")
    return [
      ScenarioIssue(
        severity: .warning, file: file, line: nil, path: "policy.weekly_unmet_need_penalty",
        message:
          "the penalty for unmet need, \(NumberFormat.pounds(penalty)) a week, is below every price of placing \(listed): the plan will leave these children unmet rather than place them",
        fix:
          "set weekly_unmet_need_penalty above every weekly price (the default is \(NumberFormat.pounds(PlanningPolicy().weeklyUnmetNeedPenalty)))"
      )
    ]
  }
}

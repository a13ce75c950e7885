import PlacementDomain

/// The main levers of a scenario, as form fields: demand quantile and placed share, recruitment limits and
/// attrition per area, IFA and residential prices, emergency arrivals, stay and the chance of no bed, the in-house
/// share target and budget ceilings.
enum LeverCatalogue {
  /// The levers `scenario` has. `yamlProviderIDs` are the providers listed in the scenario file itself (providers
  /// from a CSV table cannot be changed by path).
  static func levers(for scenario: Scenario, yamlProviderIDs: Set<String>) -> [ExplorerLever] {
    var levers: [ExplorerLever] = []
    let authorityNames = Dictionary(
      scenario.authorities.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
    let areaNames = Dictionary(
      scenario.areas.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
    let several = scenario.authorities.count > 1

    for demand in scenario.demand {
      guard case .forecast(let forecast) = demand.source else { continue }
      let id = demand.authority.rawValue
      let prefix = several ? (authorityNames[id] ?? id) + ": " : ""
      levers.append(
        ExplorerLever(
          path: "demand[\(id)].forecast.quantile", label: prefix + "Demand quantile planned at", unit: "0.01 to 0.99",
          help: "0.5 plans for the central forecast; 0.8 (P80) for a demand the actual number stays below four years"
            + " in five. Higher means more places held and a higher cost.",
          group: "Demand", baseline: text(forecast.quantile)))
      levers.append(
        ExplorerLever(
          path: "demand[\(id)].forecast.placed_share", label: prefix + "Share needing a placement", unit: "0 to 1",
          help: "The share of looked-after children who need a placement from this plan (the rest are placed with"
            + " parents, kin or for adoption).",
          group: "Demand", baseline: text(forecast.placedShare)))
    }

    for supply in scenario.inHouseFostering {
      let id = supply.area.rawValue
      let name = areaNames[id] ?? id
      levers.append(
        ExplorerLever(
          path: "in_house_fostering[\(id)].max_recruits_per_year", label: name + ": recruitment limit",
          unit: "households a year",
          help: "The most new in-house fostering households the service can approve here in a year.",
          group: "In-house foster carers", baseline: text(supply.maximumRecruitsPerYear)))
      levers.append(
        ExplorerLever(
          path: "in_house_fostering[\(id)].annual_attrition", label: name + ": carers leaving",
          unit: "share a year (0 to 1)",
          help: "The share of approved households that stop fostering each year (about 0.11 nationally).",
          group: "In-house foster carers", baseline: text(supply.annualAttrition)))
    }

    let categories = Dictionary(
      scenario.provisionTypes.map { ($0.id, $0.category) }, uniquingKeysWith: { first, _ in first })
    for provider in scenario.providers where yamlProviderIDs.contains(provider.id.rawValue) {
      let group: String
      switch categories[provider.provisionType] {
      case .independentFostering: group = "Independent fostering agency prices"
      case .externalResidential, .inHouseResidential: group = "Residential prices"
      default: continue
      }
      levers.append(
        ExplorerLever(
          path: "providers[\(provider.id.rawValue)].weekly_price", label: provider.name, unit: "£ a week",
          help: "The weekly price of a placement here (before any need-specific multiplier).",
          group: group, baseline: text(provider.weeklyPrice)))
    }

    if let emergency = scenario.emergency {
      let group = "Emergency beds"
      let arrivals = scenario.planYears.compactMap { emergency.arrivalsByYear[$0] }
      if let first = arrivals.first, arrivals.allSatisfy({ $0 == first }) {
        levers.append(
          ExplorerLever(
            path: "emergency.arrivals_per_year", label: "Emergency arrivals", unit: "arrivals a year",
            help: "Children and young people needing a same-day placement each year.", group: group,
            baseline: text(first)))
      } else {
        for year in scenario.planYears {
          levers.append(
            ExplorerLever(
              path: "emergency.arrivals_per_year.\(year)", label: "Emergency arrivals, year to March \(year)",
              unit: "arrivals", help: "Children and young people needing a same-day placement that year.",
              group: group, baseline: emergency.arrivalsByYear[year].map(text) ?? ""))
        }
      }
      levers.append(
        ExplorerLever(
          path: "emergency.mean_stay_weeks", label: "Average emergency stay", unit: "weeks",
          help: "How long an emergency placement lasts on average; longer stays need more beds.", group: group,
          baseline: text(emergency.meanStayWeeks)))
      levers.append(
        ExplorerLever(
          path: "emergency.blocking_target", label: "Chance an arrival finds no bed", unit: "0.0001 to 0.9999",
          help: "The largest acceptable share of emergency arrivals finding every bed full (0.05 is 1 in 20)."
            + " Lower means more beds held empty.",
          group: group, baseline: text(emergency.blockingTarget)))
    }

    levers.append(
      ExplorerLever(
        path: "policy.min_in_house_fostering_share", label: "In-house share target", unit: "0 to 1, blank for none",
        help: "The share of fostered children the plan aims to place with the council's own carers.",
        group: "Policy", baseline: scenario.policy.minimumInHouseFosteringShare.map(text) ?? ""))
    let ceilings = scenario.planYears.map { scenario.policy.budgetCeilingByYear[$0] }
    if let first = ceilings.first, ceilings.allSatisfy({ $0 == first }) {
      levers.append(
        ExplorerLever(
          path: "policy.budget_ceiling", label: "Budget ceiling", unit: "£ a year, blank for none",
          help: "The most the plan may spend in any year; too low leaves children unmet rather than overspending.",
          group: "Policy", baseline: first.map(text) ?? ""))
    } else {
      for year in scenario.planYears {
        levers.append(
          ExplorerLever(
            path: "policy.budget_ceiling.\(year)", label: "Budget ceiling, year to March \(year)",
            unit: "£, blank for none", help: "The most the plan may spend that year.", group: "Policy",
            baseline: scenario.policy.budgetCeilingByYear[year].map(text) ?? ""))
      }
    }
    return levers
  }

  /// A number as a commissioner would type it: `9`, `0.11`, `689`.
  static func text(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}

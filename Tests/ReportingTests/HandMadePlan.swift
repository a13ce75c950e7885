import PlacementDomain

@testable import Planning

/// A two-year plan and its scenario written out by hand, so the report's numbers can be checked against sums done
/// by hand (not by the code under test).
///
/// Year 2021: in-house 10 at £400 a week (£208,560) plus £5,000 recruitment; IFA 8 at £800 (£333,696);
/// residential 2 at £4,000 (£417,120). Annual cost £964,376. Year 2022: in-house 12 (£250,272) plus £6,000; IFA 7
/// (£291,984); residential 2 (£417,120). Annual cost £965,376. Total £1,929,752; placement fees £1,918,752.
/// Today's mix: £1,100,000 a year, £2,200,000 in all, so fees are £281,248 lower and the whole plan £270,248 lower.
enum HandMadePlan {
  static let years = [2021, 2022]

  static var scenario: Scenario {
    Scenario(
      name: "Hand-made test", sourcePath: "/somewhere/hand-made/scenario.yaml", baseYear: 2020, horizonYears: 2,
      authorities: [Authority(id: "la", name: "Test Borough", code: "E06000099")],
      areas: [
        Area(
          id: "north", authority: "la", name: "North", location: GeoPoint(latitude: 54.6, longitude: -1.1),
          demandShare: 0.6),
        Area(
          id: "south", authority: "la", name: "South", location: GeoPoint(latitude: 54.5, longitude: -1.0),
          demandShare: 0.4),
      ],
      needGroups: DefaultTaxonomy.needGroups, provisionTypes: DefaultTaxonomy.provisionTypes, suitability: [],
      demand: [DemandSpecification(authority: "la", source: .totals([2021: 20, 2022: 21]))],
      providers: [
        Provider(
          id: "ifa_pool", name: "IFA pool", provisionType: "ifa", location: GeoPoint(latitude: 54.9, longitude: -1.6),
          placesByYear: nil, weeklyPrice: 800),
        Provider(
          id: "homes", name: "Private homes", provisionType: "external_residential",
          location: GeoPoint(latitude: 53.8, longitude: -1.5), placesByYear: nil, weeklyPrice: 4000),
      ],
      inHouseFostering: ["north", "south"].map { area in
        InHouseFosteringSupply(
          area: AreaID(area), households: area == "north" ? 5 : 4, placesPerHousehold: 1, usableShare: 1,
          annualAttrition: 0.1, recruitmentCost: 1_000, maximumRecruitsPerYear: 5, firstYearAvailability: 0.5,
          weeklyCost: 400)
      }, emergency: nil,
      distance: DistancePolicy(roadFactor: 1.3, maximumShareOver20Miles: 0.25, annualCostPerPlacementMile: 0),
      policy: PlanningPolicy(minimumInHouseFosteringShare: 0.5),
      statusQuoMix: ["in_house_fostering": 10, "ifa": 8, "external_residential": 2],
      assumptions: [Assumption(item: "IFA weekly price", value: "£800", source: "Made up for the test")])
  }

  static func budgetLine(
    _ year: Int, _ type: String, _ name: String, placements: Double, weekly: Double, fees: Double, other: Double,
    statusQuo: Double?
  ) -> BudgetLine {
    BudgetLine(
      year: year, provisionType: type, provisionName: name, placements: placements, weeklyCostPerPlacement: weekly,
      placementCost: fees, otherCost: other, annualCost: fees + other, statusQuoPlacements: statusQuo.map { _ in 1 },
      statusQuoAnnualCost: statusQuo)
  }

  static func placement(_ year: Int, _ type: String, _ provider: String, _ count: Double, miles: Double)
    -> PlacementLine
  {
    PlacementLine(
      year: year, needGroup: "mainstream_fostering", homeArea: "north", provider: provider,
      providerName: ["homes": "Private homes", "ifa_pool": "IFA pool"][provider] ?? "In-house carers, North",
      provisionType: type, tier: .spot, placements: count, roadMiles: miles, weeklyPrice: 0, annualCost: 0)
  }

  static func plan(statusQuo: Bool = true, forecast: Bool = true, emergency: Bool = true) -> Plan {
    let sq: (Double) -> Double? = { statusQuo ? $0 : nil }
    let budget = [
      budgetLine(
        2021, "in_house_fostering", "In-house fostering", placements: 10, weekly: 400, fees: 208_560,
        other: 5_000, statusQuo: sq(150_000)),
      budgetLine(
        2021, "ifa", "Independent fostering agency", placements: 8, weekly: 800, fees: 333_696, other: 0,
        statusQuo: sq(500_000)),
      budgetLine(
        2021, "external_residential", "External residential", placements: 2, weekly: 4000, fees: 417_120,
        other: 0, statusQuo: sq(450_000)),
      budgetLine(
        2022, "in_house_fostering", "In-house fostering", placements: 12, weekly: 400, fees: 250_272,
        other: 6_000, statusQuo: sq(150_000)),
      budgetLine(
        2022, "ifa", "Independent fostering agency", placements: 7, weekly: 800, fees: 291_984, other: 0,
        statusQuo: sq(500_000)),
      budgetLine(
        2022, "external_residential", "External residential", placements: 2, weekly: 4000, fees: 417_120,
        other: 0, statusQuo: sq(450_000)),
    ]
    let yearSummaries = [
      YearSummary(
        year: 2021, demand: 20, placed: 20, lastResort: 0, unmet: 0, annualCost: 964_376,
        costByItem: ["placements": 959_376, "recruitment": 5_000], budgetCeiling: nil, shareOver20Miles: 0.2,
        inHouseFosteringShare: 10.0 / 18, inHouseShareShortfall: 0, householdsAtYearEnd: 12),
      YearSummary(
        year: 2022, demand: 21, placed: 21, lastResort: 0, unmet: 0, annualCost: 965_376,
        costByItem: ["placements": 959_376, "recruitment": 6_000], budgetCeiling: nil, shareOver20Miles: 0.19,
        inHouseFosteringShare: 12.0 / 19, inHouseShareShortfall: 0, householdsAtYearEnd: 14),
    ]
    let placements = [
      placement(2021, "in_house_fostering", "in_house_north", 10, miles: 3),
      placement(2021, "ifa", "ifa_pool", 6, miles: 12), placement(2021, "ifa", "ifa_pool", 2, miles: 35),
      placement(2021, "external_residential", "homes", 2, miles: 60),
      placement(2022, "in_house_fostering", "in_house_north", 12, miles: 3),
      placement(2022, "ifa", "ifa_pool", 5, miles: 12), placement(2022, "ifa", "ifa_pool", 2, miles: 35),
      placement(2022, "external_residential", "homes", 2, miles: 60),
    ]
    let recruitment = [
      RecruitmentLine(
        year: 2021, area: "north", areaName: "North", householdsToApprove: 3, householdsAtYearEnd: 7, usablePlaces: 6,
        placementsMade: 6, recruitmentCost: 3_000),
      RecruitmentLine(
        year: 2021, area: "south", areaName: "South", householdsToApprove: 2, householdsAtYearEnd: 5, usablePlaces: 4,
        placementsMade: 4, recruitmentCost: 2_000),
      RecruitmentLine(
        year: 2022, area: "north", areaName: "North", householdsToApprove: 4, householdsAtYearEnd: 8, usablePlaces: 7,
        placementsMade: 7, recruitmentCost: 4_000),
      RecruitmentLine(
        year: 2022, area: "south", areaName: "South", householdsToApprove: 2, householdsAtYearEnd: 6, usablePlaces: 5,
        placementsMade: 5, recruitmentCost: 2_000),
    ]
    let shadowPrices = [
      ShadowPrice(
        year: 2021, kind: .inHouseHousehold, subject: "north", subjectName: "North", saving: 12_000,
        binding: true,
        explanation: "One more household for the year (North, 2020-21) would save £12,000 of real spending"),
      ShadowPrice(
        year: 2022, kind: .inHouseHousehold, subject: "north", subjectName: "North", saving: 15_000,
        binding: true,
        explanation: "One more household for the year (North, 2021-22) would save £15,000 of real spending"),
      ShadowPrice(
        year: 2021, kind: .externalPlace, subject: "homes", subjectName: "Private homes", saving: 30_000,
        binding: true,
        explanation: "One more place for the year (Private homes, 2020-21) would save £30,000 of real spending"),
      ShadowPrice(
        year: 2022, kind: .externalPlace, subject: "ifa_pool", subjectName: "IFA pool", saving: 0, binding: false,
        explanation: "One more place for the year (IFA pool, 2021-22) would change nothing: there is room to spare"),
    ]
    var forecasts: [String: PlanForecast] = [:]
    if forecast {
      forecasts["la"] = PlanForecast(
        seriesCode: "E06000099", method: "ETS(A,Ad,N)", quantile: 0.8, historyYears: [2018, 2019, 2020],
        historyValues: [20, 22, 23], years: [2021, 2022], point: [24, 25], lower80: [22, 22], upper80: [26, 28],
        lower95: [21, 20], upper95: [27, 30], planned: [2021: 25, 2022: 27],
        accuracy: [
          ForecastAccuracy(
            method: "ETS(A,Ad,N)", horizon: 1, forecasts: 40, mape: 5.26, coverage80: 81, coverage95: 94,
            isDefault: true),
          ForecastAccuracy(
            method: "Naive", horizon: 1, forecasts: 40, mape: 6.5, coverage80: 70, coverage95: 88, isDefault: false),
          ForecastAccuracy(
            method: "ETS(A,Ad,N)", horizon: 2, forecasts: 30, mape: 8.76, coverage80: 78, coverage95: 92,
            isDefault: true),
          ForecastAccuracy(
            method: "Naive", horizon: 2, forecasts: 30, mape: 9.5, coverage80: 62, coverage95: 80, isDefault: false),
        ])
    }
    let emergencyLines =
      emergency
      ? years.map { year in
        EmergencyLine(
          year: year, arrivals: 24, meanStayWeeks: 6, offeredLoad: 2.76, blockingTarget: 0.05, bedsNeeded: 6,
          blockingWithBedsNeeded: 0.04, bedsHeldVacant: 3, emergencyPlacements: 3, bedsSecured: 6,
          blockingWithBedsSecured: 0.04, shortfall: 0, retainerCost: 10_000,
          heldByProvider: ["b": 1, "a": 2])
      } : []
    return Plan(
      scenarioName: "Hand-made test", scenarioHash: "0123456789abcdef", baseYear: 2020, planYears: years,
      solver: SolverReport(
        backend: "test", termination: "optimal", rawStatus: "", objective: 0, isMixedInteger: false, variables: 0,
        constraints: 0),
      demandProvenance: [
        "la": forecast ? "forecast P80 of E06000099 by ETS(A,Ad,N)" : "given totals split by need mix"
      ],
      forecasts: forecasts,
      totals: PlanTotals(
        totalCost: 1_929_752, statusQuoCost: statusQuo ? 2_200_000 : nil, saving: statusQuo ? 270_248 : nil,
        placementCost: 1_918_752, placementSaving: statusQuo ? 281_248 : nil, householdsToRecruit: 11,
        unmetPlacementYears: 0, lastResortPlacementYears: 0, peakEmergencyBeds: emergency ? 6 : 0),
      years: yearSummaries, placements: placements, recruitment: recruitment, budget: budget, gap: [],
      emergency: emergencyLines, openings: [], shadowPrices: shadowPrices,
      warnings: ["A warning from the planner."], setting: PlanSetting(scenario))
  }
}

extension Plan {
  /// This plan as made for `scenario`: its setting (names, places, policies, assumptions) is the scenario's.
  func made(for scenario: Scenario) -> Plan {
    var plan = self
    plan.setting = PlanSetting(scenario)
    return plan
  }
}

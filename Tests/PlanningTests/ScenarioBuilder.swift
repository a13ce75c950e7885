import PlacementDomain

/// Small scenarios built in code for hand-solvable and property tests: one authority, one home area, mainstream
/// fostering only, with in-house carers, an IFA pool and (optionally) last resort.
struct ScenarioBuilder {
  var baseYear = 2020
  var horizonYears = 1
  var demandPerYear: Double = 18
  var households: Double = 10
  var attrition: Double = 0
  var maximumRecruits: Double = 0
  /// Recruit whole households (integer recruitment columns: the plan becomes a MIP).
  var wholeRecruits = false
  var recruitmentCost: Double = 1_000
  var firstYearAvailability: Double = 0.5
  var inHouseWeeklyCost: Double = 400
  var ifaPlaces: Double = 5
  var ifaWeeklyPrice: Double = 800
  var lastResortWeeklyPrice: Double? = 5_000
  var unmetPenalty: Double = 50_000
  var budgetCeiling: Double?
  var maximumShareOver20Miles: Double?
  var minimumInHouseShare: Double?
  /// Every provision type's yearly price uplift (0: prices flat, so cash and constant prices are the same).
  var upliftPerYear: Double = 0
  /// Latitude of the IFA pool; the home area is at 54.0 N, 1.0 W.
  var ifaLatitude = 54.0
  /// Children in placements at the base date, by provision type (they stay placed).
  var placedAtBase: [ProvisionTypeID: Double] = [:]
  /// Continuation rates by provision type (the defaults for those not given).
  var continuation: [ProvisionTypeID: Double] = [:]
  /// Households approved in the base year (the status quo's recruitment); `nil` for the default.
  var recruitedInBaseYear: Double?
  /// Care leavers staying put with the in-house carers, every year.
  var stayingPut: Double = 0
  /// Today's mix, which the status quo keeps to (empty: the placements at the base date).
  var statusQuoMix: [ProvisionTypeID: Double] = [:]

  static let home = GeoPoint(latitude: 54.0, longitude: -1.0)

  func build() -> Scenario {
    let years = Array((baseYear + 1)...(baseYear + horizonYears))
    var providers = [
      Provider(
        id: "ifa", name: "IFA pool", provisionType: "ifa", location: GeoPoint(latitude: ifaLatitude, longitude: -1.0),
        placesByYear: Dictionary(uniqueKeysWithValues: years.map { ($0, ifaPlaces) }), weeklyPrice: ifaWeeklyPrice)
    ]
    if let lastResortWeeklyPrice {
      providers.append(
        Provider(
          id: "hotel", name: "Hotel", provisionType: "last_resort", location: nil, placesByYear: nil,
          weeklyPrice: lastResortWeeklyPrice))
    }
    return Scenario(
      name: "test", baseYear: baseYear, horizonYears: horizonYears,
      authorities: [Authority(id: "la", name: "Test LA")],
      areas: [Area(id: "home", authority: "la", name: "Home", location: Self.home, demandShare: 1)],
      needGroups: [NeedGroup(id: "mainstream", name: "Mainstream", maximumMiles: 200)],
      provisionTypes: DefaultTaxonomy.provisionTypes,
      suitability: [
        Suitability(needGroup: "mainstream", provisionType: "in_house_fostering"),
        Suitability(needGroup: "mainstream", provisionType: "ifa"),
        Suitability(needGroup: "mainstream", provisionType: "last_resort"),
      ],
      demand: [
        DemandSpecification(
          authority: "la",
          source: .byNeed(Dictionary(uniqueKeysWithValues: years.map { ($0, ["mainstream": demandPerYear]) })),
          placedAtBase: placedAtBase,
          stayingPut: stayingPut > 0 ? Dictionary(uniqueKeysWithValues: years.map { ($0, stayingPut) }) : [:])
      ],
      providers: providers,
      inHouseFostering: [
        InHouseFosteringSupply(
          area: "home", households: households, placesPerHousehold: 1, usableShare: 1, annualAttrition: attrition,
          recruitmentCost: recruitmentCost, maximumRecruitsPerYear: maximumRecruits,
          firstYearAvailability: firstYearAvailability, weeklyCost: inHouseWeeklyCost, wholeRecruits: wholeRecruits,
          recruitedInBaseYear: recruitedInBaseYear)
      ],
      emergency: nil,
      distance: DistancePolicy(roadFactor: 1, maximumShareOver20Miles: maximumShareOver20Miles),
      policy: PlanningPolicy(
        budgetCeilingByYear: budgetCeiling.map { ceiling in
          Dictionary(uniqueKeysWithValues: years.map { ($0, ceiling) })
        }
          ?? [:],
        minimumInHouseFosteringShare: minimumInHouseShare, weeklyUnmetNeedPenalty: unmetPenalty),
      statusQuoMix: statusQuoMix.isEmpty ? placedAtBase : statusQuoMix,
      prices: PriceBasis(
        baseYear: baseYear,
        annualUplift: Dictionary(uniqueKeysWithValues: DefaultTaxonomy.provisionTypes.map { ($0.id, upliftPerYear) })),
      stability: PlacementStability(continuation: continuation))
  }

  /// Three years of 20 children a year with attrition and recruitment; in-house, a far IFA pool short of places, a
  /// near IFA (5 places at £900) and a hotel: a programme where pricing and a greedy start both have work to do.
  static func threeYearsWithNearIFA() -> Scenario {
    var scenario = ScenarioBuilder(
      horizonYears: 3, demandPerYear: 20, households: 6, attrition: 0.1, maximumRecruits: 2, ifaPlaces: 4,
      ifaLatitude: 54.2
    ).build()
    let years = scenario.planYears
    scenario.providers.append(
      Provider(
        id: "near_ifa", name: "Near IFA", provisionType: "ifa", location: ScenarioBuilder.home,
        placesByYear: Dictionary(uniqueKeysWithValues: years.map { ($0, 5) }), weeklyPrice: 900))
    return scenario
  }
}

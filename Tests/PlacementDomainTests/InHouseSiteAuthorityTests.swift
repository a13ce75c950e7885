import PlacementDomain
import Testing

/// In a regional plan each council's in-house foster carers take only that council's children.
@Suite("In-house fostering sites belong to one authority")
struct InHouseSiteAuthorityTests {
  /// Two authorities one mile apart, each with one area; only the first has in-house carers.
  private func twoCouncils() -> Scenario {
    let need = NeedGroup(id: "mainstream_fostering", name: "Mainstream fostering", maximumMiles: 40)
    let north = Area(
      id: "north", authority: "council_a", name: "North", location: GeoPoint(latitude: 54.70, longitude: -1.21),
      demandShare: 1)
    let south = Area(
      id: "south", authority: "council_b", name: "South", location: GeoPoint(latitude: 54.69, longitude: -1.21),
      demandShare: 1)
    let carers = InHouseFosteringSupply(
      area: "north", households: 10, placesPerHousehold: 1.5, usableShare: 0.8, annualAttrition: 0.11,
      recruitmentCost: 8000, maximumRecruitsPerYear: 2, firstYearAvailability: 0.5, weeklyCost: 400)
    return Scenario(
      name: "two councils", baseYear: 2019, horizonYears: 1,
      authorities: [Authority(id: "council_a", name: "A"), Authority(id: "council_b", name: "B")],
      areas: [north, south], needGroups: [need], provisionTypes: DefaultTaxonomy.provisionTypes,
      suitability: [Suitability(needGroup: "mainstream_fostering", provisionType: "in_house_fostering")],
      demand: [], providers: [], inHouseFostering: [carers], emergency: nil, distance: DistancePolicy(),
      policy: PlanningPolicy())
  }

  @Test("a council's own children may use its in-house carers")
  func ownAuthorityAllowed() throws {
    let scenario = twoCouncils()
    let site = try #require(scenario.placementSites.first)
    let need = try #require(scenario.needGroups.first)
    #expect(scenario.allows(need, from: scenario.areas[0], at: site))
  }

  @Test("another council's children may not use them, however near")
  func otherAuthorityRefused() throws {
    let scenario = twoCouncils()
    let site = try #require(scenario.placementSites.first)
    let need = try #require(scenario.needGroups.first)
    #expect(scenario.roadMiles(from: scenario.areas[1], to: site) < 2)
    #expect(!scenario.allows(need, from: scenario.areas[1], at: site))
  }
}

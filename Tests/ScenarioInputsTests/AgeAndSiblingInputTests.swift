import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

/// Ages and sibling groups read and checked: age bands, the under-16 group's 16–17 partner, each council's ageing
/// rates and sibling groups, providers' and in-house areas' sibling places.
@Suite("Age and sibling inputs")
struct AgeAndSiblingInputTests {
  /// The valid scenario with its need groups and suitability given, and extra lines in the demand entry.
  func scenario(supportedFor need: String = "older", youngBand: String = "under_16", demand: String = "") -> String {
    ScenarioLoaderTests.valid.replacingOccurrences(
      of: "    need_mix: {mainstream_fostering: 0.7, residential: 0.3}\n",
      with: "    need_mix: {young: 0.6, older: 0.3, residential: 0.1}\n" + demand
    )
    .replacingOccurrences(
      of: "  - {id: ifa, provision: ifa, latitude: 54.55, longitude: -1.2, places: 40, weekly_price: 800}\n",
      with: "  - {id: ifa, provision: ifa, latitude: 54.55, longitude: -1.2, places: 40, weekly_price: 800,\n"
        + "     sibling_places: 12}\n"
        + "  - {id: flats, provision: supported, latitude: 54.55, longitude: -1.2, places: 10, weekly_price: 700}\n"
    )
    .replacingOccurrences(
      of: "weekly_cost: 450, max_recruits_per_year: 4}",
      with: "weekly_cost: 450, max_recruits_per_year: 4,\n"
        + "         sibling_place_share: 0.4}")
        + """

        need_groups:
          - {id: young, age_band: \(youngBand), ages_into: older}
          - {id: older, age_band: 16_17}
          - {id: residential}
        suitability:
          - {need: young, provision: in_house_fostering}
          - {need: young, provision: ifa}
          - {need: older, provision: ifa}
          - {need: \(need), provision: supported}
          - {need: residential, provision: external_residential}

        """
  }

  func issues(_ text: String) -> [ScenarioIssue] {
    ScenarioLoaderTests().issues(text, folder: URL(fileURLWithPath: "/tmp"))
  }

  @Test("age bands, ageing rates, sibling groups and sibling places are read, with national defaults")
  func read() throws {
    let text = scenario(
      demand: "    ages: {turning_16_share: 0.07}\n    siblings: {share: 0.25, need_groups: [young, older]}\n")
    let scenario = try ScenarioLoaderTests().load(text).scenario
    #expect(scenario.needGroup("young")?.ageBand == .under16)
    #expect(scenario.needGroup("young")?.agesInto == "older")
    #expect(scenario.needGroup("residential")?.ageBand == .any)
    #expect(scenario.demand[0].ageing == AgeingRates(turning16Share: 0.07, ageingOutShare: 0.5))
    #expect(scenario.demand[0].siblings == SiblingDemand(share: 0.25, needGroups: ["young", "older"]))
    #expect(scenario.providers.first { $0.id == "ifa" }?.siblingPlaces == 12)
    #expect(scenario.inHouseFostering[0].siblingPlaceShare == 0.4)
    #expect(scenario.ageingRates(of: "la") == AgeingRates(turning16Share: 0.07, ageingOutShare: 0.5))
    #expect(scenario.ageingRates(of: "elsewhere") == .national)
    #expect(DefaultTaxonomy.needGroups.first { $0.id == "supported_16_17" }?.ageBand == .sixteenSeventeen)
  }

  @Test("supported accommodation made suitable for under-16s is rejected, naming the field")
  func supportedForUnder16s() {
    let found = issues(scenario(supportedFor: "young"))
    let error = found.first { $0.severity == .error && $0.path == "suitability[3].need" }
    #expect(error?.message.contains("16-17-year-olds only") == true)
    #expect(error?.message.contains("need_groups[0].age_band") == true)
    #expect(error?.fix.contains("age_band: 16_17") == true)
    // A group of any age is not 16-17 either.
    #expect(issues(scenario(supportedFor: "residential")).contains { $0.path == "suitability[3].need" })
    #expect(issues(scenario()).isEmpty)
  }

  @Test("a 16-17 share too small for the under-16s turning 16, and sibling groups with no sibling places, are warned")
  func warnings() throws {
    // 0.6 under-16s × 0.7 × 0.5 turning 16 = 0.21 a year ageing in; 0.3 × (1 − 0.5) = 0.15 leaving: too small.
    let text = scenario(demand: "    ages: {turning_16_share: 0.5}\n")
    let warned = try ScenarioLoaderTests().load(text).warnings
    #expect(warned.contains { $0.path == "demand[0].need_mix.older" && $0.fix.contains("at least 0.42") })
    #expect(try ScenarioLoaderTests().load(scenario()).warnings.isEmpty)
    let none = scenario(demand: "    siblings: {share: 0.2}\n").replacingOccurrences(
      of: ",\n     sibling_places: 12", with: ""
    )
    .replacingOccurrences(of: ",\n         sibling_place_share: 0.4", with: "")
    #expect(try ScenarioLoaderTests().load(none).warnings.contains { $0.path == "demand[0].siblings" })
  }

  @Test("bad age and sibling inputs are errors at their field")
  func badInputs() {
    #expect(issues(scenario(youngBand: "16_17")).contains { $0.path == "need_groups[0].ages_into" })
    #expect(issues(scenario(youngBand: "teen")).contains { $0.path == "need_groups[0].age_band" })
    let bad = issues(
      scenario(demand: "    ages: {turning_16_share: 1.5}\n    siblings: {share: 0.2, need_groups: [twins]}\n"))
    #expect(bad.contains { $0.path == "demand[0].ages.turning_16_share" })
    #expect(bad.contains { $0.path == "demand[0].siblings.need_groups" && $0.message.contains("'twins'") })
    #expect(
      issues(scenario(demand: "    siblings: {need_groups: [young]}\n")).contains {
        $0.path == "demand[0].siblings" && $0.message.contains("'share'")
      })
    let tooMany = scenario().replacingOccurrences(of: "sibling_places: 12", with: "sibling_places: 41")
    #expect(issues(tooMany).contains { $0.path == "providers[0].sibling_places" })
  }
}

import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

/// An independent re-check of each bundled plan against its scenario, as an auditor would do it: the placements the
/// plan writes (the golden outputs, which the golden tests prove are what the binary writes) are checked against
/// every rule the scenario states, with distances measured afresh and costs added back. Only the scenario is read
/// with the project's loader; nothing here uses the planning code.
@Suite("each bundled plan keeps every rule of its scenario")
struct PlanRulesRecheckTests {
  typealias Table = CostReconciliationTests.Table

  /// The bundled scenario and its golden outputs.
  struct Bundle {
    var scenario: Scenario
    var placements: [[String: String]]
    var flows: [[String: String]]
    var recruitment: [[String: String]]

    init(_ name: String) throws {
      let folder = BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/\(name)")
      scenario = try ScenarioLoader.load(from: folder.appendingPathComponent("scenario.yaml")).scenario
      let expected = folder.appendingPathComponent("expected")
      placements = try Table(expected.appendingPathComponent("placements.csv")).rows
      flows = try Table(expected.appendingPathComponent("placement-flows.csv")).rows
      recruitment = try Table(expected.appendingPathComponent("recruitment-targets.csv")).rows
    }

    func number(_ row: [String: String], _ column: String) -> Double { Double(row[column] ?? "") ?? .nan }
    func year(_ row: [String: String]) -> Int { Int(row["year_ending_march"] ?? "") ?? 0 }
    func area(_ id: String) -> Area? { scenario.areas.first { $0.id.rawValue == id } }
    func provider(_ id: String) -> Provider? { scenario.providers.first { $0.id.rawValue == id } }
    /// The home area of an in-house carers' site (`in_house_<area>`), or `nil` for a provider.
    func carersArea(_ provider: String) -> Area? {
      guard self.provider(provider) == nil, provider.hasPrefix("in_house_") else { return nil }
      return area(String(provider.dropFirst("in_house_".count)))
    }
    func type(_ id: String) -> ProvisionType? { scenario.provisionTypes.first { $0.id.rawValue == id } }
    func isEmergency(_ need: String) -> Bool {
      scenario.needGroups.first { $0.id.rawValue == need }?.isEmergency == true
    }
  }

  @Test("suitability, distance and own-council carers", arguments: GoldenOutputTests.scenarioNames)
  func placementRules(scenarioName: String) throws {
    let bundle = try Bundle(scenarioName)
    let scenario = bundle.scenario
    #expect(!bundle.placements.isEmpty)
    for row in bundle.placements {
      let need = try #require(scenario.needGroups.first { $0.id.rawValue == row["need_group"] })
      let type = try #require(row["provision_type"])
      #expect(
        scenario.suitability.contains { $0.needGroup == need.id && $0.provisionType.rawValue == type },
        "\(need.id) placed in \(type), which the scenario does not allow")
      let home = try #require(bundle.area(row["home_area"] ?? ""))
      let provider = row["provider"] ?? ""
      if let carers = bundle.carersArea(provider) {
        let shared = scenario.stability.sharedInHousePools.contains {
          $0.authorities.contains(carers.authority) && $0.authorities.contains(home.authority)
        }
        #expect(carers.authority == home.authority || shared, "\(home.id)'s children with \(provider)")
        continue
      }
      let site = try #require(bundle.provider(provider), "unknown provider \(provider)")
      guard let location = site.location, bundle.type(type)?.category != .lastResort else { continue }
      let miles = Self.greatCircleMiles(home.location, location) * scenario.distance.roadFactor
      #expect(abs(miles - bundle.number(row, "road_miles")) < 0.051, "road miles \(home.id) to \(provider)")
      if let limit = need.maximumMiles { #expect(miles <= limit + 1e-6, "\(need.id) \(home.id) to \(provider)") }
    }
  }

  @Test(
    "capacity: no provider or in-house area holds more children than its places",
    arguments: GoldenOutputTests.scenarioNames)
  func capacity(scenarioName: String) throws {
    let bundle = try Bundle(scenarioName)
    var spot: [String: Double] = [:]
    var inHouse: [String: Double] = [:]
    for row in bundle.placements {
      let key = "\(row["provider"] ?? "") \(bundle.year(row))"
      if bundle.carersArea(row["provider"] ?? "") != nil {
        inHouse[key, default: 0] += bundle.number(row, "placements")
      } else if row["tier"] == "spot" {
        spot[key, default: 0] += bundle.number(row, "placements")
      }
    }
    let plan = try JSONSerialization.jsonObject(
      with: Data(
        contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/\(scenarioName)/expected/plan.json")))
    let openings = ((plan as? [String: Any])?["openings"] as? [[String: Any]]) ?? []
    for (key, placed) in spot.sorted(by: { $0.key < $1.key }) {
      let parts = key.split(separator: " ")
      let provider = try #require(bundle.provider(String(parts[0])))
      let year = Int(parts[1]) ?? 0
      guard let places = provider.places(in: year) else { continue }
      let opened = openings.filter {
        $0["provider"] as? String == provider.id.rawValue && $0["decision"] as? String == "open_units"
          && ($0["year"] as? Int ?? .max) <= year
      }.reduce(0.0) { $0 + ($1["amount"] as? Double ?? 0) * (provider.opening?.bedsPerUnit ?? 0) }
      #expect(placed <= places + opened + 0.011, "\(key): \(placed) placed in \(places + opened) places")
    }
    for row in bundle.recruitment {
      let key = "in_house_\(row["area"] ?? "") \(bundle.year(row))"
      #expect((inHouse[key] ?? 0) <= bundle.number(row, "usable_places") + 0.011, "\(key)")
    }
  }

  @Test(
    "placements run on: no settled child moves except as placements end", arguments: GoldenOutputTests.scenarioNames)
  func continuation(scenarioName: String) throws {
    let bundle = try Bundle(scenarioName)
    let scenario = bundle.scenario
    var byCell: [String: [Int: Double]] = [:]
    var typeOfCell: [String: ProvisionType] = [:]
    for row in bundle.placements where !bundle.isEmergency(row["need_group"] ?? "") {
      let cell = "\(row["need_group"] ?? "") \(row["home_area"] ?? "") \(row["provider"] ?? "")"
      byCell[cell, default: [:]][bundle.year(row), default: 0] += bundle.number(row, "placements")
      typeOfCell[cell] = bundle.type(row["provision_type"] ?? "")
    }
    let years = scenario.planYears
    var checked = 0
    for (cell, byYear) in byCell.sorted(by: { $0.key < $1.key }) {
      let parts = cell.split(separator: " ").map(String.init)
      let need = try #require(scenario.needGroups.first { $0.id.rawValue == parts[0] })
      let ageing = try #require(bundle.area(parts[1])).authority
      let rates = scenario.demand.first { $0.authority == ageing }?.ageing ?? .national
      let typeRate = try #require(typeOfCell[cell]).map(scenario.stability.continuation(of:)) ?? 0
      // A 16-17 placement runs on at most until 18: the ageing-out share leaves each year.
      let ownRate = need.ageBand == .sixteenSeventeen ? min(typeRate, 1 - rates.ageingOutShare) : typeRate
      // An under-16 group's partner cell at the same site and home area: its children who turn 16 run on there.
      let partner = need.agesInto.map { "\($0) \(parts[1]) \(parts[2])" }
      for (previous, year) in zip(years, years.dropFirst()) {
        let before = byYear[previous] ?? 0
        let agedIn = scenario.needGroups.filter { $0.agesInto == need.id }.reduce(0.0) { total, younger in
          let youngerCell = "\(younger.id) \(parts[1]) \(parts[2])"
          let youngerRate = typeOfCell[youngerCell].map(scenario.stability.continuation(of:)) ?? typeRate
          return total + youngerRate * rates.turning16Share * (byCell[youngerCell]?[previous] ?? 0)
        }
        guard before > 0 || agedIn > 0 else { continue }
        checked += 1
        // Children turning 16 leave the under-16 cell only into a 16-17 placement with the same carers.
        let ageingOut = partner.flatMap { byCell[$0]?[year] }.map { _ in rates.turning16Share } ?? 0
        #expect(
          (byYear[year] ?? 0) >= ownRate * (1 - ageingOut) * before + agedIn - 0.011,
          "\(cell): \(before) in \(previous) (\(agedIn) ageing in), \(byYear[year] ?? 0) in \(year)")
      }
    }
    #expect(checked > 0)
    // The first year keeps each council's placements at the base date in their provision type.
    guard let first = years.first else { return }
    for demand in scenario.demand {
      for (type, placed) in demand.placedAtBase.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        let rate = try #require(bundle.type(type.rawValue)).map(scenario.stability.continuation(of:)) ?? 0
        let held = bundle.placements.filter {
          bundle.year($0) == first && $0["provision_type"] == type.rawValue
            && !bundle.isEmergency($0["need_group"] ?? "")
            && bundle.area($0["home_area"] ?? "")?.authority == demand.authority
        }.reduce(0) { $0 + bundle.number($1, "placements") }
        #expect(held >= placed * (1 + rate) / 2 - 0.011, "\(demand.authority) \(type): \(held) of \(placed)")
      }
    }
    // The flows add up: running on + new = placements, per council and type.
    for row in bundle.flows {
      let sum = bundle.number(row, "continuing") + bundle.number(row, "new_placements")
      #expect(abs(sum - bundle.number(row, "placements")) < 0.0051)
      #expect(bundle.number(row, "new_placements") >= 0)
    }
  }

  @Test(
    "ages: supported accommodation only for 16-17s, and under-16s age into a 16-17 group",
    arguments: GoldenOutputTests.scenarioNames)
  func ageSuitability(scenarioName: String) throws {
    let bundle = try Bundle(scenarioName)
    let scenario = bundle.scenario
    for row in bundle.placements where bundle.type(row["provision_type"] ?? "")?.category == .supported {
      let need = scenario.needGroups.first { $0.id.rawValue == row["need_group"] }
      #expect(need?.ageBand == .sixteenSeventeen, "\(row["need_group"] ?? "") in supported accommodation")
    }
    #expect(scenario.needGroups.contains { $0.agesInto != nil }, "the bundled scenarios age their fostered children")
    for need in scenario.needGroups {
      guard let older = need.agesInto else { continue }
      #expect(need.ageBand == .under16)
      #expect(scenario.needGroups.first { $0.id == older }?.ageBand == .sixteenSeventeen)
    }
  }

  @Test(
    "siblings: sibling places used fit each site's sibling places and its placements; need = placed together + gap",
    arguments: GoldenOutputTests.scenarioNames)
  func siblingCapacity(scenarioName: String) throws {
    let bundle = try Bundle(scenarioName)
    let scenario = bundle.scenario
    let plan = try JSONSerialization.jsonObject(
      with: Data(
        contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/\(scenarioName)/expected/plan.json")))
    let lines = ((plan as? [String: Any])?["siblings"] as? [[String: Any]]) ?? []
    #expect(!lines.isEmpty, "the bundled scenarios have sibling groups")
    var usedAtSite: [String: Double] = [:]
    for line in lines {
      let year = line["year"] as? Int ?? 0
      let authority = line["authority"] as? String ?? ""
      let bySite = line["placedBySite"] as? [String: Double] ?? [:]
      let placedTogether = bySite.values.reduce(0, +)
      let children = line["childrenInSiblingGroups"] as? Double ?? .nan
      let gap = line["gap"] as? Double ?? .nan
      #expect(abs(placedTogether + gap - children) < 0.001, "\(authority) \(year)")
      // The children in sibling groups are the council's share of its sibling need groups' children (all placed:
      // the bundled plans leave no need unmet).
      let demand = try #require(scenario.demand.first { $0.authority.rawValue == authority })
      let siblings = try #require(demand.siblings)
      let placedInGroups = bundle.placements.filter {
        bundle.year($0) == year && bundle.area($0["home_area"] ?? "")?.authority.rawValue == authority
          && siblings.needGroups.map(\.rawValue).contains($0["need_group"] ?? "")
      }
      let groupChildren = placedInGroups.reduce(0) { $0 + bundle.number($1, "placements") }
      #expect(abs(children - siblings.share * groupChildren) < 0.01 * Double(placedInGroups.count) + 0.01)
      for (site, used) in bySite {
        usedAtSite["\(site) \(year)", default: 0] += used
        // Sibling places hold the council's own children of those groups.
        let there = placedInGroups.filter { $0["provider"] == site }.reduce(0) { $0 + bundle.number($1, "placements") }
        #expect(used <= there + 0.011, "\(authority) \(site) \(year): \(used) in sibling places of \(there)")
      }
    }
    for (key, used) in usedAtSite.sorted(by: { $0.key < $1.key }) {
      let parts = key.split(separator: " ").map(String.init)
      if let provider = bundle.provider(parts[0]) {
        #expect(used <= provider.siblingPlaces + 0.001, "\(key): \(used) of \(provider.siblingPlaces)")
      } else {
        let area = try #require(bundle.carersArea(parts[0]))
        let supply = try #require(scenario.inHouseFostering.first { $0.area == area.id })
        let row = try #require(
          bundle.recruitment.first { $0["area"] == area.id.rawValue && bundle.year($0) == Int(parts[1]) })
        // The carers' sibling places: their share of the year's usable places (care leavers staying put included).
        let places = bundle.number(row, "usable_places") + bundle.number(row, "staying_put")
        #expect(used <= supply.siblingPlaceShare * places + 0.011, "\(key): \(used)")
        #expect(abs(bundle.number(row, "sibling_places_used") - used) < 0.011, "\(key)")
      }
    }
  }

  @Test(
    "every placement line's fees and mileage add back from its price, miles and children",
    arguments: GoldenOutputTests.scenarioNames)
  func costsAddBack(scenarioName: String) throws {
    let bundle = try Bundle(scenarioName)
    let weeks = 52.14
    for row in bundle.placements {
      let placements = bundle.number(row, "placements")
      let fees = placements * bundle.number(row, "weekly_price_gbp") * weeks
      let mileage = placements * bundle.number(row, "road_miles") * bundle.scenario.distance.annualCostPerPlacementMile
      // Placements are printed to the hundredth of a value held to the ten-thousandth (at most 0.00505 off), miles
      // to the tenth.
      let price = bundle.number(row, "weekly_price_gbp")
      #expect(abs(fees - bundle.number(row, "placement_fees_gbp")) <= 0.00505 * price * weeks + 0.01, "\(row)")
      let perMile = bundle.scenario.distance.annualCostPerPlacementMile
      let milesShown = bundle.number(row, "road_miles")
      #expect(
        abs(mileage - bundle.number(row, "mileage_gbp")) <= (0.05 * placements + 0.00505 * milesShown) * perMile + 0.01)
    }
  }

  /// Great-circle miles by the haversine formula on a sphere of 3,958.8 miles (the project's own distance code is
  /// not used).
  static func greatCircleMiles(_ from: GeoPoint, _ to: GeoPoint) -> Double {
    let radians = Double.pi / 180
    let dLat = (to.latitude - from.latitude) * radians
    let dLon = (to.longitude - from.longitude) * radians
    let a =
      sin(dLat / 2) * sin(dLat / 2) + cos(from.latitude * radians) * cos(to.latitude * radians) * sin(dLon / 2)
      * sin(dLon / 2)
    return 2 * 3958.8 * asin(min(1, sqrt(a)))
  }
}

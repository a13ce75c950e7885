import Foundation
import MessageFormat
import Statistics
import TableIO

/// One council as the generator sees it.
struct Council {
  var code: String
  var name: String
  var latitude: Double
  var longitude: Double
  var population: Double
  var lookedAfter: Double
  var fosteringWeekly: Double
  var residentialWeekly: Double
  var otherWeekly: Double
  /// Ofsted 2018-19: approved households, places per household, usable share (nil when not published).
  var households: Double?
  var placesPerHousehold: Double?
  var usableShare: Double?

  var id: String { code.lowercased() }
}

/// A postcode district centroid.
struct District {
  var code: String
  var town: String
  var latitude: Double
  var longitude: Double
}

/// The official statistics the generator reads (Data/national and the DfE panel).
public struct NationalStatistics {
  static let baseYear = 2024
  var councils: [Council] = []
  /// How many councils have a centroid, a 2024 population and s251 costs (the most the generator can place).
  public var councilCount: Int { councils.count }
  var districts: [District] = []
  /// National looked-after growth per year, 2019 to 2024.
  var annualGrowth = 0.0
  var nationalFoster = (inHouse: 0.0, independent: 0.0, homes: 0.0, supported: 0.0)
  /// Every file read, so the generator never overwrites one.
  public private(set) var inputPaths: [String] = []

  /// Reads the statistics in `folder` and the looked-after counts in the panel table `panel`.
  ///
  /// - Throws: `TableIOError` for a missing or malformed table, ``InvalidInputError`` when the national counts
  ///   lack 2019 or 2024.
  public init(folder: URL, panel: URL) throws {
    func table(_ name: String) throws -> CSVTable {
      let url = folder.appendingPathComponent(name)
      inputPaths.append(url.path)
      return try CSVTable(contentsOf: url)
    }
    func text(_ table: CSVTable, _ row: Int, _ column: String) -> String {
      table.columnIndex(column).map { table.rows[row][$0].trimmingCharacters(in: .whitespaces) } ?? ""
    }
    func number(_ table: CSVTable, _ row: Int, _ column: String) throws -> Double? {
      guard let index = table.columnIndex(column) else { return nil }
      return try table.number(row: row, column: index)
    }

    let national = try table("england_cla_national_1994_2025.csv")
    _ = try national.requireColumns(["year", "cla_31mar"])
    var nationalByYear: [Int: Int] = [:]
    for row in national.rows.indices { if let year = Int(text(national, row, "year")) { nationalByYear[year] = row } }
    guard let baseRow = nationalByYear[Self.baseYear], let earlierRow = nationalByYear[Self.baseYear - 5],
      let baseCount = try number(national, baseRow, "cla_31mar"),
      let earlierCount = try number(national, earlierRow, "cla_31mar")
    else { throw InvalidInputError(message: "\(national.path): no national looked-after counts for 2019 and 2024") }
    annualGrowth = pow(baseCount / earlierCount, 0.2) - 1
    nationalFoster = (
      try number(national, baseRow, "foster_own_la") ?? 0,
      (try number(national, baseRow, "foster_private") ?? 0) + (try number(national, baseRow, "foster_voluntary") ?? 0),
      try number(national, baseRow, "secure_childrens_homes_31mar") ?? 0,
      try number(national, baseRow, "indep_living_31mar") ?? 0
    )

    let population = try table("ons_mid_year_pop_0_17_by_la_2024.csv")
    _ = try population.requireColumns(["new_la_code", "population_estimate"])
    var populationByCode: [String: Double] = [:]
    for row in population.rows.indices {
      if let value = try number(population, row, "population_estimate") {
        populationByCode[text(population, row, "new_la_code")] = value
      }
    }
    let englandPopulation = populationByCode.values.sumInFixedOrder()

    let costs = try table("s251_cla_weekly_unit_costs_by_la_2016_17_to_2024_25.csv")
    _ = try costs.requireColumns(["financial_year", "geography", "new_la_code"])
    // 2023-24 costs; councils formed in April 2023 without a 2023-24 row (Cumberland, Westmorland and Furness)
    // take their first published year, 2024-25.
    var costByCode: [String: (Double, Double, Double)] = [:]
    for year in ["2024-25", "2023-24"] {
      for row in costs.rows.indices
      where text(costs, row, "financial_year") == year && text(costs, row, "geography") == "Local authority" {
        if let fostering = try number(costs, row, "fostering_weekly_unit_cost_gbp"),
          let residential = try number(costs, row, "residential_weekly_unit_cost_gbp"),
          let other = try number(costs, row, "other_cla_services_weekly_unit_cost_gbp")
        {
          costByCode[text(costs, row, "new_la_code")] = (fostering, residential, other)
        }
      }
    }

    let ofsted = try table("ofsted_fostering_la_capacity_2017_18_2018_19.csv")
    var carersByCode: [String: (Double, Double?, Double?)] = [:]
    for row in ofsted.rows.indices
    where text(ofsted, row, "year") == "2018-19"
      && text(ofsted, row, "geography") == "Local authority fostering service"
    {
      guard let households = try number(ofsted, row, "households_approved"), households > 0 else { continue }
      let places = try number(ofsted, row, "places_approved")
      let unavailable = try number(ofsted, row, "places_not_available")
      carersByCode[text(ofsted, row, "new_la_code")] = (
        households, places.map { min(3, max(1, $0 / households)) },
        places.flatMap { total in unavailable.map { min(1, max(0.5, 1 - $0 / max(total, 1))) } }
      )
    }

    let panelTable = try CSVTable(contentsOf: panel)
    inputPaths.append(panel.path)
    var panelCount: [String: Double] = [:]
    for row in panelTable.rows.indices where text(panelTable, row, "time_period") == String(Self.baseYear) {
      if let count = try number(panelTable, row, "cla_31mar") {
        panelCount[text(panelTable, row, "new_la_code")] = count
      }
    }

    let centroids = try table("england_upper_tier_la_centroids.csv")
    _ = try centroids.requireColumns(["gss_code", "name", "end_date", "lat", "lon"])
    for row in centroids.rows.indices where text(centroids, row, "end_date").isEmpty {
      let code = text(centroids, row, "gss_code")
      guard let latitude = try number(centroids, row, "lat"), let longitude = try number(centroids, row, "lon"),
        let people = populationByCode[code], let cost = costByCode[code]
      else { continue }
      let carers = carersByCode[code]
      councils.append(
        Council(
          code: code, name: text(centroids, row, "name"), latitude: latitude, longitude: longitude, population: people,
          lookedAfter: panelCount[code] ?? (baseCount * people / englandPopulation).rounded(),
          fosteringWeekly: cost.0, residentialWeekly: cost.1, otherWeekly: cost.2, households: carers?.0,
          placesPerHousehold: carers?.1, usableShare: carers?.2))
    }
    councils.sort { ($0.population, $1.code) > ($1.population, $0.code) }

    let postcodes = try table("england_postcode_district_centroids.csv")
    _ = try postcodes.requireColumns(["postcode", "latitude", "longitude", "town"])
    for row in postcodes.rows.indices {
      guard let latitude = try number(postcodes, row, "latitude"),
        let longitude = try number(postcodes, row, "longitude")
      else { continue }
      districts.append(
        District(
          code: text(postcodes, row, "postcode"), town: text(postcodes, row, "town"), latitude: latitude,
          longitude: longitude))
    }
  }
}

/// A generated national instance: the scenario and its provider table.
public struct NationalInstance {
  /// One generated provider.
  struct GeneratedProvider {
    var id: String
    var name: String
    var provision: String
    var district: District
    var places: Int
    var weeklyPrice: Double
  }

  static let placedShare = 0.85
  static let needMix: [(String, Double)] = [
    ("mainstream_fostering", 0.68), ("complex_fostering", 0.13), ("parent_and_child", 0.02), ("residential", 0.12),
    ("emergency", 0.01), ("supported_16_17", 0.04),
  ]
  /// Share of providers, label and size range by provision type. With 3,000 providers the places come to about
  /// England's 2024 placements outside council care: IFA about 22,500 (900 × 25), children's homes about 8,800
  /// (1,350 × 6.5), supported about 6,600 (510 × 13).
  static let providerKinds: [(provision: String, share: Double, label: String, places: ClosedRange<Int>)] = [
    ("ifa", 0.30, "IFA carers", 10...40), ("external_residential", 0.45, "Children's home", 4...9),
    ("supported", 0.17, "Supported accommodation", 6...20), ("emergency_beds", 0.08, "Emergency beds", 1...4),
  ]
  /// Price bands: framework prices are a few fixed rates, so providers in one town often charge the same.
  static let priceBands = [0.92, 1.0, 1.1]
  static let districtsPerCouncil = 6

  let statistics: NationalStatistics
  let councils: [Council]
  let years: Int
  let seed: UInt64
  let generated: [GeneratedProvider]

  /// The largest `authorities` councils by 0-17 population, `providers` synthetic providers near them, `years` plan
  /// years from 2024; the same seed gives the same instance.
  public init(statistics: NationalStatistics, authorities: Int, providers: Int, years: Int, seed: UInt64) {
    self.statistics = statistics
    self.councils = Array(statistics.councils.prefix(authorities)).sorted { $0.code < $1.code }
    self.years = years
    self.seed = seed
    var generator = SplitMix64(seed: seed)
    let nearby = councils.map { council in
      statistics.districts.map { district -> (Double, District) in
        let dLat = district.latitude - council.latitude
        let dLon = (district.longitude - council.longitude) * cos(council.latitude * .pi / 180)
        return (dLat * dLat + dLon * dLon, district)
      }.sorted { ($0.0, $0.1.code) < ($1.0, $1.1.code) }.prefix(Self.districtsPerCouncil).map(\.1)
    }
    var cumulative: [Double] = []
    var running = 0.0
    for council in councils {
      running += council.lookedAfter
      cumulative.append(running)
    }
    var made: [GeneratedProvider] = []
    var counts: [String: Int] = [:]
    for number in 0..<providers {
      let draw = generator.nextUnit()
      var kindIndex = Self.providerKinds.count - 1
      var share = 0.0
      for (index, kind) in Self.providerKinds.enumerated() {
        share += kind.share
        if draw < share {
          kindIndex = index
          break
        }
      }
      let kind = Self.providerKinds[kindIndex]
      let target = generator.nextUnit() * running
      let councilIndex = min(councils.count - 1, cumulative.firstIndex { $0 > target } ?? councils.count - 1)
      let council = councils[councilIndex]
      let choices = nearby[councilIndex]
      let district =
        choices.isEmpty
        ? District(code: council.code, town: council.name, latitude: council.latitude, longitude: council.longitude)
        : choices[Int(generator.next() % UInt64(choices.count))]
      let band = Self.priceBands[Int(generator.next() % UInt64(Self.priceBands.count))]
      let base: Double =
        switch kind.provision {
        case "ifa": council.fosteringWeekly * 1.3
        case "external_residential": council.residentialWeekly
        case "supported": council.otherWeekly
        default: council.residentialWeekly * 1.1
        }
      let span = UInt64(kind.places.upperBound - kind.places.lowerBound + 1)
      let places = kind.places.lowerBound + Int(generator.next() % span)
      counts[kind.provision, default: 0] += 1
      made.append(
        GeneratedProvider(
          id: "\(kind.provision)_\(String(format: "%05d", number + 1))",
          name: "\(kind.label), \(district.town.isEmpty ? district.code : district.town) (\(district.code))",
          provision: kind.provision, district: district, places: places, weeklyPrice: (base * band / 10).rounded() * 10)
      )
    }
    generated = made
  }

  /// `providers.csv`: one row per generated provider.
  public func providerTable() -> String {
    var document = CSVDocument(header: ["id", "name", "provision", "latitude", "longitude", "places", "weekly_price"])
    for provider in generated {
      document.append([
        provider.id, provider.name, provider.provision, NumberFormat.fixed(provider.district.latitude, decimals: 5),
        NumberFormat.fixed(provider.district.longitude, decimals: 5), String(provider.places),
        NumberFormat.fixed(provider.weeklyPrice, decimals: 0),
      ])
    }
    return document.render()
  }

  private func money(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 0) }

  /// `scenario.yaml`: the councils, their demand and carers, and the providers table by reference.
  public func scenarioText() -> String {
    let baseYear = NationalStatistics.baseYear
    let planYears = (1...years).map { baseYear + $0 }
    let totalLookedAfter = councils.reduce(0) { $0 + $1.lookedAfter }
    let quoted = ScenarioYAMLWriter.quoted
    var file = ScenarioYAMLWriter()
    file.comment(
      """
      National planning instance generated by 'sufficiency generate' (seed \(seed)): \(councils.count) councils,
      \(generated.count) providers, \(years) plan years from 31 March \(baseYear). Sources (Open Government Licence v3.0):
      DfE CLA statistics, ONS 0-17 population 2024, DfE s251 2023-24 weekly unit costs, Ofsted Fostering in England
      2018-19; postcode-district centroids CC0. See Data/national/README.md. Providers are synthetic.
      """)
    file.field("name", quoted("National placement sufficiency, \(councils.count) councils (seed \(seed))"))
    file.field("summary", quoted("Generated national instance for benchmarks and scaling work."))
    file.field("base_year", String(baseYear))
    file.field("horizon_years", String(years))
    file.section("authorities") { list in
      for council in councils {
        list.item { authority in
          authority.field("id", council.id)
          authority.field("name", quoted(council.name))
          authority.field("code", council.code)
        }
      }
    }
    file.section("areas") { list in
      for council in councils {
        list.item { area in
          area.field("id", council.id)
          area.field("authority", council.id)
          area.field("name", quoted(council.name))
          area.field("latitude", council.latitude, decimals: 5)
          area.field("longitude", council.longitude, decimals: 5)
          area.field("demand_share", "1")
        }
      }
    }
    file.section("demand") { list in
      for council in councils {
        list.item { demand in
          demand.field("authority", council.id)
          demand.section("totals") { totals in
            for (offset, year) in planYears.enumerated() {
              let total = council.lookedAfter * Self.placedShare * pow(1 + statistics.annualGrowth, Double(offset + 1))
              totals.field(String(year), total, decimals: 1)
            }
          }
          demand.section("need_mix") { mix in
            for (need, share) in Self.needMix { mix.field(need, "\(share)") }
          }
        }
      }
    }
    file.field("providers_csv", "providers.csv")
    file.section("providers") { list in
      list.item { provider in
        provider.field("id", "last_resort")
        provider.field("name", quoted("Unregistered or hotel placement"))
        provider.field("provision", "last_resort")
        provider.field("weekly_price", "12000")
      }
    }
    file.section("in_house_fostering") { list in
      for council in councils {
        let households = (council.households ?? (council.lookedAfter * 0.2)).rounded()
        list.item { carers in
          carers.field("area", council.id)
          carers.field("households", money(households))
          carers.field("places_per_household", council.placesPerHousehold ?? 1.6, decimals: 2)
          carers.field("usable_share", council.usableShare ?? 0.84, decimals: 3)
          carers.field("annual_attrition", "0.11")
          carers.field("recruitment_cost", "8000")
          carers.field("max_recruits_per_year", money(max(2, (households * 0.15).rounded())))
          carers.field("first_year_availability", "0.5")
          carers.field("weekly_cost", money(council.fosteringWeekly * 0.8))
        }
      }
    }
    let foster = statistics.nationalFoster
    file.section("emergency") { emergency in
      emergency.field("arrivals_per_year", money(totalLookedAfter * 24 / 283))
      emergency.field("mean_stay_weeks", "6")
      emergency.field("blocking_target", "0.05")
      emergency.field("weekly_retainer_per_vacant_bed", "1500")
    }
    file.section("distance") { distance in
      distance.field("road_factor", "1.3")
      distance.field("max_share_over_20_miles", "0.25")
      distance.field("annual_cost_per_placement_mile", "20")
    }
    file.section("policy") { policy in policy.field("weekly_unmet_need_penalty", "50000") }
    file.section("status_quo") { mix in
      mix.field("in_house_fostering", money(foster.inHouse))
      mix.field("ifa", money(foster.independent))
      mix.field("external_residential", money(foster.homes))
      mix.field("supported", money(foster.supported))
    }
    return file.text
  }
}

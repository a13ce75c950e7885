import Foundation
import PlacementDomain
import TableIO
import Yams

/// Turns a parsed YAML document into a ``Scenario``, section by section, collecting issues.
struct ScenarioReader {
  let file: String
  let folder: URL
  /// The text of every CSV table read, for the content hash.
  private(set) var tablesRead: [String] = []
  /// Every referenced file, resolved.
  private(set) var inputPaths: [String] = []
  /// Where each entry kept came from, and what the entries that could not be read named.
  let sourceMap = ScenarioSourceMap()

  /// Finds `postcode:` locations.
  let postcodes: PostcodeLocator?

  init(file: String, folder: URL, postcodes: PostcodeLocator? = nil) {
    self.file = file
    self.folder = folder
    self.postcodes = postcodes
  }

  /// The largest table a scenario may reference (providers_csv, a forecast history), in bytes: about 40,000
  /// providers, ten times every children's home and fostering agency in England, and twenty times the England
  /// panel; so a mistaken or damaged file is refused in a moment instead of parsed for minutes.
  static let tableByteLimit = 4 * 1024 * 1024

  static let topLevelKeys: Set<String> = [
    "name", "summary", "base_year", "horizon_years", "authorities", "areas", "need_groups", "provision_types",
    "suitability", "demand", "providers", "providers_csv", "in_house_fostering", "emergency", "distance", "policy",
    "status_quo", "assumptions", "prices", "stability",
  ]

  mutating func read(_ root: YAMLCursor, _ issues: inout [ScenarioIssue]) -> Scenario? {
    guard root.node.mapping != nil else {
      root.error(
        "the scenario must be a mapping of sections (name:, base_year:, areas:, …)",
        fix: "start from the template written by 'sufficiency init DIR'", into: &issues)
      return nil
    }
    root.rejectUnknownKeys(Self.topLevelKeys, &issues)
    let name = root.required("name", &issues)?.string(&issues) ?? ""
    let summary = root.optional("summary")?.string(&issues) ?? ""
    let baseYear =
      root.required("base_year", &issues, fix: "add 'base_year: 2018' (the year ending 31 March the plan starts from)")?
      .integer(&issues, in: 1990...2100) ?? 0
    let horizon =
      root.required("horizon_years", &issues, fix: "add 'horizon_years: 5'")?
      .integer(&issues, in: 1...30) ?? 0
    let planYears = horizon > 0 ? Array((baseYear + 1)...(baseYear + horizon)) : []

    let authorities = readList(root.required("authorities", &issues), &issues, readAuthority)
    let areas = readList(root.required("areas", &issues), &issues, readArea)
    let needGroups =
      root.optional("need_groups").map { readList($0, &issues, readNeedGroup) }
      ?? DefaultTaxonomy.needGroups
    let provisionTypes =
      root.optional("provision_types").map { readList($0, &issues, readProvisionType) }
      ?? DefaultTaxonomy.provisionTypes
    // Without a suitability section, the default pairs among the need groups and provision types in use.
    let knownNeeds = Set(needGroups.map(\.id))
    let knownTypes = Set(provisionTypes.map(\.id))
    let suitability =
      root.optional("suitability").map { readList($0, &issues, readSuitability) }
      ?? DefaultTaxonomy.suitability.filter {
        knownNeeds.contains($0.needGroup) && knownTypes.contains($0.provisionType)
      }
    let demand = readList(root.required("demand", &issues), &issues) { cursor, issues in
      readDemand(cursor, planYears: planYears, &issues)
    }
    var providers =
      root.optional("providers").map { readList($0, &issues) { readProvider($0, planYears: planYears, &$1) } } ?? []
    if let table = root.optional("providers_csv") {
      providers += readProviderTable(table, planYears: planYears, &issues)
    }
    let inHouse = root.optional("in_house_fostering").map { readList($0, &issues, readInHouseSupply) } ?? []
    let emergency = root.optional("emergency").flatMap { readEmergency($0, planYears: planYears, &issues) }
    let distance = root.optional("distance").map { readDistance($0, &issues) } ?? DistancePolicy()
    let policy = root.optional("policy").map { readPolicy($0, planYears: planYears, &issues) } ?? PlanningPolicy()
    // Today's mix: the status_quo section, else the councils' placements at the base date summed.
    let statusQuo =
      root.optional("status_quo").map { readStatusQuo($0, &issues) }
      ?? demand.reduce(into: [:]) { mix, entry in mix.merge(entry.placedAtBase, uniquingKeysWith: +) }
    let stability = root.optional("stability").map { readStability($0, &issues) } ?? PlacementStability()
    let assumptions = root.optional("assumptions").map { readList($0, &issues, readAssumption) } ?? []
    let prices = root.optional("prices").map { readPrices($0, baseYear: baseYear, &issues) }

    return Scenario(
      name: name, summary: summary, baseYear: baseYear, horizonYears: horizon, authorities: authorities,
      areas: areas, needGroups: needGroups, provisionTypes: provisionTypes, suitability: suitability, demand: demand,
      providers: providers, inHouseFostering: inHouse, emergency: emergency, distance: distance, policy: policy,
      statusQuoMix: statusQuo, assumptions: assumptions, prices: prices, stability: stability)
  }

  // MARK: - Helpers

  private func readList<T>(
    _ cursor: YAMLCursor?, _ issues: inout [ScenarioIssue], _ readItem: (YAMLCursor, inout [ScenarioIssue]) -> T?
  ) -> [T] {
    guard let cursor, let items = cursor.items(&issues) else { return [] }
    var values: [T] = []
    for (index, item) in items.enumerated() {
      if let value = readItem(item, &issues) {
        values.append(value)
        sourceMap.kept(cursor.path, index: index)
      } else {
        sourceMap.unread(cursor.path, item)
      }
    }
    return values
  }

  /// A value given either as one number for every plan year or as a `year: value` mapping.
  private func readYearly(
    _ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue], range: ClosedRange<Double>,
    meaning: String, requireEveryYear: Bool = true
  ) -> [Int: Double]? {
    if cursor.node.scalar != nil {
      guard let value = cursor.number(&issues, in: range, meaning: meaning) else { return nil }
      return Dictionary(uniqueKeysWithValues: planYears.map { ($0, value) })
    }
    guard let entries = cursor.entries(&issues) else { return nil }
    var result: [Int: Double] = [:]
    var given = Set<Int>()
    for (key, value) in entries {
      guard let year = Int(key) else {
        value.error("'\(key)' is not a year", fix: "use years ending 31 March, such as 2020", into: &issues)
        continue
      }
      given.insert(year)
      if let number = value.number(&issues, in: range, meaning: meaning) { result[year] = number }
    }
    if requireEveryYear {
      // A year given with a bad value is reported there, not again as missing.
      let missing = planYears.filter { !given.contains($0) }
      if !missing.isEmpty {
        cursor.error(
          "no value for plan year(s) \(missing.map(String.init).joined(separator: ", "))",
          fix:
            "give a value for every year from \(planYears.first ?? 0) to \(planYears.last ?? 0), or one number for all years",
          into: &issues)
      }
    }
    return result
  }

  private func readLocation(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> GeoPoint? {
    if let postcode = cursor.optional("postcode") {
      if cursor.optional("latitude") != nil || cursor.optional("longitude") != nil {
        postcode.error(
          "both a postcode and a latitude/longitude are given",
          fix: "give either 'postcode' or 'latitude' and 'longitude', not both", into: &issues)
        return nil
      }
      return readPostcode(postcode, &issues)
    }
    let fix = "add 'latitude' and 'longitude' in degrees, or a 'postcode' such as TS18 in their place"
    let latitude = cursor.required("latitude", &issues, fix: fix)?
      .number(&issues, in: -90...90, meaning: "a latitude in degrees")
    let longitude = cursor.required("longitude", &issues, fix: fix)?
      .number(&issues, in: -180...180, meaning: "a longitude in degrees")
    guard let latitude, let longitude else { return nil }
    return GeoPoint(latitude: latitude, longitude: longitude)
  }

  /// Why a referenced table could not be read, without the generic advice (the issue's fix says what to do).
  private static func readProblem(_ error: any Error) -> String {
    switch error {
    case TableIOError.missingFile(let path): "\(path): file not found"
    case TableIOError.unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
    case TableIOError.tooLarge(let path, let size, let limit):
      "\(path): it is \(size), more than the \(limit) a table may be"
    default: "\(error)"
    }
  }

  /// The centroid of a postcode's district, or `nil` with an error for an unknown postcode.
  private func readPostcode(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> GeoPoint? {
    guard let text = cursor.string(&issues) else { return nil }
    guard let postcodes else {
      cursor.error(
        "postcode '\(text)' cannot be placed: no postcode centroid table was found",
        fix: "give 'latitude' and 'longitude' instead, or install the tool with its Data folder", into: &issues)
      return nil
    }
    do {
      if let point = try postcodes.location(of: text) { return point }
      cursor.error(
        "unknown postcode '\(text)': its district is not in \(postcodes.source)",
        fix:
          "give a UK postcode district such as TS18 or a full postcode such as TS18 1AB, or give 'latitude' and 'longitude' instead",
        into: &issues)
    } catch {
      cursor.error(
        "postcode '\(text)' cannot be placed: \(error)",
        fix: "give 'latitude' and 'longitude' instead", into: &issues)
    }
    return nil
  }

  private func resolve(_ relativePath: String) -> URL {
    relativePath.hasPrefix("/")
      ? URL(fileURLWithPath: relativePath) : folder.appendingPathComponent(relativePath).standardizedFileURL
  }

  // MARK: - Sections

  private func readAuthority(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> Authority? {
    cursor.rejectUnknownKeys(["id", "name", "code"], &issues)
    guard let id = cursor.required("id", &issues)?.string(&issues) else { return nil }
    let name = cursor.optional("name")?.string(&issues) ?? id
    return Authority(id: AuthorityID(id), name: name, code: cursor.optional("code")?.string(&issues))
  }

  private func readArea(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> Area? {
    cursor.rejectUnknownKeys(["id", "authority", "name", "latitude", "longitude", "postcode", "demand_share"], &issues)
    let id = cursor.required("id", &issues)?.string(&issues)
    let authority = cursor.required("authority", &issues)?.string(&issues)
    let location = readLocation(cursor, &issues)
    let share =
      cursor.optional("demand_share").map { $0.number(&issues, in: 0...1, meaning: "a share between 0 and 1") } ?? 1
    guard let id, let authority, let location, let share else { return nil }
    return Area(
      id: AreaID(id), authority: AuthorityID(authority), name: cursor.optional("name")?.string(&issues) ?? id,
      location: location, demandShare: share)
  }

  private func readNeedGroup(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> NeedGroup? {
    cursor.rejectUnknownKeys(["id", "name", "max_miles", "emergency", "age_band", "ages_into"], &issues)
    guard let id = cursor.required("id", &issues)?.string(&issues) else { return nil }
    let miles = cursor.optional("max_miles").flatMap {
      $0.number(&issues, in: 0...1000, meaning: "a distance in miles")
    }
    var band = NeedAgeBand.any
    if let bandCursor = cursor.optional("age_band"), let text = bandCursor.string(&issues) {
      if let given = NeedAgeBand(rawValue: text) {
        band = given
      } else {
        bandCursor.error(
          "unknown age band '\(text)'",
          fix: "use one of \(NeedAgeBand.allCases.map(\.rawValue).joined(separator: ", "))",
          into: &issues)
      }
    }
    return NeedGroup(
      id: NeedGroupID(id), name: cursor.optional("name")?.string(&issues) ?? id, maximumMiles: miles,
      isEmergency: cursor.optional("emergency")?.bool(&issues) ?? false, ageBand: band,
      agesInto: cursor.optional("ages_into")?.string(&issues).map { NeedGroupID($0) })
  }

  private func readProvisionType(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> ProvisionType? {
    cursor.rejectUnknownKeys(["id", "name", "category", "emergency_capable"], &issues)
    guard let id = cursor.required("id", &issues)?.string(&issues),
      let categoryCursor = cursor.required("category", &issues), let categoryText = categoryCursor.string(&issues)
    else { return nil }
    guard let category = ProvisionCategory(rawValue: categoryText) else {
      categoryCursor.error(
        "unknown category '\(categoryText)'",
        fix: "use one of \(ProvisionCategory.allCases.map(\.rawValue).joined(separator: ", "))", into: &issues)
      return nil
    }
    return ProvisionType(
      id: ProvisionTypeID(id), name: cursor.optional("name")?.string(&issues) ?? id, category: category,
      isEmergencyCapable: cursor.optional("emergency_capable")?.bool(&issues) ?? (category == .emergency))
  }

  private func readSuitability(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> Suitability? {
    cursor.rejectUnknownKeys(["need", "provision", "cost_multiplier"], &issues)
    let need = cursor.required("need", &issues)?.string(&issues)
    let provision = cursor.required("provision", &issues)?.string(&issues)
    let multiplier =
      cursor.optional("cost_multiplier").map { $0.number(&issues, in: 0...100, meaning: "a multiplier") } ?? 1
    guard let need, let provision, let multiplier else { return nil }
    return Suitability(
      needGroup: NeedGroupID(need), provisionType: ProvisionTypeID(provision), costMultiplier: multiplier)
  }

  private mutating func readDemand(_ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue])
    -> DemandSpecification?
  {
    cursor.rejectUnknownKeys(
      ["authority", "by_year", "totals", "need_mix", "forecast", "placed_at_base", "staying_put", "ages", "siblings"],
      &issues)
    guard let authority = cursor.required("authority", &issues)?.string(&issues) else { return nil }
    var mix: [NeedGroupID: Double] = [:]
    if let mixCursor = cursor.optional("need_mix"), let entries = mixCursor.entries(&issues) {
      for (key, value) in entries {
        if let share = value.number(&issues, in: 0...1, meaning: "a share between 0 and 1") {
          mix[NeedGroupID(key)] = share
        }
      }
    }
    let given = [cursor.optional("by_year"), cursor.optional("totals"), cursor.optional("forecast")].compactMap { $0 }
    guard given.count == 1 else {
      cursor.error(
        given.isEmpty ? "no demand given" : "more than one of by_year, totals and forecast",
        fix: "give exactly one of 'by_year' (per need group), 'totals' (with need_mix) or 'forecast'", into: &issues)
      return nil
    }
    let source: DemandSource?
    switch given[0].path.split(separator: ".").last {
    case "by_year": source = readDemandByNeed(given[0], planYears: planYears, &issues).map { .byNeed($0) }
    case "totals":
      source = readYearly(given[0], planYears: planYears, &issues, range: 0...1e7, meaning: "a number of children")
        .map { .totals($0) }
    default: source = readForecastDemand(given[0], planYears: planYears, &issues).map { .forecast($0) }
    }
    let placedAtBase = cursor.optional("placed_at_base").map { readStatusQuo($0, &issues) } ?? [:]
    let stayingPut =
      cursor.optional("staying_put").flatMap {
        readYearly($0, planYears: planYears, &issues, range: 0...100_000, meaning: "a number of care leavers")
      } ?? [:]
    let ageing = cursor.optional("ages").map { readAgeing($0, &issues) }
    let siblings = cursor.optional("siblings").flatMap { readSiblings($0, &issues) }
    guard let source else { return nil }
    return DemandSpecification(
      authority: AuthorityID(authority), source: source, needMix: mix, placedAtBase: placedAtBase,
      stayingPut: stayingPut, ageing: ageing, siblings: siblings)
  }

  /// `ages: {turning_16_share: 0.07, ageing_out_share: 0.5}`; each defaults to the national figure.
  private func readAgeing(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> AgeingRates {
    cursor.rejectUnknownKeys(["turning_16_share", "ageing_out_share"], &issues)
    let national = AgeingRates.national
    return AgeingRates(
      turning16Share: cursor.optional("turning_16_share").flatMap {
        $0.number(&issues, in: 0...1, meaning: "a yearly share between 0 and 1")
      } ?? national.turning16Share,
      ageingOutShare: cursor.optional("ageing_out_share").flatMap {
        $0.number(&issues, in: 0...1, meaning: "a yearly share between 0 and 1")
      } ?? national.ageingOutShare)
  }

  /// `siblings: {share: 0.25, need_groups: [mainstream_fostering], placed_together: true}`.
  private func readSiblings(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> SiblingDemand? {
    cursor.rejectUnknownKeys(["share", "need_groups", "placed_together"], &issues)
    let share = cursor.required(
      "share", &issues, fix: "add 'share: 0.25' (the share of children placed who are in a sibling group)")?
      .number(&issues, in: 0...1, meaning: "a share between 0 and 1")
    let needs = cursor.optional("need_groups")?.items(&issues)?.compactMap { $0.string(&issues) } ?? []
    guard let share else { return nil }
    return SiblingDemand(
      share: share, needGroups: needs.map { NeedGroupID($0) },
      placedTogether: cursor.optional("placed_together")?.bool(&issues) ?? true)
  }

  private func readDemandByNeed(_ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue])
    -> [Int: [NeedGroupID: Double]]?
  {
    guard let entries = cursor.entries(&issues) else { return nil }
    var result: [Int: [NeedGroupID: Double]] = [:]
    for (key, value) in entries {
      guard let year = Int(key) else {
        value.error("'\(key)' is not a year", fix: "use years ending 31 March, such as 2020", into: &issues)
        continue
      }
      guard let needs = value.entries(&issues) else { continue }
      var byNeed: [NeedGroupID: Double] = [:]
      for (need, count) in needs {
        if let number = count.number(&issues, in: 0...1e7, meaning: "a number of children") {
          byNeed[NeedGroupID(need)] = number
        }
      }
      result[year] = byNeed
    }
    let missing = planYears.filter { result[$0] == nil }
    if !missing.isEmpty {
      cursor.error(
        "no demand for plan year(s) \(missing.map(String.init).joined(separator: ", "))",
        fix: "give demand for every year from \(planYears.first ?? 0) to \(planYears.last ?? 0)", into: &issues)
    }
    return result
  }

  private mutating func readForecastDemand(
    _ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue]
  ) -> ForecastDemand? {
    cursor.rejectUnknownKeys(["history", "series", "quantile", "method", "seed", "placed_share", "levers"], &issues)
    let historyCursor = cursor.required("history", &issues, fix: "add 'history: path/to/panel.csv'")
    let series = cursor.required("series", &issues, fix: "add 'series: E06000003' (the GSS code in the history file)")?
      .string(&issues)
    let quantile =
      cursor.optional("quantile").map { $0.number(&issues, in: 0.01...0.99, meaning: "a quantile such as 0.5 or 0.8") }
      ?? 0.5
    let placedShare =
      cursor.optional("placed_share").map { $0.number(&issues, in: 0...1, meaning: "a share between 0 and 1") } ?? 1
    let seed = cursor.optional("seed").flatMap { $0.integer(&issues, in: 0...Int.max) } ?? 1
    guard let historyCursor, let historyText = historyCursor.string(&issues), let series, let quantile, let placedShare
    else { return nil }
    let url = resolve(historyText)
    guard FileManager.default.fileExists(atPath: url.path) else {
      historyCursor.error(
        "history file \(url.path) not found", fix: "give a path relative to the scenario file", into: &issues)
      return nil
    }
    inputPaths.append(url.path)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
      do {
        tablesRead.append(try TextFile.read(url, byteLimit: Self.tableByteLimit))
      } catch {
        historyCursor.error(
          Self.readProblem(error), fix: "give a history table of at most 4 MiB (the England panel is 0.2 MB)",
          into: &issues)
        return nil
      }
    }
    return ForecastDemand(
      historyPath: url.path, seriesCode: series, quantile: quantile, method: cursor.optional("method")?.string(&issues),
      seed: UInt64(seed), placedShare: placedShare,
      levers: cursor.optional("levers").map { readLevers($0, planYears: planYears, &issues) })
  }

  /// A forecast's `levers`: multipliers 0-10 and additions of at most 10,000 children a year either way, each one
  /// number for every forecast year or a `year: value` mapping over plan years (a year not named is unchanged).
  private func readLevers(_ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue]) -> ForecastLevers {
    let keys = ["entries_multiplier", "entries_added_per_year", "exits_multiplier", "exits_added_per_year"]
    cursor.rejectUnknownKeys(Set(keys), &issues)
    var levers = ForecastLevers()
    let span = "\(planYears.first ?? 0) to \(planYears.last ?? 0)"
    for key in keys {
      guard let lever = cursor.optional(key) else { continue }
      let isMultiplier = key.hasSuffix("multiplier")
      let range = isMultiplier ? 0...10 : -10_000.0...10_000
      let meaning = isMultiplier ? "a multiplier (0.9 = 10 % fewer)" : "a number of children a year"
      var everyYear: Double?
      var byYear: [Int: Double] = [:]
      if lever.node.scalar != nil {
        everyYear = lever.number(&issues, in: range, meaning: meaning)
      } else if let entries = lever.entries(&issues) {
        for (text, value) in entries {
          guard let year = Int(text), planYears.contains(year) else {
            value.error(
              "'\(text)' is not a plan year", fix: "name plan years from \(span) (years ending 31 March)", into: &issues
            )
            continue
          }
          byYear[year] = value.number(&issues, in: range, meaning: meaning)
        }
      }
      switch key {
      case "entries_multiplier":
        levers.entriesMultiplier = everyYear ?? 1
        levers.entriesMultiplierByYear = byYear
      case "entries_added_per_year":
        levers.entriesAddedPerYear = everyYear ?? 0
        levers.entriesAddedByYear = byYear
      case "exits_multiplier":
        levers.exitsMultiplier = everyYear ?? 1
        levers.exitsMultiplierByYear = byYear
      default:
        levers.exitsAddedPerYear = everyYear ?? 0
        levers.exitsAddedByYear = byYear
      }
    }
    return levers
  }

  private static let providerKeys: Set<String> = [
    "id", "name", "provision", "latitude", "longitude", "postcode", "places", "weekly_price", "prices", "opening",
    "block_contract", "sibling_places",
  ]

  private func readProvider(_ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue]) -> Provider? {
    cursor.rejectUnknownKeys(Self.providerKeys, &issues)
    let id = cursor.required("id", &issues)?.string(&issues)
    let provision = cursor.required("provision", &issues)?.string(&issues)
    let hasLocation =
      cursor.optional("latitude") != nil || cursor.optional("longitude") != nil || cursor.optional("postcode") != nil
    let location = hasLocation ? readLocation(cursor, &issues) : nil
    // Absent or 'unlimited': no limit; otherwise the places, or .some(nil) when they could not be read. Written
    // but left blank is an error: a forgotten figure must not become unlimited capacity.
    var places: [Int: Double]??
    if let blank = cursor.node.mapping?["places"], blank.null != nil || blank == Node("~") {
      cursor.child("places", at: blank).error(
        "places is blank", fix: "write the number of places, or 'unlimited'",
        into: &issues)
      places = .some(nil)
    }
    if let given = cursor.optional("places"), given.node.scalar?.string.lowercased() != "unlimited" {
      places = .some(readYearly(given, planYears: planYears, &issues, range: 0...1e6, meaning: "a number of places"))
    }
    let price = cursor.required("weekly_price", &issues, fix: "add 'weekly_price: 1020' (£ per placement per week)")?
      .number(&issues, in: 0...1e6, meaning: "a weekly price in £")
    var byNeed: [NeedGroupID: Double] = [:]
    if let prices = cursor.optional("prices"), let entries = prices.entries(&issues) {
      for (need, value) in entries {
        if let number = value.number(&issues, in: 0...1e6, meaning: "a weekly price in £") {
          byNeed[NeedGroupID(need)] = number
        }
      }
    }
    let opening = cursor.optional("opening").flatMap { readOpening($0, &issues) }
    let block = cursor.optional("block_contract").flatMap { readBlockContract($0, &issues) }
    let siblingPlaces = cursor.optional("sibling_places")?.number(&issues, in: 0...1e6, meaning: "a number of places")
    guard let id, let provision, let price else { return nil }
    if hasLocation && location == nil { return nil }
    if case .some(.none) = places { return nil }
    return Provider(
      id: ProviderID(id), name: cursor.optional("name")?.string(&issues) ?? id,
      provisionType: ProvisionTypeID(provision), location: location, placesByYear: places ?? nil, weeklyPrice: price,
      weeklyPriceByNeed: byNeed, opening: opening, blockContract: block, siblingPlaces: siblingPlaces ?? 0)
  }

  private func readOpening(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> OpeningOption? {
    cursor.rejectUnknownKeys(["beds_per_unit", "annual_fixed_cost", "max_units", "earliest_year"], &issues)
    let beds = cursor.required("beds_per_unit", &issues)?.number(&issues, in: 1...1000, meaning: "a number of beds")
    let cost = cursor.required("annual_fixed_cost", &issues)?.number(
      &issues, in: 0...1e9, meaning: "a yearly cost in £")
    let units = cursor.optional("max_units").map { $0.integer(&issues, in: 0...1000) } ?? 1
    let earliest = cursor.optional("earliest_year").flatMap { $0.integer(&issues, in: 1990...2100) }
    guard let beds, let cost, let units else { return nil }
    return OpeningOption(bedsPerUnit: beds, annualFixedCost: cost, maximumUnits: units, earliestYear: earliest)
  }

  private func readBlockContract(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> BlockContract? {
    cursor.rejectUnknownKeys(["max_beds", "weekly_price_per_bed", "whole_beds"], &issues)
    let beds = cursor.required("max_beds", &issues)?.number(&issues, in: 0...10_000, meaning: "a number of beds")
    let price = cursor.required("weekly_price_per_bed", &issues)?.number(
      &issues, in: 0...1e6, meaning: "a weekly price in £")
    guard let beds, let price else { return nil }
    return BlockContract(
      maximumBeds: beds, weeklyPricePerBed: price, wholeBeds: cursor.optional("whole_beds")?.bool(&issues) ?? true)
  }

  private mutating func readProviderTable(_ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue])
    -> [Provider]
  {
    guard let text = cursor.string(&issues) else { return [] }
    let url = resolve(text)
    inputPaths.append(url.path)
    let table: CSVTable
    do {
      let text = try TextFile.read(url, byteLimit: Self.tableByteLimit)
      table = try CSVTable(text: text, path: url.path)
      tablesRead.append(text)
    } catch {
      cursor.error(
        Self.readProblem(error),
        fix: "give the path of a CSV table of at most 4 MiB, relative to the scenario, saved as comma-separated UTF-8",
        into: &issues)
      return []
    }
    let rows = ProviderTableReader(table: table, planYears: planYears).read(&issues)
    sourceMap.tableProviderRows += rows.map { (table.path, $0.line) }
    return rows.map(\.provider)
  }

  private func readInHouseSupply(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> InHouseFosteringSupply? {
    cursor.rejectUnknownKeys(
      [
        "area", "households", "places_per_household", "usable_share", "annual_attrition", "recruitment_cost",
        "max_recruits_per_year", "first_year_availability", "weekly_cost", "annual_cost_per_household",
        "whole_recruits", "recruited_in_base_year", "sibling_place_share",
      ], &issues)
    let area = cursor.required("area", &issues)?.string(&issues)
    let households = cursor.required("households", &issues)?.number(
      &issues, in: 0...100_000, meaning: "a number of households")
    let places =
      cursor.optional("places_per_household").map { $0.number(&issues, in: 0.1...10, meaning: "places per household") }
      ?? 1.5
    let usable =
      cursor.optional("usable_share").map { $0.number(&issues, in: 0...1, meaning: "a share between 0 and 1") } ?? 0.84
    let attrition =
      cursor.optional("annual_attrition").map {
        $0.number(&issues, in: 0...1, meaning: "a yearly share between 0 and 1")
      } ?? 0.11
    let recruitment =
      cursor.optional("recruitment_cost").map { $0.number(&issues, in: 0...1e7, meaning: "a cost in £") } ?? 0
    if cursor.optional("max_recruits_per_year") == nil {
      cursor.warning(
        "no max_recruits_per_year: the plan may not recruit any households in this area",
        fix: "add 'max_recruits_per_year: N' (households a year) to let the plan recruit", into: &issues)
    }
    let maximum =
      cursor.optional("max_recruits_per_year").map {
        $0.number(&issues, in: 0...100_000, meaning: "a number of households")
      } ?? 0
    let firstYear =
      cursor.optional("first_year_availability").map {
        $0.number(&issues, in: 0...1, meaning: "a share between 0 and 1")
      } ?? 0.5
    let weekly = cursor.required(
      "weekly_cost", &issues, fix: "add 'weekly_cost: 600' (£ per in-house placement per week)")?
      .number(&issues, in: 0...1e6, meaning: "a weekly cost in £")
    let perHousehold =
      cursor.optional("annual_cost_per_household").map {
        $0.number(&issues, in: 0...1e7, meaning: "a yearly cost in £")
      } ?? 0
    let whole = cursor.optional("whole_recruits")?.bool(&issues) ?? false
    let recruitedInBaseYear = cursor.optional("recruited_in_base_year")?.number(
      &issues, in: 0...100_000, meaning: "a number of households")
    let siblingShare =
      cursor.optional("sibling_place_share").map { $0.number(&issues, in: 0...1, meaning: "a share between 0 and 1") }
      ?? 0
    guard let area, let households, let places, let usable, let attrition, let recruitment, let maximum, let firstYear,
      let weekly, let perHousehold, let siblingShare
    else { return nil }
    return InHouseFosteringSupply(
      area: AreaID(area), households: households, placesPerHousehold: places, usableShare: usable,
      annualAttrition: attrition, recruitmentCost: recruitment, maximumRecruitsPerYear: maximum,
      firstYearAvailability: firstYear, weeklyCost: weekly, annualCostPerHousehold: perHousehold, wholeRecruits: whole,
      recruitedInBaseYear: recruitedInBaseYear, siblingPlaceShare: siblingShare)
  }

  private func readEmergency(_ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue])
    -> EmergencyDemand?
  {
    cursor.rejectUnknownKeys(
      ["arrivals_per_year", "mean_stay_weeks", "blocking_target", "weekly_retainer_per_vacant_bed"], &issues)
    let arrivals = cursor.required("arrivals_per_year", &issues).flatMap {
      readYearly($0, planYears: planYears, &issues, range: 0...1e6, meaning: "arrivals per year")
    }
    let stay = cursor.required("mean_stay_weeks", &issues)?.number(&issues, in: 0.01...520, meaning: "a stay in weeks")
    let target =
      cursor.optional("blocking_target").map {
        $0.number(&issues, in: 0.0001...0.9999, meaning: "a probability such as 0.05")
      } ?? 0.05
    let retainer =
      cursor.optional("weekly_retainer_per_vacant_bed").map {
        $0.number(&issues, in: 0...1e6, meaning: "a weekly cost in £")
      } ?? 0
    guard let arrivals, let stay, let target, let retainer else { return nil }
    return EmergencyDemand(
      arrivalsByYear: arrivals, meanStayWeeks: stay, blockingTarget: target, weeklyRetainerPerVacantBed: retainer)
  }

  private func readDistance(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> DistancePolicy {
    cursor.rejectUnknownKeys(["road_factor", "max_share_over_20_miles", "annual_cost_per_placement_mile"], &issues)
    let defaults = DistancePolicy()
    return DistancePolicy(
      roadFactor: cursor.optional("road_factor").flatMap {
        $0.number(&issues, in: 1...3, meaning: "a factor between 1 and 3")
      } ?? defaults.roadFactor,
      maximumShareOver20Miles: cursor.optional("max_share_over_20_miles").flatMap {
        $0.number(&issues, in: 0...1, meaning: "a share between 0 and 1")
      },
      annualCostPerPlacementMile: cursor.optional("annual_cost_per_placement_mile").flatMap {
        $0.number(&issues, in: 0...1e5, meaning: "£ per mile per year")
      } ?? 0)
  }

  private func readPolicy(_ cursor: YAMLCursor, planYears: [Int], _ issues: inout [ScenarioIssue]) -> PlanningPolicy {
    cursor.rejectUnknownKeys(
      [
        "budget_ceiling", "min_in_house_fostering_share", "weekly_unmet_need_penalty", "weekly_in_house_share_penalty",
        "weekly_sibling_gap_penalty",
      ], &issues)
    let budget =
      cursor.optional("budget_ceiling").flatMap {
        readYearly(
          $0, planYears: planYears, &issues, range: 0...1e12, meaning: "a yearly budget in £", requireEveryYear: false)
      } ?? [:]
    return PlanningPolicy(
      budgetCeilingByYear: budget,
      minimumInHouseFosteringShare: cursor.optional("min_in_house_fostering_share").flatMap {
        $0.number(&issues, in: 0...1, meaning: "a share between 0 and 1")
      },
      weeklyUnmetNeedPenalty: cursor.optional("weekly_unmet_need_penalty").flatMap {
        $0.number(&issues, in: 1...1e7, meaning: "a weekly penalty in £")
      } ?? PlanningPolicy().weeklyUnmetNeedPenalty,
      weeklyInHouseSharePenalty: cursor.optional("weekly_in_house_share_penalty").flatMap {
        $0.number(&issues, in: 0...1e7, meaning: "a weekly penalty in £")
      } ?? PlanningPolicy().weeklyInHouseSharePenalty,
      weeklySiblingGapPenalty: cursor.optional("weekly_sibling_gap_penalty").flatMap {
        $0.number(&issues, in: 0...1e7, meaning: "a weekly penalty in £")
      } ?? PlanningPolicy().weeklySiblingGapPenalty)
  }

  /// `stability: {continuation: {ifa: 0.7}, planned_moves: [...], shared_in_house_pools: [{name: ..., authorities:
  /// [a, b]}]}`.
  private func readStability(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> PlacementStability {
    cursor.rejectUnknownKeys(["continuation", "planned_moves", "shared_in_house_pools"], &issues)
    var continuation: [ProvisionTypeID: Double] = [:]
    for (key, value) in cursor.optional("continuation")?.entries(&issues) ?? [] {
      if let rate = value.number(&issues, in: 0...1, meaning: "a yearly share of placements between 0 and 1") {
        continuation[ProvisionTypeID(key)] = rate
      }
    }
    return PlacementStability(
      continuation: continuation,
      plannedMoves: cursor.optional("planned_moves").map { readList($0, &issues, readPlannedMove) } ?? [],
      sharedInHousePools: cursor.optional("shared_in_house_pools").map { readList($0, &issues, readSharedPool) } ?? [])
  }

  private func readPlannedMove(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> PlannedMove? {
    cursor.rejectUnknownKeys(["from", "to", "max_per_year", "cost_per_move", "success_rate"], &issues)
    let from = cursor.required("from", &issues, fix: "add 'from: residential' (the need group children leave)")?
      .string(&issues)
    let to = cursor.required("to", &issues, fix: "add 'to: complex_fostering' (the need group they move to)")?
      .string(&issues)
    let limit = cursor.required(
      "max_per_year", &issues, fix: "add 'max_per_year: 4' (moves a council can make a year)")?
      .number(&issues, in: 0...10_000, meaning: "a number of children a year")
    let cost = cursor.required("cost_per_move", &issues, fix: "add 'cost_per_move: 10000' (£ for one move)")?
      .number(&issues, in: 0...1e7, meaning: "a cost in £")
    let success = cursor.required(
      "success_rate", &issues, fix: "add 'success_rate: 0.7' (the share of moves that last)")?
      .number(&issues, in: 0...1, meaning: "a share between 0 and 1")
    guard let from, let to, let limit, let cost, let success else { return nil }
    return PlannedMove(
      from: NeedGroupID(from), to: NeedGroupID(to), maximumPerYear: limit, costPerMove: cost, successRate: success)
  }

  private func readSharedPool(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> SharedInHousePool? {
    cursor.rejectUnknownKeys(["name", "authorities"], &issues)
    let name = cursor.required("name", &issues)?.string(&issues)
    let members = cursor.required("authorities", &issues, fix: "list the councils, such as 'authorities: [a, b]'")?
      .items(&issues)?.compactMap { $0.string(&issues) }
    guard let name, let members else { return nil }
    return SharedInHousePool(name: name, authorities: members.map { AuthorityID($0) })
  }

  private func readStatusQuo(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> [ProvisionTypeID: Double] {
    guard let entries = cursor.entries(&issues) else { return [:] }
    var mix: [ProvisionTypeID: Double] = [:]
    for (key, value) in entries {
      if let count = value.number(&issues, in: 0...1e7, meaning: "a number of placements") {
        mix[ProvisionTypeID(key)] = count
      }
    }
    return mix
  }

  /// `prices: {base_year: 2019, annual_uplift: {ifa: 0.03}}`: the financial year the scenario's prices are at
  /// (default: the base year) and yearly uplifts by provision type (default: ``PriceBasis/defaultUplift(for:)``).
  private func readPrices(_ cursor: YAMLCursor, baseYear: Int, _ issues: inout [ScenarioIssue]) -> PriceBasis {
    cursor.rejectUnknownKeys(["base_year", "annual_uplift"], &issues)
    let priceYear = cursor.optional("base_year")?.integer(&issues, in: 1990...2100) ?? baseYear
    var uplift: [ProvisionTypeID: Double] = [:]
    for (key, value) in cursor.optional("annual_uplift")?.entries(&issues) ?? [] {
      if let rate = value.number(&issues, in: -0.5...1, meaning: "a yearly uplift such as 0.03 for 3 % a year") {
        uplift[ProvisionTypeID(key)] = rate
      }
    }
    return PriceBasis(baseYear: priceYear, annualUplift: uplift)
  }

  private func readAssumption(_ cursor: YAMLCursor, _ issues: inout [ScenarioIssue]) -> Assumption? {
    cursor.rejectUnknownKeys(["item", "value", "source"], &issues)
    guard let item = cursor.required("item", &issues)?.string(&issues) else { return nil }
    return Assumption(
      item: item, value: cursor.optional("value")?.string(&issues) ?? "",
      source: cursor.optional("source")?.string(&issues) ?? "")
  }
}

import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

/// Scenarios that are wrong in ways that used to be accepted, take too long, or be reported badly: each class of
/// the bad-input issue, with the message a person needs.
@Suite("Bad scenarios: refused fast, warned about, reported at the right line")
struct BadScenarioTests {
  let valid = ScenarioLoaderTests.valid

  func load(_ text: String, folder: URL = URL(fileURLWithPath: "/tmp")) throws -> ScenarioLoader.Result {
    try ScenarioLoaderTests().load(text, folder: folder)
  }

  func issues(_ text: String, folder: URL = URL(fileURLWithPath: "/tmp")) -> [ScenarioIssue] {
    ScenarioLoaderTests().issues(text, folder: folder)
  }

  // MARK: - Hangs

  @Test("an alias bomb is refused after compose, whatever its depth")
  func aliasBomb() {
    for levels in [4, 9] {
      var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
      for level in 1..<levels {
        let previous = Character(UnicodeScalar(UInt8(96 + level)))
        let current = Character(UnicodeScalar(UInt8(97 + level)))
        lines.append(
          "\(current): &\(current) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
      }
      let found = issues(valid + "\nx_bomb:\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n")
      if levels == 4 {
        // 9^4 = 6,561 values: within the bound, so the only complaint is the unknown section.
        #expect(found.count == 1 && found[0].message.contains("unknown field 'x_bomb'"), "\(found)")
      } else {
        #expect(found.count == 1 && found[0].message.contains("aliases"), "\(found)")
      }
    }
  }

  @Test("an anchor reused a few times is fine")
  func honestAnchor() throws {
    let text = valid.replacingOccurrences(
      of: "  - {id: ifa, provision: ifa, latitude: 54.55, longitude: -1.2, places: 40, weekly_price: 800}",
      with: "  - &ifa {id: ifa, provision: ifa, latitude: 54.55, longitude: -1.2, places: 40, weekly_price: 800}")
    #expect(try load(text).scenario.providers.count == 2)
  }

  @Test("a scenario file over the size limit is refused before it is read")
  func oversizedFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oversized-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("scenario.yaml")
    let padding = String(
      repeating: "# padding to push the file over the limit ......................\n", count: 140_000)
    try Data((valid + padding + "base_yaer: 2020\n").utf8).write(to: file)
    do {
      _ = try ScenarioLoader.load(from: file)
      Issue.record("an oversized scenario loaded")
    } catch let error as ScenarioError {
      #expect(error.issues.count == 1)
      #expect(error.issues[0].message.contains("MiB"), "\(error)")
    }
  }

  @Test("a device is refused as not a file, in plain words")
  func deviceFile() {
    do {
      _ = try ScenarioLoader.load(from: URL(fileURLWithPath: "/dev/zero"))
      Issue.record("/dev/zero loaded")
    } catch let error as ScenarioError {
      #expect(error.issues[0].message.contains("device"), "\(error)")
      #expect(!error.description.contains("permission"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  // MARK: - Numbers

  @Test(
    "hex, hex floats and comma lists are refused; thousands separators are read",
    arguments: [
      ("0x10", false), ("0x1p3", false), ("'1,2,3'", false), ("'1,2'", false), ("'1,040'", true), ("40.0", true),
      ("4e1", true), ("'£40'", true), ("1_000", true), ("'12,34'", false), ("0o17", false), ("'40 places'", false),
    ])
  func strictNumbers(value: String, accepted: Bool) {
    let found = issues(
      valid.replacingOccurrences(of: "places: 40, weekly_price: 800", with: "places: \(value), weekly_price: 800"))
    if accepted {
      #expect(found.isEmpty, "\(value): \(found)")
    } else {
      #expect(found.count == 1 && found[0].path == "providers[0].places" && found[0].line == 14, "\(value): \(found)")
      #expect(found.first?.message.contains("not a plain number") == true)
    }
  }

  @Test("a blank places cell in a providers table is an error; 'unlimited' written out is not")
  func blankPlacesCell() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("providers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let table = """
      id,provision,latitude,longitude,places,weekly_price
      home_a,external_residential,54.6,-1.2,,4000
      home_b,external_residential,54.6,-1.2,unlimited,4100
      home_c,external_residential,54.6,-1.2,"1,2",4100

      """
    try Data(table.utf8).write(to: folder.appendingPathComponent("providers.csv"))
    let text = valid + "\nproviders_csv: providers.csv\n"
    let found = issues(text, folder: folder)
    let csv = folder.appendingPathComponent("providers.csv").path
    #expect(found.contains { $0.file == csv && $0.line == 2 && $0.message.contains("has no places") }, "\(found)")
    #expect(found.contains { $0.file == csv && $0.line == 4 && $0.message.contains("not a plain number") }, "\(found)")
    #expect(!found.contains { $0.line == 3 })
    try Data(
      table.replacingOccurrences(of: ",,4000", with: ",12,4000").replacingOccurrences(of: "\"1,2\"", with: "3").utf8
    )
    .write(to: folder.appendingPathComponent("providers.csv"))
    let loaded = try load(text, folder: folder)
    #expect(loaded.scenario.providers.first { $0.id.rawValue == "home_b" }?.placesByYear == nil)
    #expect(loaded.scenario.providers.first { $0.id.rawValue == "home_a" }?.placesByYear?[2021] == 12)
  }

  @Test("places written but left blank in the scenario is an error; 'unlimited' is not")
  func blankPlacesInScenario() throws {
    let blank = issues(
      valid.replacingOccurrences(of: "places: 40, weekly_price: 800", with: "places: , weekly_price: 800"))
    #expect(blank.count == 1 && blank.first?.path == "providers[0].places" && blank.first?.line == 14, "\(blank)")
    let unlimited = try load(
      valid.replacingOccurrences(of: "places: 40, weekly_price: 800", with: "places: unlimited, weekly_price: 800"))
    #expect(unlimited.scenario.providers[0].placesByYear == nil)
  }

  // MARK: - Silently missing sections and degenerate figures

  @Test("no in_house_fostering section is a warning naming it")
  func missingInHouse() throws {
    let text = valid.replacingOccurrences(
      of: "in_house_fostering:\n  - {area: north, households: 20, weekly_cost: 450, max_recruits_per_year: 4}", with: ""
    )
    let result = try load(text)
    #expect(
      result.warnings.contains { $0.path == "in_house_fostering" && $0.message.contains("no in-house foster carers") })
  }

  @Test("emergency demand without an emergency section is a warning")
  func missingEmergency() throws {
    let text = valid.replacingOccurrences(
      of: "need_mix: {mainstream_fostering: 0.7, residential: 0.3}",
      with: "need_mix: {mainstream_fostering: 0.7, residential: 0.25, emergency: 0.05}"
    )
    .replacingOccurrences(
      of: "  - {id: homes,",
      with:
        "  - {id: beds, provision: emergency_beds, latitude: 54.6, longitude: -1.2, places: 4, weekly_price: 4000}\n  - {id: homes,"
    )
    let result = try load(text)
    #expect(
      result.warnings.contains { $0.path == "emergency" && $0.message.contains("no emergency beds") },
      "\(result.warnings)")
  }

  @Test("an unmet-need penalty below every price is a warning naming the need groups")
  func penaltyBelowPrices() throws {
    let result = try load(valid + "\npolicy:\n  weekly_unmet_need_penalty: 100\n")
    let warning = result.warnings.first { $0.path == "policy.weekly_unmet_need_penalty" }
    #expect(warning?.message.contains("'mainstream_fostering' (cheapest £450 a week)") == true, "\(result.warnings)")
    #expect(warning?.line == 19)
    #expect(try load(valid + "\npolicy:\n  weekly_unmet_need_penalty: 5000\n").warnings.isEmpty)
  }

  @Test("fractional bounds on whole-number decisions are refused before the solver")
  func fractionalWholeBounds() {
    let recruits = issues(
      valid.replacingOccurrences(
        of: "max_recruits_per_year: 4}", with: "max_recruits_per_year: 2.5, whole_recruits: true}"))
    #expect(recruits.count == 1)
    #expect(recruits.first?.path == "in_house_fostering[0].max_recruits_per_year")
    #expect(recruits.first?.fix.contains("2 or 3") == true, "\(recruits)")
    #expect(
      issues(valid.replacingOccurrences(of: "max_recruits_per_year: 4}", with: "max_recruits_per_year: 2.5}")).isEmpty)
    let beds = issues(
      valid.replacingOccurrences(
        of: "places: 40, weekly_price: 4000}",
        with: "places: 40, weekly_price: 4000, block_contract: {max_beds: 3.5, weekly_price_per_bed: 3500}}"))
    #expect(beds.count == 1 && beds.first?.path == "providers[1].block_contract.max_beds", "\(beds)")
  }

  // MARK: - validate: every problem, at its own line, no knock-ons

  @Test("an entry that fails to read does not shift later entries' lines")
  func linesAfterDroppedEntry() {
    let text = valid.replacingOccurrences(
      of: "  - {area: north, households: 20, weekly_cost: 450, max_recruits_per_year: 4}",
      with: "  - {area: north, households: lots, weekly_cost: 450, max_recruits_per_year: 4}\n"
        + "  - {area: west, households: 20, weekly_cost: 450, max_recruits_per_year: 4}")
    let found = issues(text)
    #expect(found.contains { $0.path == "in_house_fostering[0].households" && $0.line == 17 })
    #expect(
      found.contains { $0.path == "in_house_fostering[1].area" && $0.line == 18 && $0.message.contains("'west'") },
      "\(found)")
  }

  @Test("a wrong authority on an area that also fails to read is reported in the same pass, with no knock-on")
  func wrongAuthorityOnDroppedArea() {
    let text = valid.replacingOccurrences(
      of: "{id: north, authority: la, latitude: 54.6,", with: "{id: north, authority: lx, latitude: 154.6,")
    let found = issues(text)
    #expect(
      found.contains { $0.path == "areas[0].authority" && $0.message.contains("unknown authority 'lx'") }, "\(found)")
    #expect(found.contains { $0.path == "areas[0].latitude" })
    #expect(!found.contains { $0.message.contains("unknown area 'north'") }, "knock-on: \(found)")
    #expect(found.count == 2)
  }

  @Test("a field error in a demand entry is not preceded by 'no demand for authority'")
  func noKnockOnDemand() {
    let found = issues(
      valid.replacingOccurrences(of: "totals: {2021: 100, 2022: 110}", with: "totals: {2021: 100, 2022: many}"))
    #expect(found.count == 1 && found[0].path == "demand[0].totals.2022", "\(found)")
  }

  @Test("a duplicate id is reported at the duplicate's line, naming the first")
  func duplicateID() {
    let found = issues(valid.replacingOccurrences(of: "{id: south,", with: "{id: north,"))
    #expect(found.count == 1)
    #expect(found.first?.line == 8 && found.first?.path == "areas[1].id", "\(found)")
    #expect(found.first?.message.contains("also at areas[0].id") == true)
  }

  @Test("a duplicate key is reported at its second line, without the file pasted in")
  func duplicateKey() {
    let found = issues(
      valid.replacingOccurrences(of: "horizon_years: 2\n", with: "horizon_years: 2\nhorizon_years: 3\n"))
    #expect(found.count == 1)
    #expect(found.first?.line == 4 && found.first?.fix.contains("line 3") == true, "\(found)")
    #expect(found.first.map { !$0.description.contains("authorities") } == true)
  }

  // MARK: - Messages

  @Test("messages hold no parser internals, raw control characters, doubled ranges or Int.max")
  func messageShape() {
    let cases = [
      valid.replacingOccurrences(of: "name: Test", with: "? {a: 1}\n: 2\nname: Test"),
      valid.replacingOccurrences(of: "places: 40,", with: "places: 4\u{0}\u{0}\u{0}\u{0}\u{0}0,"),
      valid.replacingOccurrences(of: "demand_share: 0.5}", with: "demand_share: 1.5}"),
      valid.replacingOccurrences(
        of: "totals: {2021: 100, 2022: 110}", with: "forecast: {history: x.csv, series: a, seed: -1}"),
      valid + "\nb: *undefined\n",
    ]
    for text in cases {
      let found = issues(text)
      #expect(!found.isEmpty)
      for issue in found {
        let line = issue.description
        #expect(!line.contains("Yams") && !line.contains("Node") && !line.contains("0x"), "\(line)")
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 }, "\(line)")
        #expect(!line.contains("9223372036854775807"), "\(line)")
        #expect(!line.contains("between 0 and 1 between"), "\(line)")
      }
    }
  }
}

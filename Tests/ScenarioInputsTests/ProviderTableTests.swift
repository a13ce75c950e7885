import Foundation
import PlacementDomain
import ScenarioInputs
import Testing

/// Providers read from a `providers_csv` table: sibling places read and checked as in the scenario, and columns the
/// reader does not know rejected rather than dropped unread.
@Suite("Providers table")
struct ProviderTableTests {
  /// The issues (or the scenario) from the valid test scenario plus `table` as its providers table.
  func withTable<T>(_ table: String, _ body: (String, URL, String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("provider-table-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("providers.csv")
    try Data(table.utf8).write(to: file)
    return try body(ScenarioLoaderTests.valid + "\nproviders_csv: providers.csv\n", folder, file.path)
  }

  @Test("sibling_places is read from a providers table; blank or absent is none")
  func siblingPlacesRead() throws {
    let table = """
      id,provision,latitude,longitude,places,weekly_price,sibling_places
      agency_a,ifa,54.6,-1.2,30,850,12
      agency_b,ifa,54.6,-1.2,unlimited,870,5
      agency_c,ifa,54.6,-1.2,10,860,

      """
    let providers = try withTable(table) { text, folder, _ in
      try ScenarioLoaderTests().load(text, folder: folder).scenario.providers
    }
    let siblingPlaces = Dictionary(uniqueKeysWithValues: providers.map { ($0.id.rawValue, $0.siblingPlaces) })
    #expect(siblingPlaces == ["ifa": 0, "homes": 0, "agency_a": 12, "agency_b": 5, "agency_c": 0])
    let without = try withTable("id,provision,latitude,longitude,places,weekly_price\nagency_a,ifa,54.6,-1.2,30,850\n")
    { text, folder, _ in try ScenarioLoaderTests().load(text, folder: folder).scenario.providers }
    #expect(without.last?.siblingPlaces == 0)
  }

  @Test("bad sibling_places cells are errors at their file, line and column")
  func siblingPlacesChecked() throws {
    let table = """
      id,provision,latitude,longitude,places,weekly_price,sibling_places
      agency_a,ifa,54.6,-1.2,30,850,31
      agency_b,ifa,54.6,-1.2,30,850,-1
      agency_c,ifa,54.6,-1.2,30,850,some
      agency_d,ifa,54.6,-1.2,30,850,30

      """
    let (found, csv) = try withTable(table) { text, folder, csv in
      (ScenarioLoaderTests().issues(text, folder: folder), csv)
    }
    let errors = found.filter { $0.severity == .error }
    #expect(errors.count == 3, "\(found)")
    #expect(
      errors.contains {
        $0.file == csv && $0.line == 2 && $0.path == "sibling_places"
          && $0.message == "31 sibling places is more than the provider's 30 places"
      }, "\(found)")
    #expect(
      errors.contains {
        $0.file == csv && $0.line == 3 && $0.path == "sibling_places" && $0.message.contains("out of range")
      }, "\(found)")
    #expect(
      errors.contains {
        $0.file == csv && $0.line == 4 && $0.path == "sibling_places" && $0.message.contains("not a plain number")
      }, "\(found)")
    #expect(!found.contains { $0.line == 5 })
  }

  @Test("an unknown, repeated or unnamed column holding values is an error naming it; an empty unnamed one is not")
  func unknownColumns() throws {
    let table = """
      id,provision,latitude,longitude,places,weekly_price,sibling_place,postcode,places,
      agency_a,ifa,54.6,-1.2,30,850,12,TS1,40,

      """
    let (found, csv) = try withTable(table) { text, folder, csv in
      (ScenarioLoaderTests().issues(text, folder: folder), csv)
    }
    #expect(found.count == 3, "\(found)")
    #expect(found.allSatisfy { $0.file == csv && $0.line == 1 && $0.severity == .error })
    let typo = found.first { $0.path == "sibling_place" }
    #expect(typo?.message == "unknown column 'sibling_place'")
    #expect(typo?.fix.hasPrefix("did you mean 'sibling_places'?") == true)
    #expect(found.contains { $0.path == "postcode" && $0.message == "unknown column 'postcode'" })
    #expect(found.contains { $0.path == "places" && $0.message.contains("more than once") })
    let named = table.replacingOccurrences(of: ",sibling_place,postcode,places,", with: ",price_residential,")
      .replacingOccurrences(of: ",12,TS1,40,", with: ",4100,")
    let empty = try withTable(named) { text, folder, _ in ScenarioLoaderTests().issues(text, folder: folder) }
    #expect(empty.isEmpty, "\(empty)")
    let holding = named.replacingOccurrences(of: ",4100,\n", with: ",4100,7\n")
    let unnamed = try withTable(holding) { text, folder, _ in ScenarioLoaderTests().issues(text, folder: folder) }
    #expect(unnamed.count == 1 && unnamed.first?.message == "column 8 has no name but holds values", "\(unnamed)")
  }
}

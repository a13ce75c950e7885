import Foundation
import Testing

@testable import CareEpisodes

/// The hand-made fixture `Fixtures/tiny` (two returns, years ending 31 March 2023 and 2024), whose answers were
/// worked out by hand, child by child (see the comments), and checked with `Fixtures/reference_903.py`.
@Suite("Tiny hand-made returns")
struct TinyFixtureTests {
  let history: EpisodeHistory

  init() throws {
    let postcodes = try PostcodeDistricts(contentsOf: TestFiles.fixture("postcodes-sample.csv"))
    history = try EpisodeHistory.load(folder: TestFiles.fixture("tiny"), options: IngestOptions(postcodes: postcodes))
  }

  @Test("Both returns are found, whatever the case of their names, and the UASC file is ignored")
  func files() {
    #expect(history.years.map(\.year) == [2023, 2024])
    #expect(
      history.quality.files.map(\.name).sorted()
        == ["2023-episodes.csv", "2023-header.csv", "2024-Episodes.CSV", "2024-HEADER.csv"])
    #expect(history.quality.ignoredFiles == ["2024-uasc.csv"])
    #expect(history.quality.episodeRowsRead == 18)
  }

  @Test("Placements running on: of 2023's four, only child 2's children's home is the same placement in 2024")
  func continuation() {
    // Child 1's agency placement ended on 5 January 2024, child 3 moved from kinship care to adoption, child 11
    // left the returns (closed by the cleaner); child 2 stayed in the same home (K2, PR4, NE1 4).
    let rows = history.continuation.rows
    #expect(rows.map(\.year) == [2023, 2023, 2023, 2023])
    #expect(rows.map(\.provisionType) == [.fosteringInHouse, .fosteringAgency, .kinship, .residential])
    #expect(rows.map(\.placed) == [1, 1, 1, 1])
    #expect(rows.map(\.stillPlaced) == [0, 0, 0, 1])
    #expect(history.continuation.pooledShare(of: [.residential]) == 1)
    #expect(history.continuation.pooledShare(of: [.supported]) == nil)
  }

  @Test("Stock at 31 March: 4 in 2023 (children 1, 2, 3, 11) and 4 in 2024 (2, 3, 9, 12)")
  func stock() {
    let (y2023, y2024) = (history.years[0], history.years[1])
    #expect(y2023.lookedAfter == 4)
    #expect(y2024.lookedAfter == 4)
    // 2023: child 1 agency foster (U4/PR4), 2 residential (K2), 3 kinship (U1), 11 in-house foster (U4/PR1).
    #expect(y2023.stock(of: .fosteringAgency) == 1)
    #expect(y2023.stock(of: .residential) == 1)
    #expect(y2023.stock(of: .kinship) == 1)
    #expect(y2023.stock(of: .fosteringInHouse) == 1)
    // 2024: 2 residential, 3 adoption (A4), 9 an unknown code (other), 12 supported (H5). Child 4 left at 18 on
    // 5 March 2024.
    #expect(y2024.stock(of: .residential) == 1)
    #expect(y2024.stock(of: .adoption) == 1)
    #expect(y2024.stock(of: .other) == 1)
    #expect(y2024.stock(of: .supported) == 1)
    #expect(y2024.stock(of: .fosteringInHouse) == 0)
  }

  @Test("Stock by age band at 31 March")
  func ageBands() {
    let (y2023, y2024) = (history.years[0], history.years[1])
    // 2023: child 3 is 0; children 1 (12), 2 (15) and 11 (11) are 10-15.
    #expect(AgeBand.allCases.map { y2023.stock(in: $0) } == [1, 0, 0, 3, 0])
    // 2024: child 3 is 1; 9 is 12; 2 is 16 and 12 is 17.
    #expect(AgeBand.allCases.map { y2024.stock(in: $0) } == [0, 1, 0, 1, 2])
  }

  @Test("Starts and ceases count periods of care, not placement moves")
  func flows() {
    // Starts 2023: children 2, 3, 11 (child 1 came in during 2022). Starts 2024: 4, 5, 9, 10, 12 (6 is a short
    // break; 7 has no date of birth).
    #expect(history.years.map(\.starts) == [3, 5])
    // Ceased 2024: 1 (5 Jan), 4 (18th birthday), 5, 10, and 11 (missing from the 2024 return: 1 April 2023).
    #expect(history.years.map(\.ceased) == [0, 5])
  }

  @Test("Every cleaning rule fires as many times as the fixture was built for")
  func cleaningCounts() {
    let quality = history.quality
    #expect(quality.shortBreakEpisodesExcluded == 1)  // child 6, LS V3
    #expect(quality.exactDuplicatesDropped == 1)  // child 2's open episode in both returns
    #expect(quality.supersededVersionsDropped == 2)  // children 1 and 3: open in 2023, closed in 2024
    #expect(quality.sameEndDropped == 1)  // child 10: two episodes ending 01/08/2023
    #expect(quality.overlapsShortened == 1)  // child 3: kinship ends 15/09 after adoption starts 01/09
    #expect(quality.openEpisodesMissingFromLaterReturns == 1)  // child 11
    #expect(quality.episodesClosedAt18 == 1)  // child 4
    #expect(quality.episodesWithoutDateOfBirth == 1)  // child 7
    #expect(quality.unknownPlacementCodes == ["X9/PR1": 1])  // child 9
    #expect(quality.episodesKept == 12)
    #expect(quality.childrenKept == 9)  // 1, 2, 3, 4, 5, 9, 10, 11, 12
    #expect(quality.problems.isEmpty)
    #expect(quality.warnings.count == 1)
  }

  @Test("Overlapping and open episodes end where the next one starts; missing children leave on 1 April")
  func endDates() throws {
    let kinship = try #require(history.episodes.first { $0.child == "3" && $0.place == "U1" })
    #expect(kinship.end == CalendarDay.parse("01/09/2023"))
    let vanished = try #require(history.episodes.first { $0.child == "11" })
    #expect(vanished.end == CalendarDay.parse("01/04/2023"))
    let leaver = try #require(history.episodes.first { $0.child == "4" })
    #expect(leaver.end == CalendarDay.parse("05/03/2024"))
    let stillIn = try #require(history.episodes.first { $0.child == "12" })
    #expect(stillIn.end == nil)
  }

  @Test("Emergency arrivals: teenagers starting care; stays counted to the end of the data when open")
  func emergency() throws {
    // 2023: child 2 (14). 2024: children 4 (17), 5 (13) and 12 (17); 9 and 10 are 12.
    #expect(history.years.map(\.emergencyArrivals) == [1, 3])
    #expect(history.years[0].emergencyMeanStayDays == nil)
    let stay4 = TestFiles.days(from: "01/06/2023", to: "05/03/2024")
    let stay5 = TestFiles.days(from: "10/04/2023", to: "20/04/2023")
    let stay12 = TestFiles.days(from: "01/12/2023", to: "31/03/2024")
    #expect(history.years[1].emergencyMeanStayDays == Double(stay4 + stay5 + stay12) / 2)
    let stay2 = TestFiles.days(from: "20/05/2022", to: "31/03/2024")
    #expect(history.emergency.arrivalsPerYear == 2)
    #expect(history.emergency.meanStayDays == Double(stay2 + stay4 + stay5 + stay12) / 2)
    let load = try #require(history.emergency.offeredLoadBeds)
    #expect(abs(load - 2 * Double(stay2 + stay4 + stay5 + stay12) / 2 / 365.25) < 1e-9)
  }

  @Test("A stricter emergency rule (police protection, any age) picks only child 2")
  func customEmergencyRule() throws {
    let rule = EmergencyRule(reasonsForNewEpisode: [], legalStatuses: ["L1", "L2"], minimumAge: 0, maximumAge: 17)
    let strict = try EpisodeHistory.load(folder: TestFiles.fixture("tiny"), options: IngestOptions(emergencyRule: rule))
    #expect(strict.years.map(\.emergencyArrivals) == [1, 0])
  }

  @Test("Distance from home: TS10 to NE1 is beyond 20 miles, TS10 to TS14 and TS6 to DL1 within")
  func distances() {
    let (y2023, y2024) = (history.years[0], history.years[1])
    // 2023: 1 (TS10-TS14) and 11 (TS10 1AB - ts14 6aa) within; 2 (TS10-NE1) beyond; 3 has no placement postcode.
    #expect(y2023.distance == DistanceCounts(withinLimit: 2, beyondLimit: 1, unknown: 1))
    #expect(y2023.distanceByProvision[.residential]?.shareBeyondLimit == 1)
    #expect(y2023.distanceByProvision[.fosteringAgency]?.shareBeyondLimit == 0)
    #expect(y2023.distanceByProvision[.kinship]?.shareBeyondLimit == nil)
    // 2024: 3 (TS10-TS14) and 12 (TS6-DL1) within; 2 beyond; 9 blank.
    #expect(y2024.distance == DistanceCounts(withinLimit: 2, beyondLimit: 1, unknown: 1))
    #expect(y2024.distance.shareBeyondLimit == 1.0 / 3.0)
  }

  @Test("Lengths of stay of the periods ending in 2024")
  func lengthsOfStay() {
    let stays = history.lengthOfStay[1]
    // 1: 703 days (1-2 years); 4: 278 and 11: 304 (6-12 months); 5: 81 (1-3 months); 10: 92 (3-6 months).
    #expect(stays.counts == [0, 0, 1, 1, 2, 1, 0, 0])
    let total = [
      ("01/02/2022", "05/01/2024"), ("01/06/2023", "05/03/2024"), ("01/06/2022", "01/04/2023"),
      ("10/04/2023", "30/06/2023"), ("01/05/2023", "01/08/2023"),
    ]
    .map { TestFiles.days(from: $0.0, to: $0.1) }.reduce(0, +)
    #expect(stays.meanDays == Double(total) / 5)
    #expect(history.lengthOfStay[0].periods == 0)
  }

  @Test("The history CSV has the panel's columns and the same figures")
  func historyCSV() {
    let text = history.historyDocument(laCode: "E06000003", laName: "Redcar and Cleveland").render()
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("time_period,new_la_code,la_code_harmonised,la_name,cla_31mar,starts,ceased,pl_foster,"))
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let row = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    func cell(_ name: String) -> String? { header.firstIndex(of: name).map { row[$0] } }
    #expect(cell("time_period") == "2024")
    #expect(cell("new_la_code") == "E06000003")
    #expect(cell("cla_31mar") == "4")
    #expect(cell("starts") == "5")
    #expect(cell("ceased") == "5")
    #expect(cell("stock_supported") == "1")
    #expect(cell("age_16_plus") == "2")
    #expect(cell("emergency_arrivals") == "3")
    #expect(cell("pct_gt20mi") == "0.3333")
    #expect(cell("pct_gt20mi_residential") == "1.0000")
    #expect(cell("pct_gt20mi_kinship") == "")
    #expect(cell("pl_foster") == "0")
    #expect(cell("pl_foster_share") == "0.0000")
    let row2023 = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    // 2023: three of the four in foster care (in-house, agency, kinship).
    #expect(header.firstIndex(of: "pl_foster_share").map { row2023[$0] } == "0.7500")
  }

  @Test("Two runs give the same bytes")
  func deterministic() throws {
    let again = try EpisodeHistory.load(
      folder: TestFiles.fixture("tiny"),
      options: IngestOptions(postcodes: try PostcodeDistricts(contentsOf: TestFiles.fixture("postcodes-sample.csv"))))
    #expect(
      again.historyDocument(laCode: "", laName: "").render()
        == history.historyDocument(laCode: "", laName: "").render())
    #expect(again.quality.render() == history.quality.render())
  }
}

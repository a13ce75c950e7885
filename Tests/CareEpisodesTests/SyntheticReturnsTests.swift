import Foundation
import Testing

@testable import CareEpisodes

/// The shipped synthetic returns (`Data/ssda903-synthetic`, MIT, from data-to-insight/cs-demand-model). Expected
/// figures come from `Fixtures/reference_903.py`, an independent Python implementation of the cleaning rules.
@Suite("Shipped synthetic returns")
struct SyntheticReturnsTests {
  @Test("Five returns give the years ending March 2018 to 2022 with the reference's stock and flows")
  func annualSeries() throws {
    let folder = TestFiles.packageRoot.appendingPathComponent("Data/ssda903-synthetic")
    let history = try EpisodeHistory.load(folder: folder)
    #expect(history.years.map(\.year) == [2018, 2019, 2020, 2021, 2022])
    #expect(history.years.map(\.lookedAfter) == [463, 286, 181, 119, 55])
    #expect(history.years.map(\.starts) == [182, 30, 21, 19, 9])
    #expect(history.years.map(\.ceased) == [254, 207, 126, 81, 73])
    let quality = history.quality
    #expect(quality.episodeRowsRead == 3_737)
    #expect(quality.shortBreakEpisodesExcluded == 574)
    #expect(quality.exactDuplicatesDropped == 0)
    #expect(quality.supersededVersionsDropped == 767)
    #expect(quality.overlapsShortened == 28)
    #expect(quality.openEpisodesMissingFromLaterReturns == 20)
    #expect(quality.episodesKept == 2_396)
    #expect(quality.notes.contains { $0.contains("file names give the year each return starts") })
    // Stock by type and band add up to the total.
    for year in history.years {
      #expect(EpisodeProvisionType.allCases.map { year.stock(of: $0) }.reduce(0, +) == year.lookedAfter)
      #expect(AgeBand.allCases.map { year.stock(in: $0) }.reduce(0, +) == year.lookedAfter)
    }
  }
}

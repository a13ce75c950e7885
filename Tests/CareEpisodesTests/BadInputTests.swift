import Foundation
import TableIO
import Testing

@testable import CareEpisodes

@Suite("Bad input")
struct BadInputTests {
  @Test("Rows with bad dates, an end before the start or no child are dropped and reported with file and line")
  func badRows() throws {
    let history = try EpisodeHistory.load(folder: TestFiles.fixture("bad-rows"))
    let problems = history.quality.problems.sorted()
    #expect(problems.map(\.line) == [3, 4, 5, 6, 6])
    #expect(problems.map(\.column) == ["DECOM", "DEC", "DEC", "CHILD", "DOB"])
    #expect(problems.allSatisfy { $0.file.hasSuffix("2024-episodes.csv") || $0.file.hasSuffix("2024-header.csv") })
    #expect(problems[0].description.contains("2024-episodes.csv:3: column DECOM: '31/02/2024' is not a date"))
    #expect(problems[2].message.contains("before it starts"))
    #expect(history.quality.episodeRowsRejected == 4)
    // Child 5's row is valid (quoted cells) but the header gives no valid date of birth.
    #expect(history.quality.episodesWithoutDateOfBirth == 1)
    #expect(history.episodes.map(\.child) == ["1"])
    #expect(
      history.quality.render().contains("2024-episodes.csv:5: column DEC: ends 01/04/2023 before it starts 01/05/2023"))
  }

  @Test("Missing columns make the files unusable, naming every missing column")
  func missingColumns() {
    do {
      _ = try EpisodeHistory.load(folder: TestFiles.fixture("missing-columns"))
      Issue.record("expected an error")
    } catch let error as EpisodeIngestError {
      #expect(error.isInvalidInput)
      #expect(error.description.contains("2024-episodes.csv:1"))
      #expect(error.description.contains("PLACE_PROVIDER, DEC"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test("A folder without an episodes file is reported, listing what it holds")
  func noEpisodes() {
    #expect(
      throws: EpisodeIngestError.noEpisodeFiles(
        folder: TestFiles.fixture("header-only").path, found: ["2024-header.csv"])
    ) {
      try EpisodeHistory.load(folder: TestFiles.fixture("header-only"))
    }
    let missing = TestFiles.fixture("no-such-folder")
    #expect(throws: EpisodeIngestError.folderNotFound(path: missing.path, reason: "it does not exist")) {
      try EpisodeHistory.load(folder: missing)
    }
  }

  @Test("When no row survives, the files are unusable and the reasons are listed")
  func nothingLeft() {
    do {
      _ = try EpisodeHistory.load(folder: TestFiles.fixture("all-bad"))
      Issue.record("expected an error")
    } catch let error as EpisodeIngestError {
      #expect(error.description.contains("no usable episode"))
      #expect(error.description.contains("2024-episodes.csv:2: column DECOM"))
      #expect(error.description.contains("2024-episodes.csv:3: column DEC"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test("A centroid file without coordinates is refused")
  func badPostcodes() {
    #expect(throws: EpisodeIngestError.self) {
      try PostcodeDistricts(contentsOf: TestFiles.fixture("mapping-override.csv"))
    }
  }
}

@Suite("Years of the returns")
struct ReturnYearTests {
  @Test("Names giving the start year are read as the year ending the next 31 March; an odd file is warned about")
  func startYearNames() throws {
    let history = try EpisodeHistory.load(folder: TestFiles.fixture("start-year-names"))
    // 2022-episodes.csv starts 1 May 2022 (year to March 2023) and 2023-episodes.csv 1 June 2023 (to March 2024),
    // so names give start years; 2024-episodes.csv has no start after March 2024 and is flagged.
    #expect(history.years.map(\.year) == [2023, 2024, 2025])
    #expect(history.quality.notes.contains { $0.contains("file names give the year each return starts") })
    #expect(history.quality.warnings.count == 1)
    #expect(history.quality.warnings.first?.file.hasSuffix("2024-episodes.csv") == true)
    // Both children are still looked after at each 31 March from 2024 (child 2 started June 2023).
    #expect(history.years.map(\.lookedAfter) == [1, 2, 2])
  }
}

@Suite("Bad input: impossible dates of birth")
struct ImpossibleBirthTests {
  @Test("A date of birth after the return and an episode starting before birth are dropped, counted and listed")
  func impossibleBirths() throws {
    let history = try EpisodeHistory.load(folder: TestFiles.fixture("impossible-births"))
    #expect(history.quality.datesOfBirthAfterReturn == 1)
    #expect(history.quality.episodesStartingBeforeBirthDropped == 1)
    #expect(history.episodes.map(\.child) == ["1"])
    let problems = history.quality.problems.sorted().map(\.description)
    #expect(
      problems.contains { $0.contains("2024-header.csv:3: column DOB: date of birth 01/01/2030 is after the end") })
    #expect(
      problems.contains {
        $0.contains("2024-episodes.csv:4: column DECOM: episode starts on") && $0.contains("before child 3")
      })
    #expect(history.quality.render().contains("episodes starting before the date of birth dropped: 1"))
  }
}

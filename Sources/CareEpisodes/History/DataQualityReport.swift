import TableIO

/// What was read, fixed and dropped while turning SSDA903 files into a history.
public struct DataQualityReport: Sendable, Equatable {
  /// One file read.
  public struct FileSummary: Sendable, Equatable {
    /// The file name.
    public let name: String
    /// `episodes` or `header`.
    public let kind: String
    /// The year in the name.
    public let nameYear: Int
    /// The collection year (ending 31 March) the file covers, from its latest start date (episodes files).
    public let collectionYear: Int
    /// Data rows read.
    public let rows: Int
  }

  /// Every file read, in order.
  public internal(set) var files: [FileSummary] = []
  /// CSV files in the folder that are not Header or Episodes files (ignored).
  public internal(set) var ignoredFiles: [String] = []
  /// Notes on how the files were interpreted.
  public internal(set) var notes: [String] = []
  /// Rows that could not be used (blank CHILD, dates that do not parse, an end before its start, a bad date of
  /// birth), each with file and line. The rows are dropped.
  public internal(set) var problems: [IngestProblem] = []
  /// Warnings: unknown placement codes (first place each occurs), missing optional columns.
  public internal(set) var warnings: [IngestProblem] = []
  /// Episode rows read from all files.
  public internal(set) var episodeRowsRead = 0
  /// Episode rows dropped because of a problem above.
  public internal(set) var episodeRowsRejected = 0
  /// Episodes under a series of short breaks (LS V3, V4) left out, as in DfE's counts.
  public internal(set) var shortBreakEpisodesExcluded = 0
  /// Rows identical to another (the same episode repeated in the next year's return).
  public internal(set) var exactDuplicatesDropped = 0
  /// Versions of an episode (same child and start) replaced by another version: the one with the latest end date,
  /// preferring a closed one and then the latest return.
  public internal(set) var supersededVersionsDropped = 0
  /// Episodes dropped because a longer episode of the same child ends on the same day.
  public internal(set) var sameEndDropped = 0
  /// Open episodes closed on the start day of the child's next episode.
  public internal(set) var openEpisodesClosedAtNextStart = 0
  /// Episodes whose end date was after the start of the child's next episode, shortened to end there.
  public internal(set) var overlapsShortened = 0
  /// Episodes open in one return whose child is absent from every later return; closed on 1 April after that
  /// return's year.
  public internal(set) var openEpisodesMissingFromLaterReturns = 0
  /// Episodes running past the child's 18th birthday (on or before the end of the data when open), closed on it.
  public internal(set) var episodesClosedAt18 = 0
  /// Episodes starting on or after the child's 18th birthday, dropped.
  public internal(set) var episodesStartingAfter18Dropped = 0
  /// Episodes of children with no valid date of birth in any Header file, dropped.
  public internal(set) var episodesWithoutDateOfBirth = 0
  /// Header rows whose date of birth is after the end of their return (a typo, or a date in the future), not used.
  public internal(set) var datesOfBirthAfterReturn = 0
  /// Episodes starting before the child's date of birth, dropped (one of the two dates is wrong).
  public internal(set) var episodesStartingBeforeBirthDropped = 0
  /// Children whose date of birth differs between Header files (the latest return's is used).
  public internal(set) var dateOfBirthConflicts = 0
  /// PLACE/PLACE_PROVIDER combinations no mapping rule matches, with the number of cleaned episodes; mapped to
  /// `other`.
  public internal(set) var unknownPlacementCodes: [String: Int] = [:]
  /// Episodes kept after cleaning.
  public internal(set) var episodesKept = 0
  /// Children with at least one kept episode.
  public internal(set) var childrenKept = 0
  /// Child-years at 31 March whose home postcode district is blank or not in the centroid file.
  public internal(set) var stockWithoutHomeDistrict = 0
  /// Child-years at 31 March whose placement postcode district is blank or not in the centroid file.
  public internal(set) var stockWithoutPlacementDistrict = 0
  /// Postcode districts not found in the centroid file, with how often they occur in the 31 March counts.
  public internal(set) var unmatchedDistricts: [String: Int] = [:]

  /// The report as plain text, the same for the same input.
  public func render(maximumProblems: Int = 1000) -> String {
    var lines: [String] = ["SSDA903 data-quality report", ""]
    lines.append("Files read:")
    for file in files {
      lines.append(
        "  \(file.name): \(file.kind), name year \(file.nameYear), covers year ending 31 March "
          + "\(file.collectionYear), \(file.rows) rows")
    }
    if !ignoredFiles.isEmpty {
      lines.append("Ignored (not Header or Episodes): " + ignoredFiles.joined(separator: ", "))
    }
    for note in notes { lines.append("Note: " + note) }
    lines.append("")
    lines.append("Episodes:")
    let counts: [(String, Int)] = [
      ("rows read", episodeRowsRead),
      ("rows rejected (see problems)", episodeRowsRejected),
      ("short-break episodes excluded (LS V3/V4)", shortBreakEpisodesExcluded),
      ("exact duplicates dropped", exactDuplicatesDropped),
      ("superseded versions dropped (same child and start)", supersededVersionsDropped),
      ("dropped: a longer episode ends the same day", sameEndDropped),
      ("open episodes closed at the next episode's start", openEpisodesClosedAtNextStart),
      ("overlapping episodes shortened to the next start", overlapsShortened),
      ("open episodes missing from later returns, closed 1 April", openEpisodesMissingFromLaterReturns),
      ("episodes closed at the 18th birthday", episodesClosedAt18),
      ("episodes starting at 18 or over dropped", episodesStartingAfter18Dropped),
      ("episodes without a valid date of birth dropped", episodesWithoutDateOfBirth),
      ("dates of birth after the end of their return (not used)", datesOfBirthAfterReturn),
      ("episodes starting before the date of birth dropped", episodesStartingBeforeBirthDropped),
      ("children with conflicting dates of birth (latest used)", dateOfBirthConflicts),
      ("episodes kept", episodesKept),
      ("children kept", childrenKept),
    ]
    for (label, value) in counts { lines.append("  \(label): \(value)") }
    lines.append("")
    if unknownPlacementCodes.isEmpty {
      lines.append("Unknown placement codes: none")
    } else {
      lines.append("Unknown placement codes (PLACE/PLACE_PROVIDER, episodes; mapped to other):")
      for (code, count) in unknownPlacementCodes.sorted(by: { $0.key < $1.key }) { lines.append("  \(code): \(count)") }
    }
    lines.append("")
    lines.append("Distance (children looked after at 31 March, all years):")
    lines.append("  home district blank or unknown: \(stockWithoutHomeDistrict)")
    lines.append("  placement district blank or unknown: \(stockWithoutPlacementDistrict)")
    if !unmatchedDistricts.isEmpty {
      let top = unmatchedDistricts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(20)
      lines.append(
        "  most frequent unmatched districts: "
          + top.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
    }
    lines.append("")
    lines.append("Warnings: \(warnings.count)")
    for warning in warnings.sorted() { lines.append("  " + warning.description) }
    lines.append("")
    lines.append("Problems (rows dropped): \(problems.count)")
    for problem in problems.sorted().prefix(maximumProblems) { lines.append("  " + problem.description) }
    if problems.count > maximumProblems { lines.append("  … and \(problems.count - maximumProblems) more") }
    return lines.joined(separator: "\n") + "\n"
  }
}

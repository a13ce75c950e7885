import Foundation
import TableIO

/// Reads the Header and Episodes files of a folder into raw episodes and dates of birth, recording problems with
/// file and line. Rows with a problem are dropped; a file that lacks required columns makes the folder unusable.
struct EpisodeFileReader {
  /// Columns every Episodes file needs.
  static let requiredEpisodeColumns = ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC"]
  /// Columns used when present.
  static let optionalEpisodeColumns = ["REC", "HOME_POST", "PL_POST"]
  /// Columns every Header file needs.
  static let requiredHeaderColumns = ["CHILD", "DOB"]

  /// Episodes as read, with DECOM, DEC and codes parsed; not yet joined to dates of birth or cleaned.
  private(set) var episodes: [CareEpisode] = []
  /// Dates of birth by child, from the latest Header file that gives one.
  private(set) var datesOfBirth: [String: CalendarDay] = [:]
  /// Problems and counts so far.
  private(set) var report = DataQualityReport()
  /// Problems that make the files unusable (missing columns, unreadable files).
  private(set) var fatalProblems: [IngestProblem] = []

  /// Reads every file of the folder.
  init(folder: SSDA903Folder, mapping: PlacementMapping) {
    report.ignoredFiles = folder.ignored
    fatalProblems += folder.problems
    var latestStarts: [(file: SSDA903Folder.File, rows: Int, latestStart: CalendarDay?)] = []
    for file in folder.episodes {
      if let read = readEpisodes(file, mapping: mapping) { latestStarts.append((file, read.rows, read.latestStart)) }
    }
    // Names carry either the year a return starts or the year it ends: take the offset most files agree on, from
    // the year ending 31 March that holds each file's latest start date.
    let offsets = latestStarts.compactMap { entry in entry.latestStart.map { $0.collectionYear - entry.file.nameYear } }
    let counts = Dictionary(grouping: offsets, by: { $0 }).mapValues(\.count)
    let offset = counts.sorted { ($0.value, -abs($0.key)) > ($1.value, -abs($1.key)) }.first?.key ?? 0
    for index in episodes.indices { episodes[index].returnYear += offset }
    for entry in latestStarts {
      let year = entry.file.nameYear + offset
      report.files.append(
        DataQualityReport.FileSummary(
          name: entry.file.url.lastPathComponent, kind: "episodes", nameYear: entry.file.nameYear,
          collectionYear: year, rows: entry.rows))
      if let latest = entry.latestStart, latest.collectionYear != year {
        report.warnings.append(
          IngestProblem(
            file: entry.file.url.path, line: nil, column: "DECOM",
            message: "the latest start date, \(latest), falls in the year ending 31 March \(latest.collectionYear), "
              + "but the other files' names put this return in the year ending 31 March \(year); check that it is "
              + "that year's return"))
      }
    }
    for file in folder.headers { readHeader(file, collectionYear: file.nameYear + offset) }
    if offset == 1 {
      report.notes.append(
        "file names give the year each return starts (a file named 2019 covers April 2019 to "
          + "March 2020); years below are the years ending 31 March")
    } else if offset != 0 {
      report.notes.append("file-name years are \(offset) years off the dates inside the files; the dates were used")
    }
  }

  private mutating func readTable(_ file: SSDA903Folder.File) -> FastCSVReader? {
    do {
      return try FastCSVReader(contentsOf: file.url)
    } catch let error as TableIOError {
      fatalProblems.append(IngestProblem(file: file.url.path, line: nil, column: nil, message: error.description))
    } catch {
      fatalProblems.append(IngestProblem(file: file.url.path, line: nil, column: nil, message: "\(error)"))
    }
    return nil
  }

  private mutating func columns(_ names: [String], in table: FastCSVReader, path: String) -> [Int]? {
    let indices = names.map { table.columnIndex($0) }
    let missing = zip(names, indices).filter { $0.1 == nil }.map(\.0)
    if !missing.isEmpty {
      fatalProblems.append(
        IngestProblem(
          file: path, line: 1, column: nil,
          message: "missing column(s) \(missing.joined(separator: ", ")); found \(table.header.joined(separator: ", "))"
        ))
      return nil
    }
    return indices.compactMap { $0 }
  }

  /// Reads one episodes file into ``episodes`` (return year: the year in the name for now); `nil` when unusable.
  private mutating func readEpisodes(
    _ file: SSDA903Folder.File, mapping: PlacementMapping
  ) -> (rows: Int, latestStart: CalendarDay?)? {
    let path = file.url.path
    guard let table = readTable(file) else { return nil }
    for line in table.overlongRowLines {
      report.warnings.append(
        IngestProblem(
          file: path, line: line, column: nil,
          message: "more cells than header columns; extra cells ignored"))
    }
    guard let required = columns(Self.requiredEpisodeColumns, in: table, path: path) else { return nil }
    let optional = Self.optionalEpisodeColumns.map { table.columnIndex($0) }
    for (name, index) in zip(Self.optionalEpisodeColumns, optional) where index == nil {
      report.warnings.append(
        IngestProblem(
          file: path, line: 1, column: name,
          message: "column missing; treated as blank"))
    }
    let (child, decom, rne, legal, need, place, provider, dec) =
      (required[0], required[1], required[2], required[3], required[4], required[5], required[6], required[7])
    var latestStart: CalendarDay?
    for (index, row) in table.rows.enumerated() {
      let line = table.lineNumbers[index]
      let childID = row[child].asciiTrimmed
      guard !childID.isEmpty else {
        reject(IngestProblem(file: path, line: line, column: "CHILD", message: "blank child identifier"))
        continue
      }
      guard let start = CalendarDay.parse(row[decom].utf8) else {
        reject(
          IngestProblem(
            file: path, line: line, column: "DECOM",
            message: "'\(row[decom])' is not a date (DD/MM/YYYY)"))
        continue
      }
      if latestStart.map({ start > $0 }) ?? true { latestStart = start }
      var end: CalendarDay?
      if !Self.isBlank(row[dec]) {
        guard let parsedEnd = CalendarDay.parse(row[dec].utf8) else {
          reject(
            IngestProblem(
              file: path, line: line, column: "DEC",
              message: "'\(row[dec])' is not a date (DD/MM/YYYY) or blank"))
          continue
        }
        guard parsedEnd >= start else {
          reject(
            IngestProblem(
              file: path, line: line, column: "DEC",
              message: "ends \(parsedEnd) before it starts \(start)"))
          continue
        }
        end = parsedEnd
      }
      let placeCode = Self.code(row[place])
      let providerCode = Self.code(row[provider])
      episodes.append(
        CareEpisode(
          child: childID, start: start, end: end, reasonForNewEpisode: Self.code(row[rne]),
          legalStatus: Self.code(row[legal]), categoryOfNeed: Self.code(row[need]), place: placeCode,
          provider: providerCode, reasonEnded: optional[0].map { Self.code(row[$0]) } ?? "",
          homePostcode: optional[1].map { row[$0] } ?? "", placementPostcode: optional[2].map { row[$0] } ?? "",
          provisionType: mapping.provisionType(place: placeCode, provider: providerCode) ?? .other,
          returnYear: file.nameYear, sourceFile: path, sourceLine: line))
    }
    report.episodeRowsRead += table.rows.count
    return (table.rows.count, latestStart)
  }

  private mutating func readHeader(_ file: SSDA903Folder.File, collectionYear: Int) {
    let path = file.url.path
    guard let table = readTable(file) else { return }
    guard let required = columns(Self.requiredHeaderColumns, in: table, path: path) else { return }
    report.files.append(
      DataQualityReport.FileSummary(
        name: file.url.lastPathComponent, kind: "header", nameYear: file.nameYear, collectionYear: collectionYear,
        rows: table.rows.count))
    for (index, row) in table.rows.enumerated() {
      let line = table.lineNumbers[index]
      let childID = row[required[0]].asciiTrimmed
      if childID.isEmpty { continue }
      guard let birth = CalendarDay.parse(row[required[1]].utf8) else {
        report.problems.append(
          IngestProblem(
            file: path, line: line, column: "DOB",
            message: "'\(row[required[1]])' is not a date (DD/MM/YYYY)"))
        continue
      }
      let returnEnd = CalendarDay.thirtyFirstMarch(collectionYear)
      if birth > returnEnd {
        report.datesOfBirthAfterReturn += 1
        report.problems.append(
          IngestProblem(
            file: path, line: line, column: "DOB",
            message: "date of birth \(row[required[1]].asciiTrimmed) is after the end of this return (\(returnEnd)); "
              + "correct it (the child's episodes are dropped without a date of birth)"))
        continue
      }
      if let previous = datesOfBirth[childID], previous != birth { report.dateOfBirthConflicts += 1 }
      datesOfBirth[childID] = birth
    }
  }

  private mutating func reject(_ problem: IngestProblem) {
    report.problems.append(problem)
    report.episodeRowsRejected += 1
  }

  /// A code cell, trimmed and upper case.
  static func code(_ cell: String) -> String { cell.asciiTrimmedUppercased }

  static func isBlank(_ cell: String) -> Bool { cell.utf8.allSatisfy { $0 == 32 || $0 == 9 } }
}

import Foundation
import Geodesy

/// A council's looked-after history built from its SSDA903 returns: cleaned episodes, the annual series at each
/// 31 March, emergency arrivals, lengths of stay, and the data-quality report.
///
/// ```swift
/// let history = try EpisodeHistory.load(folder: URL(fileURLWithPath: "903"), options: IngestOptions())
/// for year in history.years { print(year.year, year.lookedAfter, year.starts, year.ceased) }
/// ```
public struct EpisodeHistory: Sendable {
  /// Cleaned episodes, sorted by child and start.
  public let episodes: [CareEpisode]
  /// One entry per year ending 31 March covered by the returns, in order.
  public let years: [AnnualHistory]
  /// Lengths of the periods of care that ended in each year, in the same order.
  public let lengthOfStay: [LengthOfStay]
  /// Emergency arrivals and stays.
  public let emergency: EmergencyArrivals
  /// What was read, fixed and dropped.
  public let quality: DataQualityReport
  /// The last day the data covers: 31 March of the last year.
  public let dataEnd: CalendarDay

  /// Reads every `*episodes*.csv` and `*header*.csv` file of a folder (names carry a four-digit year, in any case),
  /// cleans the episodes and builds the history.
  ///
  /// Rows with problems are dropped and listed in ``quality``. Throws ``EpisodeIngestError`` when the files cannot
  /// be used: no episodes file, a file missing required columns or unreadable, or no valid episode left.
  public static func load(folder: URL, options: IngestOptions = IngestOptions()) throws -> EpisodeHistory {
    let listing = try SSDA903Folder(folder: folder)
    let reader = EpisodeFileReader(folder: listing, mapping: options.mapping)
    if !reader.fatalProblems.isEmpty { throw EpisodeIngestError.unusable(problems: reader.fatalProblems.sorted()) }
    var report = reader.report
    let years = report.files.filter { $0.kind == "episodes" }.map(\.collectionYear)
    guard let firstYear = years.min(), let lastYear = years.max() else {
      throw EpisodeIngestError.noEpisodeFiles(folder: folder.path, found: [])
    }
    let episodes = EpisodeCleaner.clean(
      reader.episodes, datesOfBirth: reader.datesOfBirth, includeShortBreaks: options.includeShortBreaks,
      dataEnd: CalendarDay.thirtyFirstMarch(lastYear), report: &report)
    if episodes.isEmpty {
      let reason = IngestProblem(
        file: folder.path, line: nil, column: nil,
        message: "no usable episode after cleaning (\(report.episodeRowsRejected) rows rejected, "
          + "\(report.episodesWithoutDateOfBirth) without a date of birth in the Header files)")
      throw EpisodeIngestError.unusable(problems: [reason] + report.problems.sorted().prefix(49))
    }
    Self.countUnknownCodes(episodes, mapping: options.mapping, report: &report)
    if options.postcodes == nil {
      report.notes.append("no postcode centroid file given: every distance is unknown")
    }
    return build(
      episodes: episodes, years: Array(firstYear...lastYear), options: options, report: report)
  }

  /// Builds the history from cleaned episodes (sorted by child and start, with dates of birth); used by ``load``
  /// and by tests.
  static func build(
    episodes: [CareEpisode], years: [Int], options: IngestOptions, report: DataQualityReport
  ) -> EpisodeHistory {
    var report = report
    let lastYear = years.last ?? 0
    let dataEnd = CalendarDay.thirtyFirstMarch(lastYear)
    var annual = years.map { AnnualHistory(year: $0) }
    var stays = years.map { LengthOfStay(year: $0) }
    let indexOfYear = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($0.element, $0.offset) })
    let provisionColumn = Dictionary(
      uniqueKeysWithValues: EpisodeProvisionType.allCases.enumerated().map { ($0.element, $0.offset) })
    var emergencyDays = years.map { _ in 0 }
    var emergencyClosed = years.map { _ in 0 }
    var periodStart = episodes.first?.start ?? dataEnd

    for episode in episodes {
      if episode.startsPeriodOfCare { periodStart = episode.start }
      if episode.startsPeriodOfCare, let index = indexOfYear[episode.start.collectionYear] {
        annual[index].starts += 1
      }
      if episode.endsPeriodOfCare, let end = episode.end, let index = indexOfYear[end.collectionYear] {
        annual[index].ceased += 1
        stays[index].add(days: end.dayNumber - periodStart.dayNumber)
      }
      if let index = indexOfYear[episode.start.collectionYear], let age = episode.age(on: episode.start),
        options.emergencyRule.matches(
          reasonForNewEpisode: episode.reasonForNewEpisode, legalStatus: episode.legalStatus,
          categoryOfNeed: episode.categoryOfNeed, ageAtStart: age)
      {
        annual[index].emergencyArrivals += 1
        let observedEnd = min(episode.end ?? dataEnd, dataEnd)
        emergencyDays[index] += max(0, observedEnd.dayNumber - episode.start.dayNumber)
        if let end = episode.end, end <= dataEnd { emergencyClosed[index] += 1 }
      }
      // Census days this episode spans.
      let firstCensus = episode.start.collectionYear
      let lastCensus = (episode.end.map { $0.adding(days: -1) } ?? dataEnd).collectionYear
      let fromYear = max(firstCensus, years.first ?? 0)
      let toYear = min(lastCensus, lastYear)
      guard fromYear <= toYear else { continue }
      for year in fromYear...toYear {
        guard let index = indexOfYear[year] else { continue }
        let census = CalendarDay.thirtyFirstMarch(year)
        guard episode.isOpen(atEndOf: census), let age = episode.age(on: census) else { continue }
        annual[index].lookedAfter += 1
        annual[index].stockByAgeBandAndProvision[AgeBand(ageInYears: age).rawValue][
          provisionColumn[episode.provisionType] ?? 0] += 1
        var counts = annual[index].distanceByProvision[episode.provisionType] ?? DistanceCounts()
        let home = options.postcodes?.centroid(of: episode.homePostcode)
        let placement = options.postcodes?.centroid(of: episode.placementPostcode)
        if let home, let placement {
          let miles = GreatCircle.miles(
            latitude1: home.latitude, longitude1: home.longitude,
            latitude2: placement.latitude, longitude2: placement.longitude)
          if miles > options.farFromHomeMiles { counts.beyondLimit += 1 } else { counts.withinLimit += 1 }
        } else {
          counts.unknown += 1
        }
        annual[index].distanceByProvision[episode.provisionType] = counts
        if home == nil {
          report.stockWithoutHomeDistrict += 1
          if options.postcodes != nil, let district = PostcodeDistricts.district(of: episode.homePostcode) {
            report.unmatchedDistricts[district, default: 0] += 1
          }
        }
        if placement == nil {
          report.stockWithoutPlacementDistrict += 1
          if options.postcodes != nil, let district = PostcodeDistricts.district(of: episode.placementPostcode) {
            report.unmatchedDistricts[district, default: 0] += 1
          }
        }
      }
    }
    for index in annual.indices where emergencyClosed[index] > 0 {
      annual[index].emergencyMeanStayDays = Double(emergencyDays[index]) / Double(emergencyClosed[index])
    }
    let totalClosed = emergencyClosed.reduce(0, +)
    let arrivals = annual.map(\.emergencyArrivals)
    let emergency = EmergencyArrivals(
      rule: options.emergencyRule,
      arrivalsByYear: Dictionary(uniqueKeysWithValues: annual.map { ($0.year, $0.emergencyArrivals) }),
      arrivalsPerYear: years.isEmpty ? 0 : Double(arrivals.reduce(0, +)) / Double(years.count),
      meanStayDays: totalClosed == 0 ? nil : Double(emergencyDays.reduce(0, +)) / Double(totalClosed))
    return EpisodeHistory(
      episodes: episodes, years: annual, lengthOfStay: stays, emergency: emergency, quality: report,
      dataEnd: dataEnd)
  }

  private static func countUnknownCodes(
    _ episodes: [CareEpisode], mapping: PlacementMapping, report: inout DataQualityReport
  ) {
    var firstSeen: [String: CareEpisode] = [:]
    for episode in episodes where mapping.provisionType(place: episode.place, provider: episode.provider) == nil {
      let code =
        (episode.place.isEmpty ? "(blank)" : episode.place) + "/"
        + (episode.provider.isEmpty ? "(blank)" : episode.provider)
      report.unknownPlacementCodes[code, default: 0] += 1
      if firstSeen[code] == nil { firstSeen[code] = episode }
    }
    for (code, episode) in firstSeen.sorted(by: { $0.key < $1.key }) {
      report.warnings.append(
        IngestProblem(
          file: episode.sourceFile, line: episode.sourceLine, column: "PLACE/PLACE_PROVIDER",
          message: "unknown placement code \(code) (\(report.unknownPlacementCodes[code] ?? 0) episodes) mapped to "
            + "other; add a rule with --mapping"))
    }
  }
}

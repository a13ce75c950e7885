import ArgumentParser
import CareEpisodes
import Foundation
import HistoryInputs
import MessageFormat
import TableIO

extension SufficiencyCommand {
  /// `sufficiency ingest-903 DIR --out history.csv`: turns a council's SSDA903 returns into the annual history the
  /// forecasting commands read, with a data-quality report and lengths of stay next to it.
  struct Ingest903: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ingest-903",
      abstract: "Turn a folder of SSDA903 Header and Episodes files into an annual history (DfE panel layout).",
      discussion: """
        DIR holds one Header and one Episodes CSV per year, named with the year (2019-episodes.csv, \
        2019-header.csv; any case). Writes OUT (one row per year ending 31 March), OUT-quality.txt (what was \
        fixed or dropped, with file and line) and OUT-length-of-stay.csv; with --project-years, OUT-projection.csv \
        (stock-flow model over age band x provision type, seeded simulation intervals); with --backtest, \
        OUT-backtest.csv. With --authority ID, also OUT-stability.yaml: a what-if file setting that council's \
        placed_at_base, stability.continuation and ages.turning_16_share from the returns, to apply with \
        plan SCENARIO --what-if OUT-stability.yaml. Exit code 2 when the files cannot be used.
        """)

    @Argument(help: "Folder with the SSDA903 files.")
    var folder: String

    @Option(name: .long, help: "The history CSV to write.")
    var out: String

    @Option(name: .long, help: "CSV of PLACE, PLACE_PROVIDER, provision_type rules overriding the standard mapping.")
    var mapping: String?

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Postcode-district centroids (postcode, latitude, longitude). "
          + "Default: Data/postcodes/uk_postcode_district_centroids.csv if found.")
    )
    var postcodes: String?

    @Option(name: .long, help: "The council's GSS code for the new_la_code column.")
    var laCode: String = ""

    @Option(
      name: .long,
      help: "The council's id in the scenario (its demand entry's authority): writes OUT-stability.yaml for it.")
    var authority: String?

    @Option(name: .long, help: "The council's name for the la_name column.")
    var laName: String = ""

    @Flag(name: .long, help: "Keep short-break episodes (LS V3, V4), which DfE's counts leave out.")
    var includeShortBreaks = false

    @Option(name: .long, help: "Emergency rule: RNE codes, comma-separated (blank = any).")
    var emergencyRne: String = "S"

    @Option(name: .long, help: "Emergency rule: LS codes, comma-separated (blank = any).")
    var emergencyLs: String = ""

    @Option(name: .long, help: "Emergency rule: CIN codes, comma-separated (blank = any).")
    var emergencyCin: String = ""

    @Option(name: .long, help: "Emergency rule: youngest age at start.")
    var emergencyMinAge: Int = 13

    @Option(name: .long, help: "Emergency rule: oldest age at start.")
    var emergencyMaxAge: Int = 17

    @Option(
      name: .long,
      help:
        ArgumentHelp(
          "Project the stock this many years past the last 31 March with the stock-flow model (0: none). "
            + "Writes OUT-projection.csv.")
    )
    var projectYears: Int = 0

    @Flag(name: .long, help: "Backtest the stock-flow model on the history. Writes OUT-backtest.csv.")
    var backtest = false

    @Option(name: .long, help: "Years of history the stock-flow model is fitted on.")
    var fitYears: Int = 3

    @Option(name: .long, help: "Years ahead compared in the backtest.")
    var backtestHorizon: Int = 3

    @Option(name: .long, help: "Entry rates of the stock-flow model: constant or loglinear (trend).")
    var entryTrend: EpisodeStockFlowModel.EntryTrend = .constant

    @Option(name: .long, help: "Simulation runs for the projection intervals.")
    var simulations: Int = 200

    @Option(name: .long, help: "Seed of the simulation.")
    var seed: UInt64 = 1

    func validate() throws {
      try PathOption.requireNonEmpty(out, "--out", example: "out/history.csv")
      guard projectYears >= 0, projectYears <= 20 else { throw ValidationError("--project-years must be 0 to 20.") }
      guard fitYears >= 1 else { throw ValidationError("--fit-years must be at least 1.") }
      guard backtestHorizon >= 1 else { throw ValidationError("--backtest-horizon must be at least 1.") }
      guard simulations >= 0, simulations <= 10_000 else {
        throw ValidationError("--simulations must be 0 to 10000.")
      }
      guard emergencyMinAge >= 0, emergencyMaxAge >= emergencyMinAge, emergencyMaxAge <= 17 else {
        throw ValidationError("--emergency-min-age and --emergency-max-age must satisfy 0 <= min <= max <= 17.")
      }
    }

    func run() throws {
      let folderURL = URL(fileURLWithPath: folder)
      var options = IngestOptions(
        emergencyRule: EmergencyRule(
          reasonsForNewEpisode: Self.codes(emergencyRne), legalStatuses: Self.codes(emergencyLs),
          categoriesOfNeed: Self.codes(emergencyCin), minimumAge: emergencyMinAge, maximumAge: emergencyMaxAge),
        includeShortBreaks: includeShortBreaks)
      if let mapping {
        options.mapping = try PlacementMapping.standard.overriding(with: URL(fileURLWithPath: mapping))
      }
      if let path = postcodes ?? Self.defaultPostcodeFile() {
        options.postcodes = try PostcodeDistricts(contentsOf: URL(fileURLWithPath: path))
      }
      let history = try EpisodeHistory.load(folder: folderURL, options: options)

      let outURL = URL(fileURLWithPath: out)
      let stem = outURL.deletingPathExtension().lastPathComponent
      let outFolder = outURL.deletingLastPathComponent()
      let qualityURL = outFolder.appendingPathComponent(stem + "-quality.txt")
      let staysURL = outFolder.appendingPathComponent(stem + "-length-of-stay.csv")
      let continuationURL = outFolder.appendingPathComponent(stem + "-continuation.csv")
      let projectionURL = outFolder.appendingPathComponent(stem + "-projection.csv")
      let backtestURL = outFolder.appendingPathComponent(stem + "-backtest.csv")
      let stabilityURL = outFolder.appendingPathComponent(stem + "-stability.yaml")
      let inputs = Set(
        history.quality.files.map { folderURL.appendingPathComponent($0.name).path }
          + [mapping, postcodes].compactMap { $0 })

      // Everything is computed before anything is written, so a failure leaves the earlier files as they were.
      let continuation = history.continuation
      let lastYear = history.years.last?.year ?? 0
      let firstYear = history.years.first?.year ?? 0
      let usableFitYears = min(fitYears, lastYear - firstYear + 1)
      let projection =
        projectYears > 0
        ? history.project(
          fromYear: lastYear, fitYears: usableFitYears, years: projectYears, entryTrend: entryTrend,
          simulations: simulations, seed: seed) : nil
      let backtestResult =
        backtest
        ? StockFlowBacktest.run(
          history: history, fitYears: usableFitYears, horizonYears: backtestHorizon, entryTrend: entryTrend,
          simulations: simulations, seed: seed) : nil
      var files: [(url: URL, text: String)] = [
        (outURL, history.historyDocument(laCode: laCode, laName: laName).render()),
        (qualityURL, history.quality.render()), (staysURL, history.lengthOfStayDocument().render()),
        (continuationURL, continuation.document().render()),
      ]
      let stability = SSDA903StabilityInputs(history: history, continuation: continuation)
      if let authority, let stability {
        files.append((stabilityURL, stability.whatIf(authority: authority, folder: folder)))
      }
      if let projection { files.append((projectionURL, projection.csvDocument().render())) }
      if let backtestResult { files.append((backtestURL, backtestResult.csvDocument().render())) }
      // A projection or backtest of an earlier run with the same name is removed when this run writes none, so the
      // folder never holds one beside a history it was not made from.
      for stale in [projectionURL, backtestURL, stabilityURL] where !files.contains(where: { $0.url == stale }) {
        try AtomicFile.remove(stale, protecting: inputs)
      }
      for file in files { try AtomicFile.write(file.text, to: file.url, protecting: inputs) }

      print(Self.summary(history))
      if let stability { print(stability.summary) }
      print("wrote " + files.map(\.url.path).joined(separator: ", "))
      if authority == nil {
        print("give --authority ID (the council's id in the scenario) to write these as a what-if file")
      }
      for warning in Self.warnings(history.quality, qualityFile: qualityURL.path) { StandardError.print(warning) }
      if simulations == 0 && projectYears > 0 {
        StandardError.print(
          "warning: --simulations 0: the projection's intervals equal its expected values, so they show no "
            + "uncertainty; give --simulations 200 or more for intervals")
      }
      if let projection {
        let totals = projection.rows(for: "total").map {
          "\($0.year) \(NumberFormat.fixed($0.expected, decimals: 0)) "
            + "(\(NumberFormat.fixed($0.lower, decimals: 0))-\(NumberFormat.fixed($0.upper, decimals: 0)))"
        }
        print(
          "projection (fitted on \(usableFitYears) years, \(entryTrend.rawValue) entries, p10-p90): "
            + totals.joined(separator: ", "))
        print("wrote \(projectionURL.path)")
      }
      if let result = backtestResult {
        if result.rows.isEmpty {
          print("backtest: no origin has \(usableFitYears) years of history before it and a later year")
        } else {
          let errors = result.meanAbsolutePercentageError.sorted { $0.key < $1.key }
            .map { "\($0.key)y \(NumberFormat.fixed($0.value, decimals: 1))%" }
          let coverage = NumberFormat.fixed((result.coverage ?? 0) * 100, decimals: 0)
          print(
            "backtest (\(result.rows.count) comparisons): MAPE \(errors.joined(separator: ", ")); "
              + "\(coverage)% inside p10-p90")
        }
        print("wrote \(backtestURL.path)")
      }
      let quality = history.quality
      for (code, count) in quality.unknownPlacementCodes.sorted(by: { $0.key < $1.key }) {
        let message =
          "warning: unknown placement code \(code) in \(count) episode(s), mapped to other "
          + "(add a rule with --mapping)\n"
        FileHandle.standardError.write(Data(message.utf8))
      }
      if !quality.problems.isEmpty || !quality.warnings.isEmpty {
        FileHandle.standardError.write(
          Data(
            ("warning: \(quality.problems.count) problem row(s) dropped and \(quality.warnings.count) warning(s); "
              + "see \(qualityURL.path)\n").utf8))
      }
    }

    /// A short summary: one line per year and the emergency figures.
    /// Warnings for data that was read but is almost surely wrong, each pointing at the quality report.
    static func warnings(_ quality: DataQualityReport, qualityFile: String) -> [String] {
      var warnings: [String] = []
      if quality.datesOfBirthAfterReturn > 0 {
        warnings.append(
          "warning: \(quality.datesOfBirthAfterReturn) date(s) of birth after the end of their return were not used "
            + "(those children's episodes are dropped); each is listed with its file and line in \(qualityFile)")
      }
      if quality.episodesStartingBeforeBirthDropped > 0 {
        warnings.append(
          "warning: \(quality.episodesStartingBeforeBirthDropped) episode(s) starting before the child's date of "
            + "birth were dropped; each is listed with its file and line in \(qualityFile)")
      }
      return warnings
    }

    static func summary(_ history: EpisodeHistory) -> String {
      var lines = ["year  looked_after  starts  ceased  emergency  gt20mi"]
      for year in history.years {
        let share = year.distance.shareBeyondLimit.map { NumberFormat.fixed($0 * 100, decimals: 1) + "%" } ?? "-"
        lines.append(
          [
            String(year.year), pad(year.lookedAfter, 12), pad(year.starts, 6), pad(year.ceased, 6),
            pad(year.emergencyArrivals, 9), share.leftPadded(to: 6),
          ].joined(separator: "  "))
      }
      let emergency = history.emergency
      let stay = emergency.meanStayDays.map { NumberFormat.fixed($0, decimals: 1) } ?? "-"
      let load = emergency.offeredLoadBeds.map { NumberFormat.fixed($0, decimals: 2) } ?? "-"
      lines.append(
        "emergency (\(emergency.rule.summary)): \(NumberFormat.fixed(emergency.arrivalsPerYear, decimals: 1)) "
          + "arrivals a year, mean stay \(stay) days, offered load \(load) beds")
      let quality = history.quality
      lines.append(
        "episodes: \(quality.episodeRowsRead) rows read, \(quality.episodesKept) kept; "
          + "\(quality.exactDuplicatesDropped) exact duplicates and \(quality.supersededVersionsDropped) "
          + "superseded versions dropped, \(quality.episodeRowsRejected) rows rejected")
      return lines.joined(separator: "\n")
    }

    private static func pad(_ value: Int, _ width: Int) -> String { String(value).leftPadded(to: width) }

    static func codes(_ list: String) -> Set<String> {
      Set(
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty })
    }

    /// The shipped centroid file, wherever the tool is run from (see ``BundledData``).
    static func defaultPostcodeFile() -> String? {
      BundledData.candidates(BundledData.postcodeTable).first { FileManager.default.fileExists(atPath: $0.path) }?.path
    }
  }
}

extension EpisodeStockFlowModel.EntryTrend: ExpressibleByArgument {}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}

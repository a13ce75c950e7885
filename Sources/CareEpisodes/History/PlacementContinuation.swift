import MessageFormat
import TableIO

/// How many placements running at one 31 March are still the same placement a year later, by provision type:
/// the continuation rates a scenario's `stability.continuation` asks for, measured from a council's own returns.
///
/// A placement is a run of a child's episodes, each starting the day the one before ends, with the same placement
/// code (PLACE), provider (PLACE_PROVIDER) and placement postcode (PL_POST): new episodes for a change of legal
/// status only continue it. It runs on to the next 31 March when the run's last episode is open at the end of that
/// day.
public struct PlacementContinuation: Sendable, Equatable {
  /// One year and provision type.
  public struct Row: Sendable, Equatable {
    /// The year ending 31 March at whose end the placements were counted.
    public let year: Int
    public let provisionType: EpisodeProvisionType
    /// Placements running at the end of 31 March `year`.
    public let placed: Int
    /// Of those, the ones still the same placement at the end of 31 March `year + 1`.
    public let stillPlaced: Int

    /// ``stillPlaced`` ÷ ``placed``, or `nil` when nobody was placed.
    public var share: Double? { placed == 0 ? nil : Double(stillPlaced) / Double(placed) }
  }

  /// Every year with a following year in the data, by provision type (types with no placements left out).
  public let rows: [Row]

  /// Measures continuation from episodes sorted by child and start, at each year's 31 March but the last.
  public init(episodes: [CareEpisode], years: [Int]) {
    let censusYears = Array(years.dropLast())
    var placed: [Int: [EpisodeProvisionType: Int]] = [:]
    var still: [Int: [EpisodeProvisionType: Int]] = [:]
    var first = episodes.startIndex
    while first < episodes.endIndex {
      var last = first
      while last + 1 < episodes.endIndex && episodes[last + 1].child == episodes[first].child { last += 1 }
      let child = episodes[first...last]
      for year in censusYears {
        let census = CalendarDay.thirtyFirstMarch(year)
        guard let open = child.firstIndex(where: { $0.isOpen(atEndOf: census) }) else { continue }
        var end = open
        while end + 1 <= last, Self.continues(episodes[end], with: episodes[end + 1]) { end += 1 }
        let type = episodes[open].provisionType
        placed[year, default: [:]][type, default: 0] += 1
        if episodes[end].isOpen(atEndOf: CalendarDay.thirtyFirstMarch(year + 1)) {
          still[year, default: [:]][type, default: 0] += 1
        }
      }
      first = last + 1
    }
    rows = censusYears.flatMap { year in
      EpisodeProvisionType.allCases.compactMap { type -> Row? in
        guard let count = placed[year]?[type], count > 0 else { return nil }
        return Row(year: year, provisionType: type, placed: count, stillPlaced: still[year]?[type] ?? 0)
      }
    }
  }

  /// True when `next` carries on `episode`'s placement: it starts the day `episode` ends, in the same placement.
  static func continues(_ episode: CareEpisode, with next: CareEpisode) -> Bool {
    episode.end == next.start && episode.place == next.place && episode.provider == next.provider
      && episode.placementPostcode == next.placementPostcode
  }

  /// The share over every year of the data, for the provision types `types` together; `nil` when none was placed.
  public func pooledShare(of types: [EpisodeProvisionType]) -> Double? {
    let lines = rows.filter { types.contains($0.provisionType) }
    let placed = lines.reduce(0) { $0 + $1.placed }
    return placed == 0 ? nil : Double(lines.reduce(0) { $0 + $1.stillPlaced }) / Double(placed)
  }

  /// The rows as CSV: `time_period`, `provision_type`, `placed_31_march`, `same_placement_a_year_later`, `share`.
  public func document() -> CSVDocument {
    var document = CSVDocument(
      header: ["time_period", "provision_type", "placed_31_march", "same_placement_a_year_later", "share"])
    for row in rows {
      document.append(
        [
          String(row.year), row.provisionType.identifier, String(row.placed), String(row.stillPlaced),
          row.share.map { NumberFormat.fixed($0, decimals: 3) } ?? "",
        ])
    }
    return document
  }
}

extension EpisodeHistory {
  /// Placements running on from one 31 March to the next, by provision type (see ``PlacementContinuation``).
  public var continuation: PlacementContinuation {
    PlacementContinuation(episodes: episodes, years: years.map(\.year))
  }
}

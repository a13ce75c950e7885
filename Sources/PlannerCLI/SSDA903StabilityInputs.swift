import CareEpisodes
import MessageFormat
import TableIO

/// The placement-stability inputs a council's SSDA903 returns give a scenario, in the planner's default provision
/// types: the placements at the last 31 March (`placed_at_base`), the share of placements still the same a year
/// later, pooled over the years (`stability.continuation`), and the share of under-16s turning 16 in the year
/// (`ages.turning_16_share`). `ingest-903 --authority ID` writes them as a what-if file
/// to apply to a scenario (`plan SCENARIO --what-if FILE`), so the scenario file itself is never rewritten.
struct SSDA903StabilityInputs {
  /// One planner provision type and what the returns say of it.
  struct Line {
    /// The planner's provision type (``PlacementDomain``'s default taxonomy).
    var provisionType: String
    /// The SSDA903 types counted in it.
    var sources: [EpisodeProvisionType]
    /// Children placed at the last 31 March.
    var placed: Int
    /// Share of placements still the same a year later, pooled over the years; `nil` when none was placed.
    var continuation: Double?
  }

  /// The 31 March the placements are counted at.
  let year: Int
  let lines: [Line]
  /// The share of the under-16s in care at that 31 March who turn 16 in the year: a sixth of the 10–15-year-olds
  /// (an even spread over the band) over all under-16s; `nil` with no under-16s.
  let turning16Share: Double?

  /// How the returns' provision types map onto the planner's default ones. Kinship carers are the council's own
  /// approved carers; children's homes (K2, R1) of any provider count as external residential, since the returns do
  /// not say which homes the council runs.
  static let mapping: [(provisionType: String, sources: [EpisodeProvisionType])] = [
    ("in_house_fostering", [.fosteringInHouse, .kinship]), ("ifa", [.fosteringAgency]),
    ("external_residential", [.residential]), ("supported", [.supported]),
  ]

  /// The inputs from `history`'s last year and `continuation`; `nil` for a history with no years.
  init?(history: EpisodeHistory, continuation: PlacementContinuation) {
    guard let last = history.years.last else { return nil }
    let columns = Dictionary(
      uniqueKeysWithValues: EpisodeProvisionType.allCases.enumerated().map { ($0.element, $0.offset) })
    year = last.year
    let under16 = [AgeBand.under1, .age1to4, .age5to9, .age10to15].reduce(0) { $0 + last.stock(in: $1) }
    turning16Share = under16 == 0 ? nil : Double(last.stock(in: .age10to15)) / 6 / Double(under16)
    lines = Self.mapping.map { provisionType, sources in
      let placed = sources.reduce(0) { total, type in
        total + last.stockByAgeBandAndProvision.reduce(0) { $0 + $1[columns[type] ?? 0] }
      }
      let rows = continuation.rows.filter { sources.contains($0.provisionType) }
      let before = rows.reduce(0) { $0 + $1.placed }
      let share = before == 0 ? nil : Double(rows.reduce(0) { $0 + $1.stillPlaced }) / Double(before)
      return Line(provisionType: provisionType, sources: sources, placed: placed, continuation: share)
    }
  }

  /// The lines `ingest-903` prints.
  var summary: String {
    var text = [
      "placement stability (placed_at_base at 31 March \(year); stability.continuation, the share of placements"
        + " still the same a year later, pooled over the years):"
    ]
    for line in lines {
      let share = line.continuation.map { NumberFormat.fixed($0, decimals: 2) } ?? "-"
      let sources = line.sources.map(\.identifier).joined(separator: " + ")
      text.append("  \(line.provisionType) (\(sources)): placed \(line.placed), continuation \(share)")
    }
    if let turning16Share {
      text.append("  turning 16 in the year: \(NumberFormat.fixed(turning16Share, decimals: 3)) of the under-16s")
    }
    return text.joined(separator: "\n")
  }

  /// A what-if file setting the scenario's `placed_at_base` for `authority` and `stability.continuation` (types
  /// with no placements over the years keep the scenario's own or default rate).
  func whatIf(authority: String, folder: String) -> String {
    let placed = lines.map { "\($0.provisionType): \($0.placed)" }.joined(separator: ", ")
    let rates = lines.compactMap { line in
      line.continuation.map { "\(line.provisionType): \(NumberFormat.fixed($0, decimals: 2))" }
    }.joined(separator: ", ")
    var text = [
      "# Placement stability measured from the SSDA903 returns in \(folder) by `sufficiency ingest-903`.",
      "# Apply it to a scenario with: sufficiency plan SCENARIO --what-if THIS_FILE",
      "# Children's homes of any provider are counted as external_residential: move those in the council's own",
      "# homes to in_house_residential. Kinship carers are counted as in-house fostering.",
      "demand[\(authority)].placed_at_base: {\(placed)}",
    ]
    if !rates.isEmpty { text.append("stability.continuation: {\(rates)}") }
    if let turning16Share {
      text.append("# A sixth of the 10-15-year-olds (an even spread over the band) over all under-16s:")
      text.append("demand[\(authority)].ages.turning_16_share: \(NumberFormat.fixed(turning16Share, decimals: 3))")
    }
    return text.joined(separator: "\n") + "\n"
  }
}

import CareEpisodes

/// The placement-stability inputs a council's SSDA903 returns give a scenario, in the planner's default provision
/// types: the placements at the last 31 March (`placed_at_base`), the share of placements still the same a year
/// later, pooled over the years (`stability.continuation`), and the share of under-16s turning 16 in the year
/// (`ages.turning_16_share`). `ingest-903 --authority ID` writes them as a what-if file
/// to apply to a scenario (`plan SCENARIO --what-if FILE`), so the scenario file itself is never rewritten.
public struct SSDA903StabilityInputs: Sendable {
  /// One planner provision type and what the returns say of it.
  public struct Line: Sendable {
    /// The planner's provision type (``PlacementDomain``'s default taxonomy).
    public var provisionType: String
    /// The SSDA903 types counted in it.
    public var sources: [EpisodeProvisionType]
    /// Children placed at the last 31 March.
    public var placed: Int
    /// Share of placements still the same a year later, pooled over the years; `nil` when none was placed.
    public var continuation: Double?
  }

  /// The 31 March the placements are counted at.
  public let year: Int
  /// One line for each of the planner's provision types in ``mapping``, in its order.
  public let lines: [Line]
  /// The share of the under-16s in care at that 31 March who turn 16 in the year: a sixth of the 10–15-year-olds
  /// (an even spread over the band) over all under-16s; `nil` with no under-16s.
  public let turning16Share: Double?

  /// How the returns' provision types map onto the planner's default ones. Kinship carers are the council's own
  /// approved carers; children's homes (K2, R1) of any provider count as external residential, since the returns do
  /// not say which homes the council runs.
  public static let mapping: [(provisionType: String, sources: [EpisodeProvisionType])] = [
    ("in_house_fostering", [.fosteringInHouse, .kinship]), ("ifa", [.fosteringAgency]),
    ("external_residential", [.residential]), ("supported", [.supported]),
  ]

  /// The inputs from `history`'s last year and `continuation`; `nil` for a history with no years.
  public init?(history: EpisodeHistory, continuation: PlacementContinuation) {
    guard let last = history.years.last else { return nil }
    year = last.year
    let under16 = [AgeBand.under1, .age1to4, .age5to9, .age10to15].reduce(0) { $0 + last.stock(in: $1) }
    turning16Share = under16 == 0 ? nil : Double(last.stock(in: .age10to15)) / 6 / Double(under16)
    lines = Self.mapping.map { provisionType, sources in
      Line(
        provisionType: provisionType, sources: sources, placed: sources.reduce(0) { $0 + last.stock(of: $1) },
        continuation: continuation.pooledShare(of: sources))
    }
  }
}

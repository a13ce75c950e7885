import PlacementDomain
import Statistics

/// Resolved demand: children to place, per plan year, authority and need group (before the split by area).
public struct DemandTable: Sendable, Equatable {
  /// year → authority → need group → children placed on average over the year.
  public var placements: [Int: [AuthorityID: [NeedGroupID: Double]]]
  /// How each authority's demand was obtained, for the report (for example "given" or "forecast P80, ETS(A,Ad,N)").
  public var provenance: [AuthorityID: String]
  /// The forecasts behind forecast demand, by authority ID.
  public var forecasts: [String: PlanForecast]

  /// Creates a table.
  public init(
    placements: [Int: [AuthorityID: [NeedGroupID: Double]]], provenance: [AuthorityID: String],
    forecasts: [String: PlanForecast] = [:]
  ) {
    self.placements = placements
    self.provenance = provenance
    self.forecasts = forecasts
  }

  /// Demand for one need group of one authority in one year.
  public func demand(year: Int, authority: AuthorityID, need: NeedGroupID) -> Double {
    placements[year]?[authority]?[need] ?? 0
  }

  /// All children to place in a year, over every authority and need group.
  public func total(year: Int) -> Double {
    (placements[year] ?? [:]).values.map { $0.values.sumInFixedOrder() }.sumInFixedOrder()
  }

  /// Children to place in each need group in a year, over every authority (summed in the authorities' order by ID,
  /// so the same table always gives the same bits).
  public func childrenByNeed(year: Int) -> [NeedGroupID: Double] {
    let authorities = (placements[year] ?? [:]).sorted { $0.key.rawValue < $1.key.rawValue }
    var byNeed: [NeedGroupID: [Double]] = [:]
    for (_, needs) in authorities {
      for (need, children) in needs { byNeed[need, default: []].append(children) }
    }
    return byNeed.mapValues { $0.sumInFixedOrder() }
  }

  /// Demand from one home area: the authority's demand × the area's normalised share.
  public func demand(year: Int, area: Area, need: NeedGroupID, in scenario: Scenario) -> Double {
    let shares = scenario.areas.filter { $0.authority == area.authority }.map(\.demandShare).reduce(0, +)
    guard shares > 0 else { return 0 }
    return demand(year: year, authority: area.authority, need: need) * area.demandShare / shares
  }
}

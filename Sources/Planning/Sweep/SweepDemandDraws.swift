import Forecasting
import Foundation
import PlacementDomain
import Statistics

/// The demand of each draw of a Monte Carlo sweep, repeatable from the seed and the draw number alone (so shards of
/// one sweep draw exactly what a single run would).
///
/// - Forecast demand: draw d takes the d-th of `count` simulated forecast paths of the authority's looked-after total
///   (``HistoryForecaster/simulatedTotals(_:baseYear:years:paths:seed:)``, seeded with the sweep seed plus the
///   authority's position), and splits each year's total among the need groups with the groups' own uncertainty
///   (``GroupSplit``): every group but the largest gets a binomial count of the children at its share (placed share
///   × mix share), as the plan's group levels are simulated (``NeedGroupSizing``, ``GroupIntervals``), and the
///   largest takes the rest, so the groups add up to the total × the placed share. Each group keeps one quantile of
///   its split through the draw's years, as the total's path keeps one quantile of its forecast (a group large in
///   one year of a future stays large: the same children stay in care); the quantiles are seeded from the seed, the
///   draw number and the authority's position.
/// - Given demand (by need group or totals): the planned demand × a lognormal factor exp(σz − σ²/2), one factor per
///   draw and authority for every year and need group (mean 1, σ = `noise`).
public struct SweepDemandDraws: Sendable {
  public let scenario: Scenario
  public let base: DemandTable
  public let count: Int
  public let seed: UInt64
  public let noise: Double
  /// Simulated totals (draw → year → children) for forecast authorities.
  let paths: [AuthorityID: [[Int: Double]]]
  /// Each forecast authority's need groups with their shares of the total (placed share × mix share), and the
  /// position of the group that takes the rest of each draw.
  let groups: [AuthorityID: (shares: [(need: NeedGroupID, share: Double)], remainder: Int)]

  /// Prepares `count` draws; forecasts are fitted once here.
  public init(
    scenario: Scenario, base: DemandTable, count: Int, seed: UInt64, noise: Double, forecaster: HistoryForecaster
  ) throws {
    self.scenario = scenario
    self.base = base
    self.count = count
    self.seed = seed
    self.noise = noise
    var paths: [AuthorityID: [[Int: Double]]] = [:]
    var groups: [AuthorityID: (shares: [(need: NeedGroupID, share: Double)], remainder: Int)] = [:]
    for (position, specification) in scenario.demand.enumerated() {
      guard case .forecast(let forecast) = specification.source else { continue }
      let shares = specification.groupShares(placedShare: forecast.placedShare, in: scenario)
      if let largest = NeedGroupSizing.remainderGroup(of: shares),
        let remainder = shares.firstIndex(where: { $0.need == largest })
      {
        groups[specification.authority] = (shares, remainder)
      }
      paths[specification.authority] = try forecaster.simulatedTotals(
        forecast, baseYear: scenario.baseYear, years: scenario.planYears, paths: count,
        seed: seed &+ UInt64(position) &* 0x9E37_79B9_7F4A_7C15)
    }
    self.paths = paths
    self.groups = groups
  }

  /// The demand of draw `index` (0-based, below ``count``).
  public func demand(draw index: Int) -> DemandTable {
    var table = base
    for (position, specification) in scenario.demand.enumerated() {
      let authority = specification.authority
      if case .forecast = specification.source, let path = paths[authority], index < path.count {
        let uniforms = groupQuantiles(draw: index, position: position, count: groups[authority]?.shares.count ?? 0)
        for year in scenario.planYears {
          var needs: [NeedGroupID: Double] = [:]
          if let (shares, remainder) = groups[authority] {
            let children = GroupSplit.split(
              total: path[index][year] ?? 0, shares: shares.map(\.share), remainder: remainder, uniforms: uniforms)
            for (group, count) in zip(shares, children) { needs[group.need] = count }
          }
          table.placements[year, default: [:]][authority] = needs
        }
      } else {
        var generator = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03) ^ UInt64(position))
        let factor = Self.lognormalFactor(sigma: noise, using: &generator)
        for year in scenario.planYears {
          if let needs = table.placements[year]?[authority] {
            table.placements[year]?[authority] = needs.mapValues { $0 * factor }
          }
        }
      }
    }
    return table
  }

  /// Each need group's quantile of its split in draw `index` for the authority at `position`, kept through every
  /// plan year of the draw: seeded by a hash of the sweep's seed, the draw and the position, so draws and
  /// authorities do not share random numbers.
  func groupQuantiles(draw index: Int, position: Int, count: Int) -> [Double] {
    var keyed = SplitMix64(
      seed: seed ^ 0x6E65_6564_5F73_706C ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03)
        ^ (UInt64(position) &* 0xA24B_AED4_963E_E407))
    var generator = SplitMix64(seed: keyed.next())
    return (0..<count).map { _ in generator.nextOpenUnit() }
  }

  /// exp(σz − σ²/2) with z standard normal (Box–Muller): mean 1.
  static func lognormalFactor(sigma: Double, using generator: inout SplitMix64) -> Double {
    let first = max(generator.nextUnit(), Double.leastNonzeroMagnitude)
    let second = generator.nextUnit()
    let normal = sqrt(-2 * log(first)) * cos(2 * Double.pi * second)
    return exp(sigma * normal - sigma * sigma / 2)
  }
}

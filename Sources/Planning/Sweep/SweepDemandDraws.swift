import Forecasting
import Foundation
import PlacementDomain
import Statistics

/// The demand of each draw of a Monte Carlo sweep, repeatable from the seed and the draw number alone (so shards of
/// one sweep draw exactly what a single run would).
///
/// - Forecast demand: draw d takes the d-th of `count` simulated forecast paths of the authority's looked-after total
///   (``HistoryForecaster/simulatedTotals(_:baseYear:years:paths:seed:)``, seeded with the sweep seed plus the
///   authority's position), × the placed share, split by the need mix.
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
    for (position, specification) in scenario.demand.enumerated() {
      guard case .forecast(let forecast) = specification.source else { continue }
      paths[specification.authority] = try forecaster.simulatedTotals(
        forecast, baseYear: scenario.baseYear, years: scenario.planYears, paths: count,
        seed: seed &+ UInt64(position) &* 0x9E37_79B9_7F4A_7C15)
    }
    self.paths = paths
  }

  /// The demand of draw `index` (0-based, below ``count``).
  public func demand(draw index: Int) -> DemandTable {
    var table = base
    for (position, specification) in scenario.demand.enumerated() {
      let authority = specification.authority
      if case .forecast(let forecast) = specification.source, let path = paths[authority], index < path.count {
        for year in scenario.planYears {
          table.placements[year, default: [:]][authority] = specification.placementsByNeed(
            total: path[index][year] ?? 0, placedShare: forecast.placedShare)
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

  /// exp(σz − σ²/2) with z standard normal (Box–Muller): mean 1.
  static func lognormalFactor(sigma: Double, using generator: inout SplitMix64) -> Double {
    let first = max(generator.nextUnit(), Double.leastNonzeroMagnitude)
    let second = generator.nextUnit()
    let normal = sqrt(-2 * log(first)) * cos(2 * Double.pi * second)
    return exp(sigma * normal - sigma * sigma / 2)
  }
}

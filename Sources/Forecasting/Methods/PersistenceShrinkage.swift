import Foundation

/// How far the combination's forecast moves away from persistence, per horizon, as learned from past errors only.
///
/// The default forecast is persistence · (combination / persistence)^w_h: w = 0 is persistence, w = 1 the
/// combination. Each w_h is the least-squares slope, clamped to [0, 1], of e = log(actual / persistence) on
/// d = log(combination / persistence) over every earlier backtest forecast at horizon h whose outcome is known at the
/// origin (any series of the panel). A horizon with fewer than ``minimumPairs`` such forecasts borrows the weight of
/// the longest shorter horizon that has enough; with none, w = 0 (persistence). Registered before it was scored and
/// chosen on the 133 English councils outside the North East (docs/forecast-validation-log.md, sixth registration).
public struct PersistenceShrinkage: Sendable, Equatable {
  /// The weight on the combination at horizons 1, 2, … (index 0 is one year ahead), each in [0, 1].
  public let weights: [Double]

  /// The fewest past forecasts a horizon needs to fit its own weight.
  public static let minimumPairs = 10

  /// Makes a shrinkage from weights (clamped to [0, 1]).
  public init(weights: [Double]) { self.weights = weights.map { min(max($0, 0), 1) } }

  /// Fits the weights at `origin` from backtest records of persistence and the combination: only forecasts whose
  /// target year is at or before `origin` are used.
  public static func fitted(to records: [BacktestRecord], at origin: Int, horizons: Int) -> PersistenceShrinkage {
    var persistence: [PairKey: Double] = [:]
    for record in records where record.method == .naive && record.targetYear <= origin {
      persistence[PairKey(seriesID: record.seriesID, origin: record.origin, horizon: record.horizon)] =
        record.pointForecast
    }
    var sums = Array(repeating: (product: 0.0, square: 0.0, count: 0), count: max(1, horizons))
    for record in records where record.method == .combination && record.targetYear <= origin {
      guard record.horizon <= sums.count,
        let naive = persistence[PairKey(seriesID: record.seriesID, origin: record.origin, horizon: record.horizon)],
        naive > 0, record.pointForecast > 0, record.actual > 0
      else { continue }
      let move = log(record.pointForecast / naive)
      let error = log(record.actual / naive)
      sums[record.horizon - 1].product += move * error
      sums[record.horizon - 1].square += move * move
      sums[record.horizon - 1].count += 1
    }
    var weights: [Double] = []
    for step in sums.indices {
      guard let source = (0...step).reversed().first(where: { sums[$0].count >= minimumPairs }) else {
        weights.append(0)
        continue
      }
      let sum = sums[source]
      weights.append(sum.square > 0 ? sum.product / sum.square : 0)
    }
    return PersistenceShrinkage(weights: weights)
  }

  /// The shrunk forecast: persistence · (combination / persistence)^w per year (the weighted mean where either is
  /// not positive). Horizons beyond ``weights`` use the last weight; no weights at all give persistence.
  public func apply(persistence: [Double], combination: [Double]) -> [Double] {
    zip(persistence, combination).enumerated().map { index, pair in
      let weight = weights.isEmpty ? 0 : weights[min(index, weights.count - 1)]
      let (naive, combo) = pair
      guard naive > 0, combo > 0 else { return naive + weight * (combo - naive) }
      return naive * pow(combo / naive, weight)
    }
  }

  /// One forecast's place in a backtest.
  private struct PairKey: Hashable {
    let seriesID: String
    let origin: Int
    let horizon: Int
  }
}

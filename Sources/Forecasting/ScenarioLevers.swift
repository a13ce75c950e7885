/// What-if adjustments a scenario applies to a forecast: multiply or add to starts, exits, or a group's share.
///
/// Identity values (multipliers 1, additions 0) leave everything unchanged. Flows are per year; share additions are
/// fractions (0.02 = two percentage points). A flow lever may differ by forecast year: ``startsMultiplierByStep`` and
/// the like, keyed by step (0 is the first year after the origin), replace the every-year value in their steps.
public struct ScenarioLevers: Sendable, Equatable {
  /// Multiplies the starts in every future year (0.9 = 10 % fewer entries, for example edge-of-care success).
  public var startsMultiplier: Double
  /// Adds this many starts in every future year (for example UASC arrivals).
  public var startsAddedPerYear: Double
  /// Multiplies the exit fraction (1.1 = 10 % more of the stock leaves each year).
  public var exitsMultiplier: Double
  /// Adds this many exits in every future year.
  public var exitsAddedPerYear: Double
  /// ``startsMultiplier`` in particular steps (0 is the first forecast year).
  public var startsMultiplierByStep: [Int: Double] = [:]
  /// ``startsAddedPerYear`` in particular steps.
  public var startsAddedByStep: [Int: Double] = [:]
  /// ``exitsMultiplier`` in particular steps.
  public var exitsMultiplierByStep: [Int: Double] = [:]
  /// ``exitsAddedPerYear`` in particular steps.
  public var exitsAddedByStep: [Int: Double] = [:]
  /// Multiplies a group's share, by group name.
  public var shareMultipliers: [String: Double]
  /// Adds to a group's share, by group name.
  public var shareAdditions: [String: Double]

  /// Makes levers; the defaults change nothing.
  public init(
    startsMultiplier: Double = 1, startsAddedPerYear: Double = 0, exitsMultiplier: Double = 1,
    exitsAddedPerYear: Double = 0, shareMultipliers: [String: Double] = [:], shareAdditions: [String: Double] = [:]
  ) {
    self.startsMultiplier = startsMultiplier
    self.startsAddedPerYear = startsAddedPerYear
    self.exitsMultiplier = exitsMultiplier
    self.exitsAddedPerYear = exitsAddedPerYear
    self.shareMultipliers = shareMultipliers
    self.shareAdditions = shareAdditions
  }

  /// The base stock path with the flow levers applied.
  ///
  /// The base path is written as the stock-flow identity plus a residual,
  /// `base_h = base_{h−1}·(1 − e) + s_h + r_h`, and replayed with the levered flows
  /// `s'_h = s_h·startsMultiplier + startsAddedPerYear` and `e' = e·exitsMultiplier` (capped at 1), less
  /// `exitsAddedPerYear`, keeping each residual r_h (each lever at its step's value). So with identity levers the
  /// base path comes back unchanged, whatever method made it. Stocks never go below zero.
  public func adjustedStock(base: [Double], lastStock: Double, flows: StockFlowModel.Flows) -> [Double] {
    let exitFraction = min(1, max(0, flows.exitFraction))
    var previousBase = lastStock
    var previousAdjusted = lastStock
    var result: [Double] = []
    for (step, baseStock) in base.enumerated() {
      let starts = step < flows.startsPerYear.count ? flows.startsPerYear[step] : (flows.startsPerYear.last ?? 0)
      let residual = baseStock - (previousBase * (1 - exitFraction) + starts)
      let leveredStarts = max(
        0,
        starts * (startsMultiplierByStep[step] ?? startsMultiplier) + (startsAddedByStep[step] ?? startsAddedPerYear))
      let leveredExitFraction = min(1, max(0, exitFraction * (exitsMultiplierByStep[step] ?? exitsMultiplier)))
      let adjusted = max(
        0,
        previousAdjusted * (1 - leveredExitFraction) + leveredStarts - (exitsAddedByStep[step] ?? exitsAddedPerYear)
          + residual)
      result.append(adjusted)
      previousBase = baseStock
      previousAdjusted = adjusted
    }
    return result
  }

  /// Shares with the share levers applied: each levered group becomes `share·multiplier + addition` (clamped to
  /// [0, 1]); the other groups are rescaled so that all shares sum to 1. When the levered groups alone exceed 1,
  /// every share is divided by their total.
  public func adjustedShares(_ shares: [String: Double]) -> [String: Double] {
    var result = shares
    var leveredTotal = 0.0
    var levered: Set<String> = []
    for group in shares.keys.sorted() {
      let multiplier = shareMultipliers[group] ?? 1
      let addition = shareAdditions[group] ?? 0
      guard multiplier != 1 || addition != 0, let share = shares[group] else { continue }
      let value = min(1, max(0, share * multiplier + addition))
      result[group] = value
      leveredTotal += value
      levered.insert(group)
    }
    return NeedMix.normalised(result, fixed: levered, fixedTotal: leveredTotal)
  }
}

import Foundation
import Statistics

/// Splits a total into groups (for example need groups) from the recent shares and their trend.
///
/// For each group, a least-squares line is fitted to its share over the last ``trendWindow`` years. The projected
/// share in step h is the line's value at the last year plus the slope times φ + φ² + … + φ^h (damped by
/// ``damping``), floored at 0. Overridden groups take their given share; the others are rescaled to fill the rest,
/// so every year's shares sum to 1.
public enum NeedMix {
  /// Years of shares used for the level and trend.
  public static let trendWindow = 5
  /// Damping of the share trend.
  public static let damping = 0.8

  /// Projected shares for `horizon` years.
  ///
  /// - Parameters:
  ///   - history: for each past year (oldest first), a count or share per group; each row is normalised to shares.
  ///   - groups: the group names, one per column of `history`.
  ///   - horizon: years to project.
  ///   - overrides: fixed shares for some groups, applied in every year.
  /// - Returns: for each future year, one share per group (same order as `groups`), summing to 1.
  /// - Throws: ``ForecastingError/invalidArgument(_:)`` for empty or ragged history, negative or non-finite entries,
  ///   unknown override groups, or overrides outside [0, 1] or summing to more than 1.
  public static func projectShares(
    history: [[Double]], groups: [String], horizon: Int, overrides: [String: Double] = [:]
  ) throws -> [[Double]] {
    guard !groups.isEmpty, !history.isEmpty, horizon >= 1 else {
      throw ForecastingError.invalidArgument("need mix: give at least one group, one year of history and horizon ≥ 1")
    }
    var shareRows: [[Double]] = []
    for (index, row) in history.enumerated() {
      guard row.count == groups.count, row.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
        throw ForecastingError.invalidArgument(
          "need mix: history row \(index + 1) must have \(groups.count) non-negative numbers")
      }
      let total = row.reduce(0, +)
      guard total > 0 else {
        throw ForecastingError.invalidArgument("need mix: history row \(index + 1) sums to zero")
      }
      shareRows.append(row.map { $0 / total })
    }
    for (group, share) in overrides.sorted(by: { $0.key < $1.key }) {
      guard groups.contains(group) else {
        throw ForecastingError.invalidArgument("need mix: override for unknown group '\(group)'")
      }
      guard share.isFinite, share >= 0, share <= 1 else {
        throw ForecastingError.invalidArgument("need mix: override share \(share) for '\(group)' is not in [0, 1]")
      }
    }
    let overrideTotal = overrides.values.sumInFixedOrder()
    guard overrideTotal <= 1 + 1e-9 else {
      throw ForecastingError.invalidArgument("need mix: override shares sum to \(overrideTotal), more than 1")
    }
    let window = Array(shareRows.suffix(trendWindow))
    var lines: [(level: Double, slope: Double)] = []
    for column in groups.indices {
      let shares = window.map { $0[column] }
      if let (intercept, slope) = TrendModels.leastSquaresLine(shares) {
        lines.append((intercept + slope * Double(shares.count - 1), slope))
      } else {
        lines.append((shares.last ?? 0, 0))
      }
    }
    var result: [[Double]] = []
    var cumulative = 0.0
    var weight = 1.0
    for _ in 1...horizon {
      weight *= damping
      cumulative += weight
      var shares: [String: Double] = [:]
      for (column, group) in groups.enumerated() {
        shares[group] = max(0, lines[column].level + lines[column].slope * cumulative)
      }
      for (group, share) in overrides { shares[group] = share }
      let fixed = Set(overrides.keys)
      let normalisedShares = normalised(shares, fixed: fixed, fixedTotal: overrideTotal)
      result.append(groups.map { normalisedShares[$0] ?? 0 })
    }
    return result
  }

  /// The projection's own backtest errors: for each group (same order as `groups`) and horizon 1 … `horizon`,
  /// log(actual share / projected share) of every projection made from the first two years onward with the years up
  /// to its origin only. Groups or years with a zero share on either side give no error.
  ///
  /// - Throws: as ``projectShares(history:groups:horizon:overrides:)`` for invalid history.
  public static func shareLogErrors(history: [[Double]], groups: [String], horizon: Int) throws -> [[[Double]]] {
    var errors = Array(repeating: Array(repeating: [Double](), count: max(1, horizon)), count: groups.count)
    guard history.count >= 3 else { return errors }
    for originIndex in 1..<(history.count - 1) {
      let steps = min(horizon, history.count - 1 - originIndex)
      let projected = try projectShares(
        history: Array(history[...originIndex]), groups: groups, horizon: steps)
      for step in 1...steps {
        let row = history[originIndex + step]
        let total = row.reduce(0, +)
        guard total > 0 else { continue }
        for column in groups.indices {
          let actual = row[column] / total
          let forecast = projected[step - 1][column]
          if actual > 0, forecast > 0 { errors[column][step - 1].append(log(actual / forecast)) }
        }
      }
    }
    return errors
  }

  /// Rescales the groups not in `fixed` so that all shares sum to 1 (equal split when they are all zero). When the
  /// fixed groups alone reach 1 or more, every share is divided by the grand total.
  static func normalised(_ shares: [String: Double], fixed: Set<String>, fixedTotal: Double) -> [String: Double] {
    var result = shares
    let free = shares.keys.filter { !fixed.contains($0) }.sorted()
    let freeTotal = free.compactMap { shares[$0] }.reduce(0, +)
    let remaining = 1 - fixedTotal
    if remaining <= 0 || free.isEmpty {
      let total = shares.values.sumInFixedOrder()
      if total > 0 { for key in shares.keys { result[key] = (shares[key] ?? 0) / total } }
      return result
    }
    for group in free {
      result[group] = freeTotal > 0 ? (shares[group] ?? 0) / freeTotal * remaining : remaining / Double(free.count)
    }
    return result
  }
}

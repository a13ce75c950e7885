/// How a total splits into groups in each forecast year: the groups' projected shares (``NeedMix``) and, for each
/// group whose share is projected rather than fixed, the projection's own backtest errors.
public struct NeedMixProjection: Sendable, Equatable {
  /// The group names, in the history's column order.
  public let groups: [String]
  /// For each forecast year, one share per group (same order as ``groups``), summing to 1.
  public let shares: [[Double]]
  /// For each group, log(actual share / projected share) by horizon; empty for a group whose share is fixed.
  public let shareLogErrors: [[[Double]]]

  /// Projects `horizon` years of shares from `history` (one row per past year, one count or share per group), with
  /// `fixedShares` holding some groups' shares in every year.
  ///
  /// - Throws: ``ForecastingError/invalidArgument(_:)`` as ``NeedMix/projectShares(history:groups:horizon:overrides:)``.
  public init(history: [[Double]], groups: [String], horizon: Int, fixedShares: [String: Double] = [:]) throws {
    self.groups = groups
    shares = try NeedMix.projectShares(history: history, groups: groups, horizon: horizon, overrides: fixedShares)
    let errors = try NeedMix.shareLogErrors(history: history, groups: groups, horizon: horizon)
    shareLogErrors = groups.indices.map { fixedShares[groups[$0]] == nil ? errors[$0] : [] }
  }
}

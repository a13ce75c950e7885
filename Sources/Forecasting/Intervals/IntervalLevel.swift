/// A prediction-interval level as a percentage (80 means the central 80 % interval), so a level is never confused
/// with a significance `alpha`.
public struct IntervalLevel: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The coverage in percent, strictly between 0 and 100.
  public let percent: Double

  /// Makes a level; `percent` is clamped into (0, 100).
  public init(_ percent: Double) { self.percent = min(max(percent, 0.1), 99.9) }

  /// The 80 % level.
  public static let p80 = IntervalLevel(80)
  /// The 95 % level.
  public static let p95 = IntervalLevel(95)
  /// The default levels, 80 % and 95 %.
  public static let defaults: [IntervalLevel] = [.p80, .p95]

  /// The lower tail probability, for example 0.1 for 80 %.
  public var lowerProbability: Double { (1 - percent / 100) / 2 }
  /// The upper tail probability, for example 0.9 for 80 %.
  public var upperProbability: Double { 1 - lowerProbability }

  /// Orders by coverage.
  public static func < (lhs: IntervalLevel, rhs: IntervalLevel) -> Bool { lhs.percent < rhs.percent }

  /// `80%`.
  public var description: String { "\(Int(percent.rounded()))%" }
}

import Foundation

/// What-if changes a scenario makes to a forecast's flows in every forecast year: children entering care (starts)
/// and leaving it (exits), each multiplied and then added to, as the public demand models offer (for example 10 %
/// fewer entries from an edge-of-care service, or 12 more unaccompanied asylum-seeking children a year).
public struct ForecastLevers: Sendable, Equatable, Hashable, Codable {
  /// Multiplies the entries expected each year (0.9 = 10 % fewer).
  public var entriesMultiplier: Double
  /// Children added to the entries each year (negative: fewer).
  public var entriesAddedPerYear: Double
  /// Multiplies the share of children leaving care each year (1.1 = 10 % more leave).
  public var exitsMultiplier: Double
  /// Children added to the exits each year (negative: fewer).
  public var exitsAddedPerYear: Double

  /// Makes levers; the defaults change nothing.
  public init(
    entriesMultiplier: Double = 1, entriesAddedPerYear: Double = 0, exitsMultiplier: Double = 1,
    exitsAddedPerYear: Double = 0
  ) {
    self.entriesMultiplier = entriesMultiplier
    self.entriesAddedPerYear = entriesAddedPerYear
    self.exitsMultiplier = exitsMultiplier
    self.exitsAddedPerYear = exitsAddedPerYear
  }

  /// True when the levers change nothing.
  public var isIdentity: Bool {
    entriesMultiplier == 1 && entriesAddedPerYear == 0 && exitsMultiplier == 1 && exitsAddedPerYear == 0
  }

  /// The changes in plain words, one phrase each ("10% fewer children entering care each year"), identity ones left
  /// out.
  public var phrases: [String] {
    func number(_ value: Double) -> String {
      let tenths = (value * 10).rounded() / 10
      return tenths.rounded() == tenths ? String(Int(tenths)) : String(format: "%.1f", tenths)
    }
    func percent(_ multiplier: Double) -> String { number(abs(multiplier - 1) * 100) }
    func children(_ count: Double, _ direction: String) -> String {
      number(abs(count)) + " " + direction + (abs(count) == 1 ? " child" : " children")
    }
    var result: [String] = []
    if entriesMultiplier != 1 {
      result.append(
        percent(entriesMultiplier) + "% " + (entriesMultiplier < 1 ? "fewer" : "more")
          + " children entering care each year")
    }
    if entriesAddedPerYear != 0 {
      result.append(
        children(entriesAddedPerYear, entriesAddedPerYear > 0 ? "more" : "fewer") + " entering care each year")
    }
    if exitsMultiplier != 1 {
      result.append(
        "a " + percent(exitsMultiplier) + "% " + (exitsMultiplier < 1 ? "smaller" : "larger")
          + " share of children leaving care each year")
    }
    if exitsAddedPerYear != 0 {
      result.append(children(exitsAddedPerYear, exitsAddedPerYear > 0 ? "more" : "fewer") + " leaving care each year")
    }
    return result
  }
}

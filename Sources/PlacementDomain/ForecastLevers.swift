import Foundation

/// What-if changes a scenario makes to a forecast's flows: children entering care (starts) and leaving it (exits),
/// each multiplied and then added to, as the public demand models offer (for example 10 % fewer entries from an
/// edge-of-care service, or 12 more unaccompanied asylum-seeking children a year). Each lever holds one value for
/// every forecast year, or values for particular plan years (``entriesMultiplierByYear`` and the like); a year a
/// lever does not name is unchanged by it.
public struct ForecastLevers: Sendable, Equatable, Hashable, Codable {
  /// Multiplies the entries expected each year (0.9 = 10 % fewer).
  public var entriesMultiplier: Double
  /// Children added to the entries each year (negative: fewer).
  public var entriesAddedPerYear: Double
  /// Multiplies the share of children leaving care each year (1.1 = 10 % more leave).
  public var exitsMultiplier: Double
  /// Children added to the exits each year (negative: fewer).
  public var exitsAddedPerYear: Double
  /// ``entriesMultiplier`` for particular plan years (year ending 31 March), in place of the every-year value.
  public var entriesMultiplierByYear: [Int: Double]
  /// ``entriesAddedPerYear`` for particular plan years, in place of the every-year value.
  public var entriesAddedByYear: [Int: Double]
  /// ``exitsMultiplier`` for particular plan years, in place of the every-year value.
  public var exitsMultiplierByYear: [Int: Double]
  /// ``exitsAddedPerYear`` for particular plan years, in place of the every-year value.
  public var exitsAddedByYear: [Int: Double]

  /// Makes levers; the defaults change nothing.
  public init(
    entriesMultiplier: Double = 1, entriesAddedPerYear: Double = 0, exitsMultiplier: Double = 1,
    exitsAddedPerYear: Double = 0, entriesMultiplierByYear: [Int: Double] = [:],
    entriesAddedByYear: [Int: Double] = [:], exitsMultiplierByYear: [Int: Double] = [:],
    exitsAddedByYear: [Int: Double] = [:]
  ) {
    self.entriesMultiplier = entriesMultiplier
    self.entriesAddedPerYear = entriesAddedPerYear
    self.exitsMultiplier = exitsMultiplier
    self.exitsAddedPerYear = exitsAddedPerYear
    self.entriesMultiplierByYear = entriesMultiplierByYear
    self.entriesAddedByYear = entriesAddedByYear
    self.exitsMultiplierByYear = exitsMultiplierByYear
    self.exitsAddedByYear = exitsAddedByYear
  }

  /// The four levers' values in `year`: the year's own when given, else the every-year value.
  public func values(in year: Int) -> (
    entriesMultiplier: Double, entriesAdded: Double, exitsMultiplier: Double, exitsAdded: Double
  ) {
    (
      entriesMultiplierByYear[year] ?? entriesMultiplier, entriesAddedByYear[year] ?? entriesAddedPerYear,
      exitsMultiplierByYear[year] ?? exitsMultiplier, exitsAddedByYear[year] ?? exitsAddedPerYear
    )
  }

  /// True when the levers change nothing.
  public var isIdentity: Bool {
    entriesMultiplier == 1 && entriesAddedPerYear == 0 && exitsMultiplier == 1 && exitsAddedPerYear == 0
      && entriesMultiplierByYear.values.allSatisfy { $0 == 1 } && entriesAddedByYear.values.allSatisfy { $0 == 0 }
      && exitsMultiplierByYear.values.allSatisfy { $0 == 1 } && exitsAddedByYear.values.allSatisfy { $0 == 0 }
  }

  /// The changes in plain words, one phrase each ("10% fewer children entering care each year"; a lever set by year:
  /// "children entering care: 10% fewer in 2025-26, 20% fewer in 2026-27"), identity ones left out.
  public var phrases: [String] {
    func number(_ value: Double) -> String {
      let tenths = (value * 10).rounded() / 10
      return tenths.rounded() == tenths ? String(Int(tenths)) : String(format: "%.1f", tenths)
    }
    func percent(_ multiplier: Double, _ fewer: String, _ more: String) -> String {
      number(abs(multiplier - 1) * 100) + "% " + (multiplier < 1 ? fewer : more)
    }
    func children(_ count: Double) -> String {
      number(abs(count)) + " " + (count > 0 ? "more" : "fewer") + (abs(count) == 1 ? " child" : " children")
    }
    func financialYear(_ year: Int) -> String { "\(year - 1)-" + String(format: "%02d", year % 100) }
    func byYear(_ subject: String, _ values: [Int: Double], identity: Double, _ word: (Double) -> String) -> String? {
      let changed = values.keys.sorted().filter { values[$0] != identity }
      guard !changed.isEmpty else { return nil }
      return subject + ": "
        + changed.map { word(values[$0] ?? identity) + " in " + financialYear($0) }.joined(separator: ", ")
    }
    var result: [String] = []
    if entriesMultiplier != 1 {
      result.append(percent(entriesMultiplier, "fewer", "more") + " children entering care each year")
    }
    if let phrase = byYear(
      "children entering care", entriesMultiplierByYear, identity: 1, { percent($0, "fewer", "more") })
    {
      result.append(phrase)
    }
    if entriesAddedPerYear != 0 { result.append(children(entriesAddedPerYear) + " entering care each year") }
    if let phrase = byYear("children entering care", entriesAddedByYear, identity: 0, children) {
      result.append(phrase)
    }
    if exitsMultiplier != 1 {
      result.append("a " + percent(exitsMultiplier, "smaller", "larger") + " share of children leaving care each year")
    }
    if let phrase = byYear(
      "the share of children leaving care", exitsMultiplierByYear, identity: 1, { percent($0, "smaller", "larger") })
    {
      result.append(phrase)
    }
    if exitsAddedPerYear != 0 { result.append(children(exitsAddedPerYear) + " leaving care each year") }
    if let phrase = byYear("children leaving care", exitsAddedByYear, identity: 0, children) {
      result.append(phrase)
    }
    return result
  }
}

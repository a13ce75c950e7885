import Foundation
import MessageFormat
import TableIO

/// How a number is written in charts, tables and headline figures: fixed decimals, no locale, thousands separators.
public enum ValueFormat: Sendable, Hashable {
  /// A plain number with `decimals` digits after the point and thousands separators: `1,234.5`.
  case number(decimals: Int)
  /// Whole pounds with thousands separators: `£1,234,567`.
  case pounds
  /// Pounds in thousands: `£350k` (`decimals` digits after the point).
  case poundsThousands(decimals: Int)
  /// Pounds in millions: `£12.35m` (`decimals` digits after the point).
  case poundsMillions(decimals: Int)
  /// A fraction written as a percentage: 0.215 with 1 decimal is `21.5%`.
  case percent(decimals: Int)
  /// A calendar year or other label-like integer, without separators: `2025`.
  case year
  /// The financial year ending 31 March of the value: 2025 is written `2024-25`.
  case financialYear

  /// The factor from the stored value to the displayed number (100 for percentages, 1e-6 for millions).
  var displayScale: Double {
    switch self {
    case .number, .pounds, .year, .financialYear: 1
    case .poundsThousands: 1e-3
    case .poundsMillions: 1e-6
    case .percent: 100
    }
  }

  /// The number of decimals this format normally shows.
  var decimals: Int {
    switch self {
    case .number(let decimals), .poundsThousands(let decimals), .poundsMillions(let decimals),
      .percent(let decimals):
      max(0, min(decimals, 12))
    case .pounds, .year, .financialYear: 0
    }
  }

  /// `value` written in this format; `n/a` when it is not a finite number.
  public func string(_ value: Double) -> String {
    string(value, decimals: decimals)
  }

  /// `value` written in this format with `decimals` digits after the point (used for axis ticks).
  func string(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "n/a" }
    let shown = value * displayScale
    switch self {
    case .number:
      return Self.grouped(shown, decimals: decimals)
    case .pounds:
      return Self.withPoundSign(Self.grouped(shown, decimals: decimals))
    case .poundsThousands:
      return Self.withPoundSign(Self.grouped(shown, decimals: decimals)) + "k"
    case .poundsMillions:
      return Self.withPoundSign(Self.grouped(shown, decimals: decimals)) + "m"
    case .percent:
      return Self.grouped(shown, decimals: decimals) + "%"
    case .year:
      return NumberFormat.fixed(shown, decimals: decimals)
    case .financialYear:
      return ReportText.yearLabel(Int(shown.rounded()))
    }
  }

  /// Decimals needed to tell ticks `step` apart in this format (at most 6).
  func axisDecimals(step: Double) -> Int {
    let shownStep = abs(step * displayScale)
    guard shownStep.isFinite, shownStep > 0 else { return decimals }
    var needed = 0
    while needed < 6 {
      let scaled = shownStep * pow(10, Double(needed))
      if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { break }
      needed += 1
    }
    return needed
  }

  private static func withPoundSign(_ digits: String) -> String {
    digits.hasPrefix("-") ? "-£" + digits.dropFirst() : "£" + digits
  }

  /// `value` with fixed decimals and a comma between each group of three integer digits.
  static func grouped(_ value: Double, decimals: Int) -> String {
    let fixed = NumberFormat.fixed(value, decimals: decimals)
    let negative = fixed.hasPrefix("-")
    let unsigned = negative ? String(fixed.dropFirst()) : fixed
    let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let integerDigits = Array(parts[0])
    var grouped = ""
    for (offset, digit) in integerDigits.enumerated() {
      if offset > 0, (integerDigits.count - offset) % 3 == 0 { grouped += "," }
      grouped.append(digit)
    }
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return (negative ? "-" : "") + grouped + fraction
  }
}

import Foundation
import Planning

/// Small text helpers for the plan report: financial-year labels, counts, pounds and lists in plain English.
enum ReportText {
  /// The financial year ending 31 March `year`: 2019 gives "2018-19".
  static func yearLabel(_ year: Int) -> String { FinancialYear.label(year) }

  /// A count of children, households or beds: whole numbers, except one decimal for a fractional count under 10
  /// (so that 0.4 placement-years of unmet need does not read as none).
  static func count(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let whole = value.rounded()
    if abs(value - whole) < 0.05 || abs(value) >= 10 {
      return ValueFormat.number(decimals: 0).string(whole == 0 ? 0 : whole)
    }
    return ValueFormat.number(decimals: 1).string(value)
  }

  /// Whole pounds with thousands separators: `£1,234,567`.
  static func pounds(_ value: Double) -> String {
    let rounded = value.rounded()
    return ValueFormat.pounds.string(rounded == 0 ? 0 : rounded)
  }

  /// Money for prose and tiles: millions with one decimal from £1m (`£75.7m`), thousands below (`£600k`), whole
  /// pounds below £1,000. Tables keep exact figures (``pounds(_:)``).
  static func money(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let size = abs(value)
    if size >= 999_950 { return ValueFormat.poundsMillions(decimals: 1).string(value) }
    if size >= 1_000 { return ValueFormat.poundsThousands(decimals: 0).string((value / 1_000).rounded() * 1_000) }
    return pounds(value)
  }

  /// A difference worded by its sign, never as a negative saving: `£8.3m less` or `£33.9m more` (`more` and `less`
  /// can be replaced, such as "higher" and "lower"); "the same" within half a pound.
  static func difference(_ value: Double, more: String = "more", less: String = "less", exact: Bool = false)
    -> String
  {
    guard abs(value) >= 0.5 else { return "the same" }
    return (exact ? pounds(abs(value)) : money(abs(value))) + " " + (value > 0 ? more : less)
  }

  /// Pounds and pence with thousands separators: `£1,234,567.89`. Used in the report's money tables with a total
  /// row, so every total is the sum of the figures shown, to the penny, as in the CSVs.
  static func poundsAndPence(_ value: Double) -> String {
    let pence = (value * 100).rounded()
    let text = ValueFormat.grouped(abs(pence) / 100, decimals: 2)
    return (pence < 0 ? "-£" : "£") + text
  }

  /// A fraction as a whole percentage, or with one decimal below 10 % unless whole: `25%`, `4.2%`, `5%`.
  static func percent(_ fraction: Double) -> String {
    guard fraction.isFinite else { return "n/a" }
    let percent = fraction * 100
    let whole = abs(percent - percent.rounded()) < 0.05
    return ValueFormat.percent(decimals: abs(fraction) < 0.1 && !whole ? 1 : 0).string(fraction)
  }

  /// "a", "a and b", "a, b and c".
  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }

  /// "1 household" or "3 households".
  static func plural(_ value: Double, _ singular: String, _ pluralForm: String? = nil) -> String {
    count(value) + " " + (abs(value - 1) < 0.05 ? singular : (pluralForm ?? singular + "s"))
  }

  /// A forecasting method's short name followed by what it does in plain English, when the name is known.
  static func methodDescription(_ name: String) -> String {
    let plain: [String: String] = [
      "Naive": "persistence: next years equal the last",
      "Drift": "the last value plus the average yearly change",
      "Drift(log,damped)": "average yearly growth, slowing over time",
      "Trend(linear)": "a straight-line trend through the last five years",
      "Trend(log-linear)": "a constant-growth trend through the last five years",
      "ETS(A,Ad,N)": "exponential smoothing with a trend that flattens out",
      "Rate(per 10k)": "the latest rate per 10,000 children times the projected child population",
      "StockFlow": "children entering care and leaving it, modelled separately",
      "Pooled(growth)": "the recent growth of all the councils in the data, slowing over time",
      "Combo(mean)": "the average of six simple methods that do not extend a fitted trend",
      "Combo(shrunk)":
        "the latest number, moved toward the average of six simple methods only as far as that average beat"
        + " persistence, next year equal to this year, in earlier years",
    ]
    return plain[name].map { name + " (" + $0 + ")" } ?? name
  }
}

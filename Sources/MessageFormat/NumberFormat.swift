import Foundation

/// Fixed, locale-independent number formatting for outputs, so files are byte-identical across runs and machines.
public enum NumberFormat {
  /// `value` with exactly `decimals` digits after the point (no grouping); `-0` prints as `0`.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "" : (value > 0 ? "inf" : "-inf") }
    let text = String(format: "%.\(decimals)f", value)
    let zero = decimals > 0 ? "-0." + String(repeating: "0", count: decimals) : "-0"
    return text == zero ? String(text.dropFirst()) : text
  }

  /// A whole number of pounds with thousands separators, such as `£1,234,567`.
  public static func pounds(_ value: Double) -> String {
    let rounded = Int((value).rounded())
    let digits = String(abs(rounded))
    var grouped = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
      grouped.append(character)
    }
    return (rounded < 0 ? "-£" : "£") + grouped
  }

  /// A number as a person would write it in a message: whole numbers without a decimal point (`1000000`, not
  /// `1e+06` or `1000000.0`), others with Swift's shortest exact form.
  public static func plain(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

import Foundation

/// Fixed, locale-independent number formatting for outputs, so files are byte-identical across runs and machines.
public enum NumberFormat {
  /// `value` with exactly `decimals` digits after the point (no grouping); `-0` prints as `0`.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "" : (value > 0 ? "inf" : "-inf") }
    let text = cFormatted(value, decimals: decimals)
    let zero = decimals > 0 ? "-0." + String(repeating: "0", count: decimals) : "-0"
    return text == zero ? String(text.dropFirst()) : text
  }

  /// C's `%.*f` of `value`, as `String(format:)` prints it, without Foundation's format parser (a twentieth of a
  /// 20-council plan's instructions went to parsing the same format for every cell).
  private static func cFormatted(_ value: Double, decimals: Int) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    let length = Int(withVaList([Int32(decimals), value]) { vsnprintf(&buffer, 64, "%.*f", $0) })
    guard length >= 0 && length < 64 else { return String(format: "%.\(decimals)f", value) }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
}

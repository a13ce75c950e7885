import Foundation

/// Strict reading of numbers typed by people: plain decimals only, so a typo is refused rather than read as
/// something else.
///
/// Accepted: an optional sign, an optional `£`, digits with an optional fraction and exponent (`12`, `-0.5`, `.25`,
/// `1e6`, `£1020`), and thousands separators where they are unambiguous: groups of exactly three digits after the
/// first, all commas or all underscores (`1,234`, `12,345.5`, `1_000_000`). Refused: hexadecimal (`0x10`), hex
/// floats (`0x1p3`), lists that look like numbers once commas are removed (`1,2,3`, `1,2`), and anything else
/// Swift's `Double(_:)` would otherwise accept, such as `nan` or `inf`.
public enum PlainDecimal {
  /// The value of `text` (surrounding spaces ignored), or `nil` when it is not a plain decimal.
  public static func parse(_ text: String) -> Double? {
    guard let digits = normalised(text) else { return nil }
    guard let value = Double(digits), value.isFinite else { return nil }
    return value
  }

  /// True when `text` spells NaN or an infinity (`nan`, `.inf`, `-Infinity`, …).
  public static func isNonFinite(_ text: String) -> Bool {
    var lowered = trimmed(text).lowercased()
    if lowered.hasPrefix("-") || lowered.hasPrefix("+") { lowered.removeFirst() }
    return ["nan", ".nan", "inf", ".inf", "infinity"].contains(lowered)
  }

  /// Why `text` is not a plain decimal, in words for a message, or `nil` when it is one.
  public static func rejection(_ text: String) -> String? {
    if parse(text) != nil { return nil }
    let lowered = trimmed(text).lowercased()
    let unsigned = lowered.hasPrefix("-") || lowered.hasPrefix("+") ? String(lowered.dropFirst()) : lowered
    if unsigned.hasPrefix("0x") || unsigned.hasPrefix("0o") || unsigned.hasPrefix("0b") {
      return "hexadecimal, octal and binary numbers are not accepted"
    }
    if isNonFinite(text) { return "NaN and infinity are not allowed" }
    if lowered.contains(",") {
      return "commas are read only as thousands separators (1,234); write one number, with a point for decimals"
    }
    return nil
  }

  /// The text with its `£` and thousands separators removed, or `nil` when its shape is not a plain decimal.
  static func normalised(_ text: String) -> String? {
    var characters = trimmed(text)
    var sign = ""
    if let first = characters.first, first == "-" || first == "+" {
      sign = String(first)
      characters = characters.dropFirst()
    }
    if characters.first == "£" { characters = characters.dropFirst() }
    if sign.isEmpty, let first = characters.first, first == "-" || first == "+" {
      sign = String(first)
      characters = characters.dropFirst()
    }
    // Split the mantissa from the exponent.
    var mantissa = characters
    var exponentText = ""
    if let marker = characters.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = characters[..<marker]
      exponentText = String(characters[marker...])
      var exponent = characters[characters.index(after: marker)...]
      if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
      guard !exponent.isEmpty, exponent.allSatisfy(\.isASCIIDigit) else { return nil }
    }
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts[0]
    let fraction = parts.count > 1 ? parts[1] : ""
    guard fraction.allSatisfy(\.isASCIIDigit) else { return nil }
    guard !whole.isEmpty || !fraction.isEmpty else { return nil }
    guard let wholeDigits = groupedDigits(whole) else { return nil }
    return sign + wholeDigits + (parts.count > 1 ? "." + fraction : "") + exponentText
  }

  /// `text` without surrounding spaces, tabs and no-break spaces (as Excel writes them); cheaper than Foundation's
  /// `trimmingCharacters`, which matters for tables of many thousands of cells.
  public static func trimmed(_ text: String) -> Substring {
    // Most cells start and end with a printable ASCII character and are returned as they are, without a scan by
    // Character (trimming cells was a quarter of the default scenario's instructions, reading the England panel).
    let printable = UInt8(ascii: "!")...UInt8(ascii: "~")
    if let first = text.utf8.first, let last = text.utf8.last, printable.contains(first), printable.contains(last) {
      return text[...]
    }
    func isSpace(_ character: Character) -> Bool { character == " " || character == "\t" || character == "\u{A0}" }
    guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return text[first...last]
  }

  /// The digits of the whole-number part, with unambiguous thousands separators removed, or `nil`.
  private static func groupedDigits(_ whole: Substring) -> String? {
    if whole.allSatisfy(\.isASCIIDigit) { return String(whole) }
    for separator in [Character(","), Character("_")] where whole.contains(separator) {
      let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
      guard let first = groups.first, (1...3).contains(first.count), first.allSatisfy(\.isASCIIDigit),
        groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) })
      else { return nil }
      return groups.joined()
    }
    return nil
  }
}

extension Character {
  /// `0` to `9` only (not other scripts' digits, which `Double(_:)` would refuse anyway).
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

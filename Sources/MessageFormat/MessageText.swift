/// Text from an input, made safe to put in a message for a person: control characters (a NUL byte, an escape
/// sequence) are shown as `\u{0}` instead of being printed raw, runs of them are counted rather than repeated, and
/// long values are cut short.
public enum MessageText {
  /// The longest input value quoted in a message, in characters.
  public static let maximumShownLength = 80

  /// `text` as it should appear quoted in a message: visible control characters, at most
  /// ``maximumShownLength`` characters.
  public static func shown(_ text: String) -> String {
    let visible = visibleControls(text, keepingLineBreaks: false)
    guard visible.count > maximumShownLength else { return visible }
    return String(visible.prefix(maximumShownLength)) + "… (\(text.count) characters)"
  }

  /// A whole message with its control characters (other than line breaks and tabs) made visible.
  public static func sanitised(_ message: String) -> String {
    visibleControls(message, keepingLineBreaks: true)
  }

  private static func visibleControls(_ text: String, keepingLineBreaks: Bool) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0, keepingLineBreaks: keepingLineBreaks) }) else {
      return text
    }
    var result = ""
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.first {
      guard isControl(scalar, keepingLineBreaks: keepingLineBreaks) else {
        result.unicodeScalars.append(scalar)
        scalars = scalars.dropFirst()
        continue
      }
      let run = scalars.prefix { $0 == scalar }.count
      let code = "\\u{\(String(scalar.value, radix: 16))}"
      result += run > 3 ? "\(code)×\(run)" : String(repeating: code, count: run)
      scalars = scalars.dropFirst(run)
    }
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
    if keepingLineBreaks && (scalar == "\n" || scalar == "\t") { return false }
    return scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
  }
}

/// How the LP and MPS writers print numbers: the shortest text that reads back as the same `Double` (Swift's
/// `description`), without a trailing `.0`, and `0` for both zeros. The same value always gives the same text.
public enum ModelFileNumber {
  /// The text for a finite number, such as `3`, `-1.5`, `0.1` or `1e-07`.
  public static func format(_ value: Double) -> String {
    if value == 0 { return "0" }
    let text = value.description
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}

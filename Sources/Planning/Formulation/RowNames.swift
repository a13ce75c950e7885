/// Makes LP row and column names from domain keys: ASCII letters, digits and `_` only.
enum RowNames {
  /// `text` with every other character (Unicode scalar) replaced by `_`.
  ///
  /// Most names are safe already and are returned as they are, without building a new string: the programme has a
  /// name for every column, and rebuilding each scalar by scalar was a fifth of a 40-council plan's instructions.
  static func safe(_ text: String) -> String {
    if text.utf8.allSatisfy(isAllowed) { return text }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          scalar.isASCII && isAllowed(UInt8(scalar.value)) ? scalar : "_"
        }))
  }

  /// True for the ASCII codes of letters, digits and `_`.
  private static func isAllowed(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
  }
}

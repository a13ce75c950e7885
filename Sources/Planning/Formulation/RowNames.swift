/// Makes LP row and column names from domain keys: ASCII letters, digits and `_` only.
enum RowNames {
  /// `text` with every other character replaced by `_`.
  static func safe(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          let isAllowed =
            (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            || (scalar >= "0" && scalar <= "9") || scalar == "_"
          return isAllowed ? scalar : "_"
        }))
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs. Much faster than Foundation's
  /// `trimmingCharacters(in:)` for the short ASCII cells of SSDA903 files, and returns `self` when there is nothing
  /// to trim.
  var asciiTrimmed: String {
    let bytes = utf8
    guard let first = bytes.first, let last = bytes.last else { return self }
    if first != 32, first != 9, last != 32, last != 9 { return self }
    guard let start = bytes.firstIndex(where: { $0 != 32 && $0 != 9 }),
      let end = bytes.lastIndex(where: { $0 != 32 && $0 != 9 })
    else { return "" }
    return String(decoding: bytes[start...end], as: UTF8.self)
  }

  /// The string trimmed and with ASCII letters in upper case; `self` when already so.
  var asciiTrimmedUppercased: String {
    let trimmed = asciiTrimmed
    guard trimmed.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) else { return trimmed }
    return String(decoding: trimmed.utf8.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }, as: UTF8.self)
  }
}

/// Which row and column names are safe to hand to solvers and LP/MPS files, and the generic fallback.
///
/// GLPK aborts on names longer than 255 bytes or with control characters; LP and MPS readers also reject spaces and
/// operator characters. A safe name is 1 to 255 bytes of ASCII letters, digits and `_ . [ ]`, not starting with a
/// digit, `.` or `e`/`E` followed by a digit (LP readers take that for a number), and not a keyword of the CPLEX LP
/// format in any letter case (such as `free`, `inf`, `st` or `end`), which an LP reader would misread.
public enum ModelNaming {
  /// The longest name accepted, in bytes.
  public static let maximumLength = 255

  /// Words an LP reader treats as keywords, in lower case.
  static let reservedWords: Set<String> = [
    "max", "maximize", "maximise", "maximum", "min", "minimize", "minimise", "minimum", "st", "s.t.", "st.",
    "subject", "such", "bound", "bounds", "free", "inf", "infinity", "gen", "general", "generals", "int", "integer",
    "integers", "bin", "binary", "binaries", "semi", "semis", "semi-continuous", "sos", "end",
  ]

  /// True when `name` is safe everywhere.
  public static func isSafe(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
    for byte in bytes {
      let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
      let isDigit = byte >= 48 && byte <= 57
      if !(isLetter || isDigit || byte == 95 || byte == 46 || byte == 91 || byte == 93) { return false }
    }
    let first = bytes[0]
    if (first >= 48 && first <= 57) || first == 46 { return false }
    if first == 101 || first == 69, bytes.count > 1, bytes[1] >= 48, bytes[1] <= 57 { return false }
    if bytes.count <= 16, reservedWords.contains(name.lowercased()) { return false }
    return true
  }

  /// Names for every column, replacing unsafe or repeated names by `x<n>` (1-based position), so every name is
  /// unique; should `x<n>` itself be taken by an earlier column, `x<n>_2`, `x<n>_3`, … is used.
  public static func columnNames(of program: LinearProgram, generic: Bool = false) -> [String] {
    uniqueSafeNames(program.variables.map(\.name), prefix: "x", generic: generic)
  }

  /// Names for every row, replacing unsafe or repeated names by `c<n>` (1-based position), so every name is
  /// unique; should `c<n>` itself be taken by an earlier row, `c<n>_2`, `c<n>_3`, … is used.
  public static func rowNames(of program: LinearProgram, generic: Bool = false) -> [String] {
    uniqueSafeNames(program.constraints.map(\.name), prefix: "c", generic: generic)
  }

  private static func uniqueSafeNames(_ names: [String], prefix: String, generic: Bool) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    result.reserveCapacity(names.count)
    for (index, name) in names.enumerated() {
      let fallback = "\(prefix)\(index + 1)"
      var chosen = (!generic && isSafe(name)) ? name : fallback
      if seen.contains(chosen) { chosen = fallback }
      var suffix = 2
      while seen.contains(chosen) {
        chosen = "\(fallback)_\(suffix)"
        suffix += 1
      }
      seen.insert(chosen)
      result.append(chosen)
    }
    return result
  }
}

/// English councils' financial years, which run from 1 April to 31 March. A plan year is the year ending 31 March
/// (2026 is April 2025 to March 2026) and is written as councils' papers write it, "2025-26".
public enum FinancialYear {
  /// The label of the financial year ending 31 March `yearEndingMarch`: 2026 gives "2025-26", 2000 gives "1999-00".
  public static func label(_ yearEndingMarch: Int) -> String {
    let next = ((yearEndingMarch % 100) + 100) % 100
    return "\(yearEndingMarch - 1)-" + (next < 10 ? "0\(next)" : "\(next)")
  }

  /// The year ending 31 March of a label written by ``label(_:)``: "2025-26" gives 2026; `nil` for anything else.
  public static func yearEndingMarch(_ label: String) -> Int? {
    let parts = label.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let start = Int(parts[0]), parts[1].count == 2, Self.label(start + 1) == label else {
      return nil
    }
    return start + 1
  }
}

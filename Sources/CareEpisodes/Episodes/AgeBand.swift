/// The age bands DfE and the public demand models use for children looked after: under 1, 1–4, 5–9, 10–15, 16+.
public enum AgeBand: Int, CaseIterable, Sendable, Comparable, Codable {
  /// Under 1 year old.
  case under1 = 0
  /// Aged 1 to 4.
  case age1to4
  /// Aged 5 to 9.
  case age5to9
  /// Aged 10 to 15.
  case age10to15
  /// Aged 16 and over (care ends at 18).
  case age16plus

  /// The band for an age in whole years.
  public init(ageInYears: Int) {
    switch ageInYears {
    case ..<1: self = .under1
    case 1...4: self = .age1to4
    case 5...9: self = .age5to9
    case 10...15: self = .age10to15
    default: self = .age16plus
    }
  }

  /// The youngest age in the band, in whole years.
  public var lowestAge: Int { [0, 1, 5, 10, 16][rawValue] }

  /// The age at which a child leaves the band: the next band's lowest age, or 18 (leaving care) for 16+.
  public var ageOnLeaving: Int { [1, 5, 10, 16, 18][rawValue] }

  /// The band a child moves into on leaving this one, or `nil` for 16+ (who leave care at 18).
  public var next: AgeBand? { AgeBand(rawValue: rawValue + 1) }

  /// The identifier used in column names (`age_10_to_15`).
  public var identifier: String {
    ["age_under_1", "age_1_to_4", "age_5_to_9", "age_10_to_15", "age_16_plus"][rawValue]
  }

  /// A short label for reports (`10-15`).
  public var label: String { ["0", "1-4", "5-9", "10-15", "16+"][rawValue] }

  public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.rawValue < rhs.rawValue }
}

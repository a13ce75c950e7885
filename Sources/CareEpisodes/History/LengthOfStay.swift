/// The lengths of the periods of care that ended in one year, in bands.
public struct LengthOfStay: Sendable, Equatable {
  /// A band of lengths in days, `lowerDays..<upperDays` (no upper limit for the last).
  public struct Band: Sendable, Equatable {
    /// A label such as `1-3 months`.
    public let label: String
    /// The shortest length in the band, in days.
    public let lowerDays: Int
    /// The first length past the band, in days, or `nil` for the last band.
    public let upperDays: Int?
  }

  /// The bands: under a week, a week to a month, 1–3, 3–6 and 6–12 months, 1–2, 2–5 and 5 or more years.
  public static let bands: [Band] = [
    Band(label: "under 1 week", lowerDays: 0, upperDays: 7),
    Band(label: "1 week-1 month", lowerDays: 7, upperDays: 31),
    Band(label: "1-3 months", lowerDays: 31, upperDays: 92),
    Band(label: "3-6 months", lowerDays: 92, upperDays: 183),
    Band(label: "6-12 months", lowerDays: 183, upperDays: 365),
    Band(label: "1-2 years", lowerDays: 365, upperDays: 730),
    Band(label: "2-5 years", lowerDays: 730, upperDays: 1826),
    Band(label: "5 years or more", lowerDays: 1826, upperDays: nil),
  ]

  /// The year ending 31 March in which the periods ended.
  public let year: Int
  /// Periods in each band, in ``bands`` order.
  public internal(set) var counts: [Int] = Array(repeating: 0, count: LengthOfStay.bands.count)
  /// Total days over all periods, for the mean.
  public internal(set) var totalDays = 0

  /// An empty year.
  public init(year: Int) { self.year = year }

  /// Periods counted.
  public var periods: Int { counts.reduce(0, +) }

  /// Mean length in days, or `nil` when no period ended.
  public var meanDays: Double? { periods == 0 ? nil : Double(totalDays) / Double(periods) }

  mutating func add(days: Int) {
    let index = Self.bands.firstIndex { band in days >= band.lowerDays && band.upperDays.map { days < $0 } ?? true }
    counts[index ?? Self.bands.count - 1] += 1
    totalDays += days
  }
}

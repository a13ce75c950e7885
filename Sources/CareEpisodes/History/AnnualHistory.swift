/// One collection year of a council's history, from its SSDA903 episodes: the stock at 31 March and the flows in
/// the year to 31 March.
public struct AnnualHistory: Sendable, Equatable {
  /// The year ending 31 March (2024 = stock at 31 March 2024, flows April 2023 to March 2024).
  public let year: Int
  /// Children looked after at 31 March.
  public internal(set) var lookedAfter = 0
  /// Periods of care starting in the year.
  public internal(set) var starts = 0
  /// Periods of care ending in the year.
  public internal(set) var ceased = 0
  /// Children looked after at 31 March by age band (rows, ``AgeBand`` order) and provision type (columns,
  /// ``EpisodeProvisionType`` order).
  public internal(set) var stockByAgeBandAndProvision: [[Int]] =
    Array(repeating: Array(repeating: 0, count: EpisodeProvisionType.allCases.count), count: AgeBand.allCases.count)
  /// Episode starts in the year that match the emergency rule.
  public internal(set) var emergencyArrivals = 0
  /// Mean length of those episodes in days (still-open ones counted to the end of the data: total days over closed
  /// episodes, the exponential estimate), or `nil` when none has closed.
  public internal(set) var emergencyMeanStayDays: Double?
  /// Distance from home at 31 March, by provision type.
  public internal(set) var distanceByProvision: [EpisodeProvisionType: DistanceCounts] = [:]

  /// An empty year.
  public init(year: Int) { self.year = year }

  /// Children looked after at 31 March in a provision type.
  public func stock(of type: EpisodeProvisionType) -> Int {
    let column = EpisodeProvisionType.allCases.firstIndex(of: type) ?? 0
    return stockByAgeBandAndProvision.reduce(0) { $0 + $1[column] }
  }

  /// Children looked after at 31 March in an age band.
  public func stock(in band: AgeBand) -> Int { stockByAgeBandAndProvision[band.rawValue].reduce(0, +) }

  /// Distance counts over all provision types.
  public var distance: DistanceCounts {
    var total = DistanceCounts()
    for counts in distanceByProvision.values { total.add(counts) }
    return total
  }
}

/// Children looked after at 31 March by distance from home, as DfE counts them: the straight-line distance between
/// the home and placement postcodes (here, their district centroids).
public struct DistanceCounts: Sendable, Equatable {
  /// Placed 20 miles or less from home.
  public internal(set) var withinLimit = 0
  /// Placed more than 20 miles from home.
  public internal(set) var beyondLimit = 0
  /// Home or placement postcode blank or not a known district.
  public internal(set) var unknown = 0

  /// An empty count.
  public init() {}

  /// A count with these figures.
  public init(withinLimit: Int, beyondLimit: Int, unknown: Int) {
    self.withinLimit = withinLimit
    self.beyondLimit = beyondLimit
    self.unknown = unknown
  }

  /// The share placed more than 20 miles away among children whose distance is known (DfE's indicator), or `nil`
  /// when none is known.
  public var shareBeyondLimit: Double? {
    let known = withinLimit + beyondLimit
    return known == 0 ? nil : Double(beyondLimit) / Double(known)
  }

  mutating func add(_ other: DistanceCounts) {
    withinLimit += other.withinLimit
    beyondLimit += other.beyondLimit
    unknown += other.unknown
  }
}

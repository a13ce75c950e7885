/// A state of the stock-flow model: an age band and a provision type.
public struct PlacementState: Hashable, Sendable, Comparable {
  /// The child's age band.
  public let band: AgeBand
  /// The placement's provision type.
  public let provisionType: EpisodeProvisionType

  /// A state.
  public init(band: AgeBand, provisionType: EpisodeProvisionType) {
    self.band = band
    self.provisionType = provisionType
  }

  /// Every state, age band first then provision type; ``index`` is the position in this list.
  public static let all: [PlacementState] = AgeBand.allCases.flatMap { band in
    EpisodeProvisionType.allCases.map { PlacementState(band: band, provisionType: $0) }
  }

  /// Number of states.
  public static var count: Int { all.count }

  /// The state's position in ``all``.
  public var index: Int { band.rawValue * EpisodeProvisionType.allCases.count + Self.typeIndex(provisionType) }

  /// The state at a position in ``all``.
  public init(index: Int) { self = Self.all[index] }

  /// A provision type's position in `EpisodeProvisionType.allCases`.
  static func typeIndex(_ type: EpisodeProvisionType) -> Int { EpisodeProvisionType.allCases.firstIndex(of: type) ?? 0 }

  public static func < (lhs: PlacementState, rhs: PlacementState) -> Bool { lhs.index < rhs.index }
}

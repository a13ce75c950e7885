/// How placements run on from year to year: children already placed stay placed, thinning as placements end; the
/// plan decides only where new placements go, and in-house carers serve their own council unless councils share
/// them. See `docs/formulation.md` ("Placements run on").
public struct PlacementStability: Sendable, Equatable, Codable {
  /// The share of one year's placements of each provision type still running the next year, 0–1. Types not
  /// listed take ``defaultContinuation(of:)``.
  public var continuation: [ProvisionTypeID: Double]
  /// Planned moves of settled children from one need group's placements to another's (a step-down from a
  /// children's home to a foster family), each with its yearly limit, cost and success rate.
  public var plannedMoves: [PlannedMove]
  /// Groups of councils whose in-house foster carers may take each other's children.
  public var sharedInHousePools: [SharedInHousePool]

  /// Creates the stability rules.
  public init(
    continuation: [ProvisionTypeID: Double] = [:], plannedMoves: [PlannedMove] = [],
    sharedInHousePools: [SharedInHousePool] = []
  ) {
    self.continuation = continuation
    self.plannedMoves = plannedMoves
    self.sharedInHousePools = sharedInHousePools
  }

  /// The continuation rate of a provision type: the scenario's, else the default for its category.
  public func continuation(of type: ProvisionType) -> Double {
    continuation[type.id] ?? Self.defaultContinuation(of: type.category)
  }

  /// Default continuation by category, from the figures in the project's domain notes (DfE 2023-24): 68 % of
  /// children under 16 looked after for 2.5 years or more had lived with the same carer for at least 2 years, but
  /// placements changed 66,070 times in the year against 83,630 looked after, so over all placements about 70 %
  /// of a year's foster placements run into the next year. Children's homes turn over faster (placements are
  /// shorter and many step down or reach 18): 55 %; supported accommodation for 16–17-year-olds is left at 18:
  /// 45 %; other provision 50 %. Emergency and last-resort placements end within the year (0).
  public static func defaultContinuation(of category: ProvisionCategory) -> Double {
    switch category {
    case .inHouseFostering, .independentFostering: 0.7
    case .inHouseResidential, .externalResidential: 0.55
    case .supported: 0.45
    case .other: 0.5
    case .emergency, .lastResort: 0
    }
  }

  /// True when children of `home` may be placed with in-house carers of `carers`: the same council, or two
  /// councils in one shared pool.
  public func inHouseCarers(of carers: AuthorityID, serve home: AuthorityID) -> Bool {
    carers == home || sharedInHousePools.contains { $0.authorities.contains(carers) && $0.authorities.contains(home) }
  }
}

/// A planned move of settled children from one need group's placements to another's, such as a step-down from a
/// children's home to a foster family: never a free move, always one the plan reports.
public struct PlannedMove: Sendable, Equatable, Codable {
  /// The need group whose placements the children leave.
  public var from: NeedGroupID
  /// The need group whose placements they move to.
  public var to: NeedGroupID
  /// The most moves one council can make in a year (children).
  public var maximumPerYear: Double
  /// The one-off cost of a move: matching, transition and support for the new carers (£).
  public var costPerMove: Double
  /// The share of moves that last, 0–1; a child whose move breaks down needs a new placement of the first need
  /// group.
  public var successRate: Double

  /// Creates a planned move.
  public init(from: NeedGroupID, to: NeedGroupID, maximumPerYear: Double, costPerMove: Double, successRate: Double) {
    self.from = from
    self.to = to
    self.maximumPerYear = maximumPerYear
    self.costPerMove = costPerMove
    self.successRate = successRate
  }
}

/// Councils whose in-house foster carers serve each other's children (a regional fostering partnership).
public struct SharedInHousePool: Sendable, Equatable, Codable {
  /// The pool's name, as the scenario gives it.
  public var name: String
  /// The councils in the pool.
  public var authorities: [AuthorityID]

  /// Creates a shared pool.
  public init(name: String, authorities: [AuthorityID]) {
    self.name = name
    self.authorities = authorities
  }
}

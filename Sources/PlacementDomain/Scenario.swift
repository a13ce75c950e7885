/// A whole planning scenario: who, where, what need, what supply, what it costs, and the policies that apply.
///
/// Load one with ``ScenarioLoader``; it is validated as it loads, so a `Scenario` value is always consistent:
/// every reference resolves, every number is finite and in range, and every need group has somewhere to go.
public struct Scenario: Sendable, Equatable {
  public var name: String
  public var summary: String
  /// The file it was loaded from, if any.
  public var sourcePath: String?
  /// The year ending 31 March the plan starts from (its stock is the starting point).
  public var baseYear: Int
  /// How many years after the base year the plan covers.
  public var horizonYears: Int
  public var authorities: [Authority]
  public var areas: [Area]
  public var needGroups: [NeedGroup]
  public var provisionTypes: [ProvisionType]
  public var suitability: [Suitability]
  public var demand: [DemandSpecification]
  public var providers: [Provider]
  public var inHouseFostering: [InHouseFosteringSupply]
  public var emergency: EmergencyDemand?
  public var distance: DistancePolicy
  public var policy: PlanningPolicy
  /// Placements at the base year by provision type: the status-quo mix that budgets are compared with (the
  /// `status_quo` section, else the councils' `placed_at_base` summed).
  public var statusQuoMix: [ProvisionTypeID: Double]
  /// How placements run on: continuation rates, planned moves and shared in-house carers.
  public var stability: PlacementStability
  /// Assumptions and their sources, for the report.
  public var assumptions: [Assumption]
  /// The prices the scenario states (a financial year) and their yearly uplift per provision type.
  public var prices: PriceBasis

  /// Creates a scenario. Prefer ``ScenarioLoader``, which validates.
  public init(
    name: String, summary: String = "", sourcePath: String? = nil, baseYear: Int, horizonYears: Int,
    authorities: [Authority], areas: [Area], needGroups: [NeedGroup], provisionTypes: [ProvisionType],
    suitability: [Suitability], demand: [DemandSpecification], providers: [Provider],
    inHouseFostering: [InHouseFosteringSupply], emergency: EmergencyDemand?, distance: DistancePolicy,
    policy: PlanningPolicy, statusQuoMix: [ProvisionTypeID: Double] = [:], assumptions: [Assumption] = [],
    prices: PriceBasis? = nil, stability: PlacementStability = PlacementStability()
  ) {
    self.name = name
    self.summary = summary
    self.sourcePath = sourcePath
    self.baseYear = baseYear
    self.horizonYears = horizonYears
    self.authorities = authorities
    self.areas = areas
    self.needGroups = needGroups
    self.provisionTypes = provisionTypes
    self.suitability = suitability
    self.demand = demand
    self.providers = providers
    self.inHouseFostering = inHouseFostering
    self.emergency = emergency
    self.distance = distance
    self.policy = policy
    self.statusQuoMix = statusQuoMix
    self.assumptions = assumptions
    self.prices = prices ?? PriceBasis(baseYear: baseYear)
    self.stability = stability
  }

  /// The plan years (years ending 31 March), base year + 1 through base year + horizon.
  public var planYears: [Int] { horizonYears > 0 ? Array((baseYear + 1)...(baseYear + horizonYears)) : [] }

  /// The provision type with this ID.
  public func provisionType(_ id: ProvisionTypeID) -> ProvisionType? { provisionTypes.first { $0.id == id } }

  /// The area with this ID.
  public func area(_ id: AreaID) -> Area? { areas.first { $0.id == id } }

  /// Each home area's authority, by area ID (the first area of a repeated ID).
  public var authorityOfArea: [AreaID: AuthorityID] {
    Dictionary(areas.map { ($0.id, $0.authority) }, uniquingKeysWith: { first, _ in first })
  }

  /// The need group with this ID.
  public func needGroup(_ id: NeedGroupID) -> NeedGroup? { needGroups.first { $0.id == id } }

  /// The suitability of a provision type for a need group, if it may serve it.
  public func suitability(of provision: ProvisionTypeID, for need: NeedGroupID) -> Suitability? {
    suitability.first { $0.provisionType == provision && $0.needGroup == need }
  }
}

/// One assumption with its value and source, shown in the report.
public struct Assumption: Sendable, Equatable, Codable {
  public var item: String
  public var value: String
  public var source: String

  /// Creates an assumption.
  public init(item: String, value: String, source: String) {
    self.item = item
    self.value = value
    self.source = source
  }
}

import PlacementDomain

/// What a plan was made for, as the plan's report reads it: the councils, home areas, need groups, provision types
/// and providers by name and place, in scenario order; how demand was given; the in-house service and emergency
/// demand planned with; the distance and planning policies; the stated assumptions; and the file it came from.
///
/// The plan carries it (``Plan/setting``) so a report renders from the plan alone. It is not written to `plan.json`,
/// which names the scenario by its name and content hash.
public struct PlanSetting: Sendable, Equatable {
  /// The scenario file the plan was made from, if any.
  public var sourcePath: String?
  public var authorities: [Authority]
  public var areas: [Area]
  public var needGroups: [NeedGroup]
  public var provisionTypes: [ProvisionType]
  public var providers: [Provider]
  /// How each authority's demand was given (a forecast, with its levers, or figures).
  public var demand: [DemandSpecification]
  public var inHouseFostering: [InHouseFosteringSupply]
  public var emergency: EmergencyDemand?
  public var distance: DistancePolicy
  public var policy: PlanningPolicy
  /// The scenario's assumptions and their sources.
  public var assumptions: [Assumption]

  /// The setting of a plan made from `scenario`.
  public init(_ scenario: Scenario) {
    sourcePath = scenario.sourcePath
    authorities = scenario.authorities
    areas = scenario.areas
    needGroups = scenario.needGroups
    provisionTypes = scenario.provisionTypes
    providers = scenario.providers
    demand = scenario.demand
    inHouseFostering = scenario.inHouseFostering
    emergency = scenario.emergency
    distance = scenario.distance
    policy = scenario.policy
    assumptions = scenario.assumptions
  }

  /// An empty setting: no places, names or policies (a plan decoded from `plan.json`, which does not hold them).
  public init() {
    authorities = []
    areas = []
    needGroups = []
    provisionTypes = []
    providers = []
    demand = []
    inHouseFostering = []
    distance = DistancePolicy()
    policy = PlanningPolicy()
    assumptions = []
  }

  /// The provision types in the last-resort category, by ID (``DistanceIndicator/lastResortIDs(_:)``).
  public var lastResortProvisionTypeIDs: Set<String> { DistanceIndicator.lastResortIDs(provisionTypes) }
}

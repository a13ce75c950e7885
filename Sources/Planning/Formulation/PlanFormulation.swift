import LinearProgramming
import PlacementDomain

/// The placement-planning linear programme built from a scenario and its resolved demand, with the map from every
/// variable and row back to its meaning. `docs/formulation.md` documents each family.
public struct PlanFormulation: Sendable {
  /// One placement variable: need group × home area × site × year (× tier).
  public struct Placement: Sendable {
    public var need: NeedGroupID
    public var area: AreaID
    public var siteIndex: Int
    public var year: Int
    public var tier: PlacementTier
    public var roadMiles: Double
    /// The weekly price of this placement (after the suitability multiplier; 0 in block beds, already paid for).
    public var weeklyPrice: Double
    public var variable: VariableID
  }

  /// A variable or row keyed by need group, area and year.
  public struct NeedAreaYear: Sendable, Hashable {
    public var need: NeedGroupID
    public var area: AreaID
    public var year: Int
  }

  /// A variable or row keyed by site and year.
  public struct SiteYear: Sendable, Hashable {
    public var siteIndex: Int
    public var year: Int
  }

  /// A variable or row keyed by area and year.
  public struct AreaYear: Sendable, Hashable {
    public var area: AreaID
    public var year: Int
  }

  /// A contribution to one year's spending: `annualCost × variable`.
  ///
  /// The year and column are stored narrow: a national plan has about 1.8 million terms, each 32 bytes in an array
  /// rather than 48.
  public struct CostTerm: Sendable {
    public var annualCost: Double
    public var provisionType: ProvisionTypeID?
    private var columnIndex: UInt32
    private var storedYear: Int16
    public var item: CostItem

    /// A term; `year` must fit in 16 bits (scenario years are 1990 to 2130) and `variable`'s index in 32.
    public init(year: Int, variable: VariableID, annualCost: Double, provisionType: ProvisionTypeID?, item: CostItem) {
      self.annualCost = annualCost
      self.provisionType = provisionType
      self.columnIndex = UInt32(variable.index)
      self.storedYear = Int16(year)
      self.item = item
    }

    /// The year the spending falls in.
    public var year: Int {
      get { Int(storedYear) }
      set { storedYear = Int16(newValue) }
    }

    /// The column whose value the annual cost multiplies.
    public var variable: VariableID {
      get { VariableID(index: Int(columnIndex)) }
      set { columnIndex = UInt32(newValue.index) }
    }
  }

  /// Which programme: the plan itself, or the status quo it is compared with.
  public enum Variant: Sendable, Equatable {
    /// The cheapest plan the scenario allows.
    case plan
    /// Carrying on as today, under the same demand, capacities and limits: in-house recruitment at the base year's
    /// rate, no unit opened, no bed block-contracted, and the in-house share of fostering held at today's.
    case statusQuo
  }

  /// A placement cell: need group × home area × site (its pool's first site), the unit placements run on in.
  public struct PlacementCell: Sendable, Hashable {
    public var need: NeedGroupID
    public var area: AreaID
    public var siteIndex: Int
  }

  /// A council's placements of one provision type at the base date.
  public struct AuthorityProvision: Sendable, Hashable {
    public var authority: AuthorityID
    public var provisionType: ProvisionTypeID
  }

  public let scenario: Scenario
  public let demand: DemandTable
  public let variant: Variant
  /// Whether the programme's columns and rows carry their names (as `export-lp` writes them). Without them every
  /// name is `""`: the planner's solves never read names, and nationally they took about 130 MB.
  public let keepsNames: Bool
  public let sites: [PlacementSite]
  /// The provider behind each site (`nil` for in-house fostering), by site index.
  public let providerAtSite: [Provider?]
  /// The in-house supply behind each site (`nil` for providers), by site index.
  public let inHouseSupplyAtSite: [InHouseFosteringSupply?]
  /// Identical providers merged into pools; placement, held-bed and capacity entries use each pool's first site.
  public let pooling: ProviderPooling
  public internal(set) var program = LinearProgram(name: "sufficiency_plan", sense: .minimize)

  public internal(set) var placements: [Placement] = []
  public internal(set) var unmet: [NeedAreaYear: VariableID] = [:]
  public internal(set) var demandRows: [NeedAreaYear: ConstraintID] = [:]
  public internal(set) var recruits: [AreaYear: VariableID] = [:]
  public internal(set) var households: [AreaYear: VariableID] = [:]
  public internal(set) var stockRows: [AreaYear: ConstraintID] = [:]
  public internal(set) var held: [SiteYear: VariableID] = [:]
  public internal(set) var emergencyShortfall: [Int: VariableID] = [:]
  public internal(set) var emergencyRows: [Int: ConstraintID] = [:]
  /// Beds to hold for emergencies per year (Erlang B), and the offered load behind them.
  public internal(set) var emergencyBedsNeeded: [Int: Int] = [:]
  public internal(set) var emergencyOfferedLoad: [Int: Double] = [:]
  public internal(set) var unitsOpened: [SiteYear: VariableID] = [:]
  public internal(set) var openingLimitRows: [Int: ConstraintID] = [:]
  public internal(set) var blockBeds: [SiteYear: VariableID] = [:]
  /// Capacity rows for spot places (and in-house places) per site and year.
  public internal(set) var capacityRows: [SiteYear: ConstraintID] = [:]
  public internal(set) var blockCapacityRows: [SiteYear: ConstraintID] = [:]
  public internal(set) var distanceRows: [Int: ConstraintID] = [:]
  public internal(set) var budgetRows: [Int: ConstraintID] = [:]
  public internal(set) var inHouseShareRows: [Int: ConstraintID] = [:]
  /// Placements by which the in-house share target is missed, per year.
  public internal(set) var inHouseShareShortfall: [Int: VariableID] = [:]
  public internal(set) var costTerms: [CostTerm] = []
  /// Continuation rows, `placements_t − continuation × placements_{t−1} ≥ 0`, per placement cell and year t.
  public internal(set) var continuationRows: [PlacementCell: [Int: ConstraintID]] = [:]
  /// The continuation rows' indices: the last rows of the programme.
  public internal(set) var continuationRowRange = 0..<0
  /// The years with placement columns of each placement cell of a need group that another group ages into (settled
  /// need groups only): the only cells ``runningOnRates(_:year:)`` looks up. Kept instead of every cell's columns by
  /// year, which took about 70 MB nationally.
  var agedIntoCellYears: [PlacementCell: Set<Int>] = [:]
  /// Continuation rows collected while building, added last.
  var pendingContinuationRows: [(cell: PlacementCell, year: Int, name: String, terms: [LinearTerm])] = []
  /// First-year rows keeping each council's placements at the base date in their provision type.
  public internal(set) var baseStockRows: [AuthorityProvision: ConstraintID] = [:]
  /// Placements at the base date that cannot run on for want of places of their type (penalised, reported).
  public internal(set) var baseStockShortfall: [AuthorityProvision: VariableID] = [:]
  /// A planned move (by its index in the scenario), a home area and a year.
  public struct MoveAreaYear: Sendable, Hashable {
    public var move: Int
    public var area: AreaID
    public var year: Int
  }

  /// One column of planned moves out of a placement cell (or, in the first year, out of the placements at the
  /// base date of one provision type).
  public struct MoveColumn: Sendable {
    public var key: MoveAreaYear
    public var variable: VariableID
  }

  /// Planned moves made, by move, home area and year.
  public internal(set) var moveColumns: [MoveColumn] = []
  /// Children moved by each planned move and still in their new placements, by move, home area and year: they
  /// count in the `to` need group's demand instead of the `from` group's.
  public internal(set) var movedStock: [MoveAreaYear: VariableID] = [:]
  /// Running-on placements that moves out of placement cells may take, by move, home area and year (terms of
  /// `−c·x(t−1)`).
  var moveRoom: [MoveAreaYear: [LinearTerm]] = [:]
  /// First-year moves out of each council's placements at the base date, and the placements still running.
  var firstYearMoveRoom: [AuthorityProvision: (moves: [LinearTerm], running: Double)] = [:]
  /// Care leavers staying put who find no in-house place (penalised like unmet need, reported), per area and year.
  public internal(set) var stayingPutShortfall: [AreaYear: VariableID] = [:]
  /// Care leavers staying put with each in-house area's carers, per year (the council's figure shared by households).
  public internal(set) var stayingPut: [AreaYear: Double] = [:]

  /// Sibling-group children of each council placed in each site's sibling places, per year.
  public internal(set) var siblingPlaced: [AuthoritySiteYear: VariableID] = [:]
  /// Children of sibling groups to be placed together, per council and year, and their rows.
  public internal(set) var siblingNeed: [AuthorityYear: Double] = [:]
  public internal(set) var siblingRows: [AuthorityYear: ConstraintID] = [:]
  /// Sibling-group children not in a sibling-capable place (penalised, reported), per council and year.
  public internal(set) var siblingGap: [AuthorityYear: VariableID] = [:]
  /// The need groups by id.
  let needGroupByID: [NeedGroupID: NeedGroup]
  /// Each home area's council's ageing rates.
  let ageingOfArea: [AreaID: AgeingRates]

  /// Tie-breaking cost per placement-mile per year (£0.01): among plans of equal cost, nearer placements win.
  public static let tieBreakCostPerMile = 0.01

  /// Builds the programme (the plan, or with `variant` the status quo). With `poolIdenticalProviders` (the default) identical providers share one set of
  /// columns and one capacity row per year (see ``ProviderPooling``); the optimal cost is the same either way.
  /// Without `keepsNames` every column and row is named `""` (the same programme otherwise).
  public init(
    scenario: Scenario, demand: DemandTable, poolIdenticalProviders: Bool = true, variant: Variant = .plan,
    keepsNames: Bool = true
  ) {
    self.scenario = scenario
    self.demand = demand
    self.variant = variant
    self.keepsNames = keepsNames
    let sites = scenario.placementSites
    let providers = Dictionary(scenario.providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let supplies = Dictionary(scenario.inHouseFostering.map { ($0.area, $0) }, uniquingKeysWith: { first, _ in first })
    self.sites = sites
    self.providerAtSite = sites.map { site in
      if case .provider(let id) = site.source { return providers[id] }
      return nil
    }
    self.inHouseSupplyAtSite = sites.map { site in
      if case .inHouseFostering(let area) = site.source { return supplies[area] }
      return nil
    }
    self.needGroupByID = Dictionary(scenario.needGroups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.ageingOfArea = Dictionary(
      scenario.areas.map { ($0.id, scenario.ageingRates(of: $0.authority)) }, uniquingKeysWith: { first, _ in first })
    self.pooling = ProviderPooling(sites: sites, providers: providerAtSite, enabled: poolIdenticalProviders)
    buildVariablesAndRows()
  }

  /// The site at an index.
  public func site(_ index: Int) -> PlacementSite { sites[index] }

  /// Spending terms grouped by year, in the order they were added.
  public var costTermsByYear: [Int: [CostTerm]] { Dictionary(grouping: costTerms, by: \.year) }

  /// The share of a site's placements in one year still running the next (its provision type's continuation).
  public func continuation(atSite siteIndex: Int) -> Double {
    scenario.provisionType(sites[siteIndex].provisionType).map(scenario.stability.continuation(of:)) ?? 0
  }

  /// Placements grouped by year, in the order they were added.
  public var placementsByYear: [Int: [Placement]] { Dictionary(grouping: placements, by: \.year) }

  /// Spot places of a site's pool in a year: the members' places summed; `nil` for unlimited.
  public func pooledPlaces(_ siteIndex: Int, in year: Int) -> Double? {
    var total = 0.0
    for member in pooling.members[pooling.representative[siteIndex]] {
      guard let places = providerAtSite[member]?.places(in: year) else { return nil }
      total += places
    }
    return total
  }
}

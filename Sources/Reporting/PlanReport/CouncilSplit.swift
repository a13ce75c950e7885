import PlacementDomain
import Planning

/// A regional plan split by council, so that each council has its own cabinet figures and the councils' figures add
/// up exactly to the region's.
///
/// What a council pays for directly: its children's placements (fees and travel, by the children's home areas) and
/// the recruitment and support of its own carers. Shared services are apportioned by use in each year: the emergency
/// service's retainer and beds by each council's children placed in an emergency, a new unit's running cost
/// or a block contract by each council's children placed with that provider. Anything else left is shared by
/// children placed. Each column is then rounded by the largest-remainder method to whole pounds (or whole
/// households and beds, or tenths of a placement-year), so the councils' figures sum to the region's figures exactly.
public struct CouncilSplit: Sendable, Equatable {
  /// One council's figures.
  public struct Council: Sendable, Equatable {
    public var id: String
    public var name: String
    /// Cost over the plan (whole £), including its share of shared services.
    public var cost: Int
    /// Its share of the shared services' cost over the plan (whole £), included in ``cost``.
    public var sharedCost: Int
    /// Cost in each plan year (whole £), summing to ``cost``.
    public var costByYear: [Int]
    /// Households to approve over the plan.
    public var householdsToRecruit: Int
    /// Households to approve in each plan year, summing to ``householdsToRecruit``.
    public var householdsByYear: [Int]
    /// Its share of the emergency beds to hold in each plan year (whole beds).
    public var emergencyBedsByYear: [Int]
    /// Children placed on an average day in each plan year (whole children).
    public var placedByYear: [Int]
    /// Unmet need and last-resort placements over the plan, in tenths of a placement-year.
    public var gapTenths: Int
  }

  /// The plan years, in order.
  public var years: [Int]
  /// The councils, in scenario order.
  public var councils: [Council]
  /// The region's cost over the plan (whole £): the sum of the councils' costs.
  public var regionCost: Int
  /// The region's yearly costs (whole £).
  public var regionCostByYear: [Int]
  /// The region's households to approve.
  public var regionHouseholds: Int
  /// The region's emergency beds to hold by year.
  public var regionEmergencyBedsByYear: [Int]
  /// The region's children placed by year.
  public var regionPlacedByYear: [Int]
  /// The region's unmet need and last-resort placements over the plan, in tenths of a placement-year.
  public var regionGapTenths: Int
  /// The region's cost of shared services over the plan (whole £).
  public var regionSharedCost: Int

  /// Splits `plan` by the councils it was made for.
  public init(plan: Plan) {
    let setting = plan.setting
    let authorities = setting.authorities
    let index = Dictionary(
      authorities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let areaCouncil = Dictionary(
      setting.areas.compactMap { area in index[area.authority].map { (area.id.rawValue, $0) } },
      uniquingKeysWith: { first, _ in first })
    let count = authorities.count
    let years = plan.planYears
    self.years = years
    var rawCost = [[Double]](repeating: [Double](repeating: 0, count: years.count), count: count)
    var rawShared = rawCost
    var rawHouseholds = rawCost
    var rawBeds = rawCost
    var rawPlaced = rawCost
    var regionCostYear: [Double] = []
    var regionBeds: [Int] = []
    var regionPlaced: [Double] = []
    let emergencyNeeds = Set(setting.needGroups.filter(\.isEmergency).map(\.id.rawValue))
    let openedProviders = Set(plan.openings.filter { $0.decision == .openUnits }.map(\.provider))
    for (column, year) in years.enumerated() {
      let lines = plan.placements.filter { $0.year == year }
      let summary = plan.years.first { $0.year == year }
      let total = summary?.annualCost ?? 0
      regionCostYear.append(total)
      /// Children placed by council among `lines` that match `filter`.
      func use(_ filter: (PlacementLine) -> Bool) -> [Double] {
        var shares = [Double](repeating: 0, count: count)
        for line in lines where filter(line) {
          if let council = areaCouncil[line.homeArea] { shares[council] += line.placements }
        }
        return shares
      }
      let placed = use { _ in true }
      regionPlaced.append(placed.reduce(0, +))
      var direct = [Double](repeating: 0, count: count)
      for line in lines {
        if let council = areaCouncil[line.homeArea] { direct[council] += line.annualCost }
      }
      let recruitment = plan.recruitment.filter { $0.year == year }
      let households = summary?.costByItem[CostItem.householdSupport.rawValue] ?? 0
      var householdsAtEnd = [Double](repeating: 0, count: count)
      for line in recruitment {
        guard let council = areaCouncil[line.area] else { continue }
        direct[council] += line.recruitmentCost
        rawHouseholds[council][column] += line.householdsToApprove
        householdsAtEnd[council] += line.householdsAtYearEnd
      }
      // Planned moves are each council's own.
      for move in plan.moves where move.year == year {
        if let council = index[AuthorityID(move.authority)] { direct[council] += move.cost }
      }
      var shared = [Double](repeating: 0, count: count)
      func apportion(_ amount: Double, by weights: [Double], into target: inout [Double]) {
        let sum = weights.reduce(0, +)
        let fallback = placed.reduce(0, +)
        for council in 0..<count {
          if sum > 0 {
            target[council] += amount * weights[council] / sum
          } else if fallback > 0 {
            target[council] += amount * placed[council] / fallback
          } else {
            target[council] += amount / Double(max(count, 1))
          }
        }
      }
      apportion(households, by: householdsAtEnd, into: &direct)
      let emergency = plan.emergency.first { $0.year == year }
      let heldAt = Set(emergency?.heldByProvider.keys.map { $0 } ?? [])
      let emergencyNeedUse = use { emergencyNeeds.contains($0.needGroup) }
      let emergencyUse =
        emergencyNeedUse.reduce(0, +) > 0 ? emergencyNeedUse : use { heldAt.contains($0.provider) }
      apportion(summary?.costByItem[CostItem.emergencyRetainer.rawValue] ?? 0, by: emergencyUse, into: &shared)
      apportion(
        summary?.costByItem[CostItem.fixedCost.rawValue] ?? 0, by: use { openedProviders.contains($0.provider) },
        into: &shared)
      let blockProviders = Set(plan.openings.filter { $0.decision == .blockBeds && $0.year == year }.map(\.provider))
      apportion(
        summary?.costByItem[CostItem.blockContract.rawValue] ?? 0, by: use { blockProviders.contains($0.provider) },
        into: &shared)
      let accounted = (direct + shared).reduce(0, +)
      apportion(total - accounted, by: placed, into: &shared)
      for council in 0..<count {
        rawCost[council][column] = direct[council] + shared[council]
        rawShared[council][column] = shared[council]
        rawPlaced[council][column] = placed[council]
      }
      let beds = emergency?.bedsNeeded ?? 0
      regionBeds.append(beds)
      let bedShares = Apportionment.largestRemainder(
        beds, weights: emergencyUse.reduce(0, +) > 0 ? emergencyUse : placed)
      for council in 0..<count { rawBeds[council][column] = Double(bedShares[council]) }
    }
    let regionTotal = Int((regionCostYear.reduce(0, +)).rounded())
    let councilRaw = rawCost.map { $0.reduce(0, +) }
    let costs = Apportionment.largestRemainder(regionTotal, weights: councilRaw)
    let sharedTotal = Int(rawShared.map { $0.reduce(0, +) }.reduce(0, +).rounded())
    let sharedCosts = Apportionment.largestRemainder(sharedTotal, weights: rawShared.map { $0.reduce(0, +) })
    let householdsTotal = Int(rawHouseholds.map { $0.reduce(0, +) }.reduce(0, +).rounded())
    let householdCounts = Apportionment.largestRemainder(
      householdsTotal, weights: rawHouseholds.map { $0.reduce(0, +) })
    let gapTotal = Int(((plan.totals.unmetPlacementYears + plan.totals.lastResortPlacementYears) * 10).rounded())
    let placedTotal = rawPlaced.map { $0.reduce(0, +) }
    let gaps = Apportionment.largestRemainder(gapTotal, weights: placedTotal)
    let placedByYear = years.indices.map { column in
      Apportionment.largestRemainder(
        Int(regionPlaced[column].rounded()), weights: rawPlaced.map { $0[column] })
    }
    councils = authorities.enumerated().map { position, authority in
      Council(
        id: authority.id.rawValue, name: authority.name, cost: costs[position], sharedCost: sharedCosts[position],
        costByYear: Apportionment.largestRemainder(costs[position], weights: rawCost[position]),
        householdsToRecruit: householdCounts[position],
        householdsByYear: Apportionment.largestRemainder(householdCounts[position], weights: rawHouseholds[position]),
        emergencyBedsByYear: rawBeds[position].map { Int($0) },
        placedByYear: placedByYear.map { $0[position] }, gapTenths: gaps[position])
    }
    regionCost = regionTotal
    regionCostByYear = Apportionment.largestRemainder(regionTotal, weights: regionCostYear)
    regionHouseholds = householdsTotal
    regionEmergencyBedsByYear = regionBeds
    regionPlacedByYear = regionPlaced.map { Int($0.rounded()) }
    regionGapTenths = gapTotal
    regionSharedCost = sharedTotal
  }
}

import LinearProgramming

/// A solved pool's placements and held beds split back onto its member providers.
///
/// For each pool and year, spot placements (in the order the formulation made them) and then beds held for
/// emergencies fill the members' places in site order (``ProviderPooling/split(_:capacity:)``). The pool's capacity
/// row guarantees the total fits, so every member stays within its own places.
struct PoolAllocation {
  /// Shares of a placement by member site, keyed by the placement's index; only placements in pools of two or more.
  var placementShares: [Int: [(siteIndex: Int, amount: Double)]] = [:]
  /// Shares of held beds by member site, keyed by the pool's site and year; only pools of two or more.
  var heldShares: [PlanFormulation.SiteYear: [(siteIndex: Int, amount: Double)]] = [:]

  init(formulation: PlanFormulation, primal: Solution) {
    let pooling = formulation.pooling
    var capacity: [PlanFormulation.SiteYear: [Double?]] = [:]
    func remaining(_ key: PlanFormulation.SiteYear) -> [Double?] {
      capacity[key] ?? pooling.members[key.siteIndex].map { formulation.providerAtSite[$0]?.places(in: key.year) }
    }
    for (index, placement) in formulation.placements.enumerated()
    where placement.tier == .spot && pooling.members[placement.siteIndex].count > 1 {
      let key = PlanFormulation.SiteYear(siteIndex: placement.siteIndex, year: placement.year)
      var left = remaining(key)
      let shares = ProviderPooling.split(primal.value(of: placement.variable), capacity: &left)
      capacity[key] = left
      placementShares[index] = zip(pooling.members[placement.siteIndex], shares).map { ($0, $1) }
    }
    for (key, variable) in formulation.held.sorted(by: {
      ($0.key.year, $0.key.siteIndex) < ($1.key.year, $1.key.siteIndex)
    })
    where pooling.members[key.siteIndex].count > 1 {
      var left = remaining(key)
      let shares = ProviderPooling.split(primal.value(of: variable), capacity: &left)
      capacity[key] = left
      heldShares[key] = zip(pooling.members[key.siteIndex], shares).map { ($0, $1) }
    }
  }
}

import LinearProgramming
import PlacementDomain
import TableIO

/// Reads the LP duals as plain-English values: what one more in-house household, emergency bed or external place
/// would save in a year, and which policies bind.
///
/// Sign convention: a dual is the change in the optimal objective per unit increase of the row's right-hand side,
/// so for a capacity row (`placements ≤ places`) the saving from one more place is `−dual`.
struct ShadowPriceReport {
  let formulation: PlanFormulation
  let primal: Solution
  let dual: Solution?

  /// Duals smaller than this (in £) count as zero.
  static let tolerance = 0.005

  func prices() -> [ShadowPrice] {
    guard let dual, dual.hasDuals else { return [] }
    let scenario = formulation.scenario
    var prices: [ShadowPrice] = []
    func add(
      _ year: Int, _ kind: ShadowPriceKind, _ subject: String, _ subjectName: String, _ saving: Double,
      _ explanation: String
    ) {
      let rounded = Rounding.money(saving)
      prices.append(
        ShadowPrice(
          year: year, kind: kind, subject: subject, subjectName: subjectName, annualSaving: rounded,
          binding: abs(saving) > Self.tolerance, explanation: explanation))
    }
    for year in scenario.planYears {
      for (siteIndex, site) in formulation.sites.enumerated() {
        // A pooled provider shares its pool's capacity row: one more place at any member is worth the same.
        let pool = formulation.pooling.representative[siteIndex]
        guard let row = formulation.capacityRows[PlanFormulation.SiteYear(siteIndex: pool, year: year)] else {
          continue
        }
        let perPlace = -dual.shadowPrice(of: row)
        if let supply = formulation.inHouseSupplyAtSite[siteIndex] {
          let areaName = scenario.area(supply.area)?.name ?? supply.area.rawValue
          let saving = perPlace * supply.usablePlacesPerHousehold
          add(
            year, .inHouseHousehold, supply.area.rawValue, areaName, saving,
            "One more in-house fostering household in \(areaName) in \(year) would save \(NumberFormat.pounds(saving)) a year"
          )
        } else if site.isEmergencyCapable {
          add(
            year, .emergencyBed, site.key, site.name, perPlace,
            "One more emergency-capable bed at \(site.name) in \(year) would save \(NumberFormat.pounds(perPlace)) a year"
          )
        } else if site.category.isExternal {
          add(
            year, .externalPlace, site.key, site.name, perPlace,
            "One more place at \(site.name) in \(year) would save \(NumberFormat.pounds(perPlace)) a year")
        } else if site.category == .inHouseResidential {
          add(
            year, .inHousePlace, site.key, site.name, perPlace,
            "One more bed at \(site.name) in \(year) would save \(NumberFormat.pounds(perPlace)) a year")
        }
      }
      if let row = formulation.emergencyRows[year] {
        let cost = dual.shadowPrice(of: row)
        add(
          year, .emergencyBedRequirement, "emergency_beds", "Emergency beds to hold", -cost,
          "Holding one more emergency bed in \(year) would cost \(NumberFormat.pounds(cost)) a year")
      }
      if let row = formulation.budgetRows[year] {
        let saving = -dual.shadowPrice(of: row)
        add(
          year, .budget, "budget_\(year)", "Yearly budget", saving,
          "One more pound of budget in \(year) would lower total cost and penalties by \(NumberFormat.fixed(saving, decimals: 2)) pounds"
        )
      }
      if let row = formulation.distanceRows[year] {
        let saving = -dual.shadowPrice(of: row)
        add(
          year, .distanceShare, "share_over_20_miles", "All placements", saving,
          "Allowing one more child more than \(DistanceIndicator.milesText) from home in \(year) would save \(NumberFormat.pounds(saving)) a year"
        )
      }
      if let row = formulation.inHouseShareRows[year] {
        let saving = dual.shadowPrice(of: row)
        add(
          year, .inHouseShare, "min_in_house_fostering_share", "Fostering placements", saving,
          "Relaxing the in-house fostering share by one placement in \(year) would save \(NumberFormat.pounds(saving)) a year"
        )
      }
      for supply in scenario.inHouseFostering {
        guard let recruit = formulation.recruits[PlanFormulation.AreaYear(area: supply.area, year: year)],
          !dual.reducedCosts.isEmpty
        else { continue }
        let atLimit = abs(primal.value(of: recruit) - supply.maximumRecruitsPerYear) < 1e-6
        let saving = atLimit ? -dual.reducedCosts[recruit.index] : 0
        let areaName = scenario.area(supply.area)?.name ?? supply.area.rawValue
        add(
          year, .recruitmentLimit, supply.area.rawValue, areaName, saving,
          "Approving one more household than the limit in \(areaName) in \(year) would save \(NumberFormat.pounds(saving)) over the plan"
        )
      }
    }
    return prices
  }
}

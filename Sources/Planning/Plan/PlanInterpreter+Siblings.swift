import MessageFormat
import PlacementDomain

/// One council's sibling groups in one year: the children to be placed together in sibling-capable places, those
/// the plan places so, and the gap (a penalised shortfall, never spending).
public struct SiblingLine: Sendable, Codable, Equatable {
  public var year: Int
  /// The financial year as councils write it ("2025-26").
  public var financialYear: String = ""
  public var authority: String
  /// Children of sibling groups to be placed together: the council's sibling share × its sibling need groups'
  /// demand.
  public var childrenInSiblingGroups: Double
  /// Of them, children placed in households approved for siblings: ``placedBySite`` summed.
  public var inSiblingPlaces: Double
  /// Children of sibling groups not in a sibling-capable place (``childrenInSiblingGroups`` − ``inSiblingPlaces``).
  public var gap: Double
  /// Sibling-capable places used, by site (an in-house area's carers, or a provider).
  public var placedBySite: [String: Double]
}

extension SiblingLine: FinancialYearLabelled {}

extension PlanInterpreter {
  /// The sibling lines per year and council, in scenario order.
  func siblingLines() -> [SiblingLine] {
    var bySite: [PlanFormulation.AuthorityYear: [String: Double]] = [:]
    for (key, variable) in formulation.siblingPlaced {
      let amount = Rounding.count(value(variable))
      guard amount > 0 else { continue }
      bySite[PlanFormulation.AuthorityYear(authority: key.authority, year: key.year), default: [:]][
        formulation.site(key.siteIndex).key, default: 0] += amount
    }
    var lines: [SiblingLine] = []
    for year in scenario.planYears {
      for authority in scenario.authorities {
        let key = PlanFormulation.AuthorityYear(authority: authority.id, year: year)
        guard let needed = formulation.siblingNeed[key] else { continue }
        let sites = (bySite[key] ?? [:]).mapValues(Rounding.count)
        let placed = Rounding.count(sites.keys.sorted().reduce(0) { $0 + (sites[$1] ?? 0) })
        let children = Rounding.count(needed)
        lines.append(
          SiblingLine(
            year: year, authority: authority.id.rawValue, childrenInSiblingGroups: children,
            inSiblingPlaces: min(placed, children), gap: Rounding.count(max(0, children - placed)),
            placedBySite: sites))
      }
    }
    return lines
  }

  /// Sibling-capable places used at each in-house area's carers in a year, over every council they serve.
  func siblingPlacesUsed(siteIndex: Int, year: Int) -> Double {
    formulation.siblingPlaced.reduce(0) { total, entry in
      entry.key.siteIndex == siteIndex && entry.key.year == year ? total + value(entry.value) : total
    }
  }

  /// A warning for each council and year whose sibling groups cannot all be placed together, and for each 16–17
  /// need group with need left unmet or met only by last resort.
  func siblingAndAgeWarnings(siblings: [SiblingLine], gap: [GapLine]) -> [String] {
    var warnings: [String] = []
    for line in siblings where line.gap >= 0.05 {
      warnings.append(
        "\(NumberFormat.fixed(line.gap, decimals: 1)) of \(line.authority)'s \(NumberFormat.fixed(line.childrenInSiblingGroups, decimals: 1)) children in sibling groups in \(line.year) find no household approved for siblings: too few sibling places within reach. Check sibling_places, sibling_place_share or recruitment."
      )
    }
    let olderGroups = Set(scenario.needGroups.filter { $0.ageBand == .sixteenSeventeen }.map(\.id.rawValue))
    for line in gap where olderGroups.contains(line.needGroup) && line.unmet + line.lastResort >= 0.05 {
      warnings.append(
        "16-17 gap: \(NumberFormat.fixed(line.unmet + line.lastResort, decimals: 1)) of \(NumberFormat.fixed(line.demand, decimals: 1)) young people aged 16-17 needing \(line.needGroup) in \(line.year) are not placed or are in unregistered or hotel placements. Check the places suitable for 16-17-year-olds."
      )
    }
    return warnings
  }
}

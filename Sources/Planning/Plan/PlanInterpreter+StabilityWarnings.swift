import MessageFormat
import PlacementDomain

extension PlanInterpreter {
  /// A warning for each in-house area and year where care leavers staying put find no place with the carers.
  func stayingPutWarnings() -> [String] {
    formulation.stayingPutShortfall.sorted { ($0.key.year, $0.key.area.rawValue) < ($1.key.year, $1.key.area.rawValue) }
      .compactMap { key, variable in
        let short = Rounding.count(value(variable))
        guard short > 0 else { return nil }
        return
          "\(NumberFormat.plain(short)) care leavers staying put in \(key.area) in \(key.year) find no place with its in-house carers: the carers' places are too few. Check households, usable_share or staying_put."
      }
  }

  /// A warning for each council's placements at the base date that cannot run on for want of places of their type.
  func baseStockWarnings() -> [String] {
    formulation.baseStockShortfall.sorted {
      ($0.key.authority.rawValue, $0.key.provisionType.rawValue)
        < ($1.key.authority.rawValue, $1.key.provisionType.rawValue)
    }.compactMap { key, variable in
      let short = Rounding.count(value(variable))
      guard short > 0 else { return nil }
      return
        "\(NumberFormat.plain(short)) of \(key.authority)'s placements in \(key.provisionType) at 31 March \(scenario.baseYear) cannot run on into \(scenario.baseYear + 1): the scenario has too few places of that type within reach. Check the places given, or the placed_at_base counts."
    }
  }
}

/// Somewhere a child can be placed: a provider, or the in-house foster carers of one area.
public struct PlacementSite: Sendable, Equatable {
  /// What the site is.
  public enum Source: Sendable, Equatable {
    case provider(ProviderID)
    case inHouseFostering(AreaID)
  }

  public var source: Source
  /// A stable, unique key: the provider ID, or `in_house_<area>`.
  public var key: String
  public var name: String
  public var provisionType: ProvisionTypeID
  public var category: ProvisionCategory
  public var location: GeoPoint?
  public var isEmergencyCapable: Bool
}

extension Scenario {
  /// Every placement site, in a fixed order: in-house fostering by area (scenario order), then providers.
  public var placementSites: [PlacementSite] {
    var sites: [PlacementSite] = []
    if let inHouseType = provisionTypes.first(where: { $0.category == .inHouseFostering }) {
      for supply in inHouseFostering {
        guard let area = area(supply.area) else { continue }
        sites.append(
          PlacementSite(
            source: .inHouseFostering(area.id), key: "in_house_\(area.id.rawValue)",
            name: "\(inHouseType.name), \(area.name)", provisionType: inHouseType.id, category: .inHouseFostering,
            location: area.location, isEmergencyCapable: inHouseType.isEmergencyCapable))
      }
    }
    for provider in providers {
      guard let type = provisionType(provider.provisionType) else { continue }
      sites.append(
        PlacementSite(
          source: .provider(provider.id), key: provider.id.rawValue, name: provider.name, provisionType: type.id,
          category: type.category, location: provider.location, isEmergencyCapable: type.isEmergencyCapable))
    }
    return sites
  }

  /// Road miles from a home area to a site: great-circle miles × the road factor; 0 for a site with no location
  /// (last resort).
  public func roadMiles(from area: Area, to site: PlacementSite) -> Double {
    guard let location = site.location else { return 0 }
    return area.location.greatCircleMiles(to: location) * distance.roadFactor
  }

  /// True when a child of `need` from `area` may be placed at `site`: the provision suits the need, the site is
  /// within the need group's distance limit (last resort has no limit), and an in-house fostering site belongs to
  /// the child's own authority (in a regional plan each council's carers serve its own children).
  public func allows(_ need: NeedGroup, from area: Area, at site: PlacementSite) -> Bool {
    guard suitability(of: site.provisionType, for: need.id) != nil else { return false }
    guard inHouseCarers(at: site, serve: area) else { return false }
    if site.category == .lastResort { return true }
    guard let limit = need.maximumMiles else { return true }
    return roadMiles(from: area, to: site) <= limit
  }

  /// True unless the site is one council's in-house foster carers and the area belongs to a council they do not
  /// serve (another council, not in a shared pool with theirs).
  public func inHouseCarers(at site: PlacementSite, serve area: Area) -> Bool {
    guard case .inHouseFostering(let carerArea) = site.source else { return true }
    guard let carers = self.area(carerArea)?.authority else { return false }
    return stability.inHouseCarers(of: carers, serve: area.authority)
  }

  /// The need groups with positive demand for an authority, in scenario order.
  public func needGroupsWithDemand(for authority: AuthorityID) -> [NeedGroup] {
    guard let demand = demand.first(where: { $0.authority == authority }) else { return [] }
    return needGroups.filter { need in
      switch demand.source {
      case .byNeed(let byYear): byYear.values.contains { ($0[need.id] ?? 0) > 0 }
      case .totals, .forecast: (demand.needMix[need.id] ?? 0) > 0
      }
    }
  }
}

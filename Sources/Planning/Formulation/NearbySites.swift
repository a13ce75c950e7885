import PlacementDomain

/// Finds the sites within a road distance of a home area without measuring to every site: located sites are kept
/// sorted by latitude, and only those in the latitude band the distance can reach are measured.
///
/// A great-circle mile spans at least 1/69.1 degrees of latitude anywhere on Earth, so a band of
/// `greatCircleMiles / 69` degrees either side holds every site within reach; the exact distance (the same
/// ``Scenario/roadMiles(from:to:)`` the model uses) then decides. Last-resort sites and sites without a location
/// have no distance limit and are always returned (at 0 miles when they have no location).
struct NearbySites {
  /// Located sites as (latitude, site index), by latitude.
  private let byLatitude: [(latitude: Double, siteIndex: Int)]
  /// Sites returned whatever the distance.
  private let unlimited: [Int]
  private let sites: [PlacementSite]

  /// Indexes the sites whose index passes `include`.
  init(sites: [PlacementSite], include: (Int) -> Bool) {
    self.sites = sites
    var located: [(latitude: Double, siteIndex: Int)] = []
    var unlimited: [Int] = []
    for (index, site) in sites.enumerated() where include(index) {
      if let location = site.location, site.category != .lastResort {
        located.append((location.latitude, index))
      } else {
        unlimited.append(index)
      }
    }
    byLatitude = located.sorted { ($0.latitude, $0.siteIndex) < ($1.latitude, $1.siteIndex) }
    self.unlimited = unlimited
  }

  /// The sites within `maximumRoadMiles` of `area` (every site when `nil`), plus the sites with no limit, with
  /// their road miles, by site index.
  func within(_ maximumRoadMiles: Double?, of area: Area, in scenario: Scenario) -> [(siteIndex: Int, miles: Double)] {
    var found: [(siteIndex: Int, miles: Double)] = unlimited.map { ($0, scenario.roadMiles(from: area, to: sites[$0])) }
    var range = byLatitude.startIndex..<byLatitude.endIndex
    if let maximumRoadMiles, scenario.distance.roadFactor > 0 {
      let degrees = maximumRoadMiles / scenario.distance.roadFactor / 69 + 1e-6
      range =
        firstIndex(
          atLeast: area.location.latitude - degrees)..<firstIndex(atLeast: area.location.latitude + degrees + 1e-9)
    }
    for entry in byLatitude[range] {
      let miles = scenario.roadMiles(from: area, to: sites[entry.siteIndex])
      if maximumRoadMiles.map({ miles <= $0 }) ?? true { found.append((entry.siteIndex, miles)) }
    }
    return found.sorted { $0.siteIndex < $1.siteIndex }
  }

  /// The first position whose latitude is at least `latitude` (binary search).
  private func firstIndex(atLeast latitude: Double) -> Int {
    var low = 0
    var high = byLatitude.count
    while low < high {
      let middle = (low + high) / 2
      if byLatitude[middle].latitude < latitude { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

import PlacementDomain

/// Identical providers merged into capacity pools, so the programme has one placement column per pool instead of
/// one per provider.
///
/// Providers are identical when they have the same provision type, the same location (exact coordinates), the same
/// base and need-specific weekly prices, and no opening or block-contract option. Every placement at any of them then
/// has the same cost, distance and suitability, so the pooled programme (capacity = the members' places summed) has
/// the same optimal cost as the unpooled one; its optimal placements split back onto the members (see
/// ``split(_:capacity:)``). In-house sites, last resort (no location) and providers with whole-number options are
/// never pooled.
public struct ProviderPooling: Sendable {
  /// The first site of each site's pool (the site itself when it is alone), by site index.
  public let representative: [Int]
  /// The sites of each pool, in site order, by the representative's site index (empty for other sites).
  public let members: [[Int]]

  /// Groups identical providers when `enabled`; otherwise every site is its own pool.
  public init(sites: [PlacementSite], providers: [Provider?], enabled: Bool) {
    var representative = Array(sites.indices)
    var members = sites.indices.map { [$0] }
    if enabled {
      var firstWithKey: [Key: Int] = [:]
      for index in sites.indices {
        guard let provider = providers[index], let key = Key(provider) else { continue }
        if let first = firstWithKey[key] {
          representative[index] = first
          members[first].append(index)
          members[index] = []
        } else {
          firstWithKey[key] = index
        }
      }
    }
    self.representative = representative
    self.members = members
  }

  /// True when a site stands for its pool in the programme.
  public func isRepresentative(_ siteIndex: Int) -> Bool { representative[siteIndex] == siteIndex }

  /// Splits `amount` placed in a pool onto its members, filling each member's remaining places in site order
  /// (`capacity` is updated; `nil` means unlimited). Whatever exceeds every member's places (solver tolerance) goes
  /// to the last member.
  public static func split(_ amount: Double, capacity: inout [Double?]) -> [Double] {
    var shares = [Double](repeating: 0, count: capacity.count)
    var left = amount
    for index in capacity.indices where left > 0 {
      let take = capacity[index].map { min(left, max(0, $0)) } ?? left
      shares[index] += take
      left -= take
      if let remaining = capacity[index] { capacity[index] = remaining - take }
    }
    if left > 0, !shares.isEmpty { shares[shares.count - 1] += left }
    return shares
  }

  /// What makes two providers interchangeable.
  private struct Key: Hashable {
    var provisionType: ProvisionTypeID
    var latitude: Double
    var longitude: Double
    var weeklyPrice: Double
    var pricesByNeed: [NeedGroupID: Double]
    var unlimited: Bool

    init?(_ provider: Provider) {
      guard let location = provider.location, provider.opening == nil, provider.blockContract == nil else { return nil }
      provisionType = provider.provisionType
      latitude = location.latitude
      longitude = location.longitude
      weeklyPrice = provider.weeklyPrice
      pricesByNeed = provider.weeklyPriceByNeed
      unlimited = provider.placesByYear == nil
    }
  }
}

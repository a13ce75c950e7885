/// The ages a need group's children are: what suits them depends on it (supported accommodation is for 16–17-year-olds
/// only), and their placements age through the bands. See `docs/formulation.md` ("Ages").
public enum NeedAgeBand: String, Sendable, Equatable, Codable, CaseIterable {
  /// Children under 16.
  case under16 = "under_16"
  /// Young people aged 16 or 17: their placements end at 18 (ageing out), unless they stay put.
  case sixteenSeventeen = "16_17"
  /// Children of any age (the band is not modelled for this group).
  case any
}

/// One council's ageing through the age bands, per year.
public struct AgeingRates: Sendable, Equatable, Codable {
  /// The share of running-on under-16 placements in which the child turns 16 during the year: the placement runs on
  /// (the same carer) as a 16–17 placement of the group the under-16 group `ages_into`, 0–1.
  public var turning16Share: Double
  /// The share of running-on 16–17 placements that end because the young person turns 18, 0–1 (about 1/2: half of
  /// 16–17-year-olds are 17). A 16–17 group's placements run on at most at 1 − this share.
  public var ageingOutShare: Double

  /// Creates ageing rates.
  public init(turning16Share: Double = Self.national.turning16Share, ageingOutShare: Double = 0.5) {
    self.turning16Share = turning16Share
    self.ageingOutShare = ageingOutShare
  }

  /// England at 31 March 2018 (DfE children looked after, SFR underlying data CLA2018): 29,710 aged 10–15 and 58,090
  /// under 16, so one year's age of the 10–15 band (a sixth, about 4,950) is 8.5 % of under-16s; half of 16–17s age
  /// out each year (the 17-year-olds).
  public static let national = AgeingRates(turning16Share: 0.085, ageingOutShare: 0.5)
}

extension Scenario {
  /// A council's ageing rates: its demand entry's `ages`, else the national figures.
  public func ageingRates(of authority: AuthorityID) -> AgeingRates {
    demand.first { $0.authority == authority }?.ageing ?? .national
  }
}

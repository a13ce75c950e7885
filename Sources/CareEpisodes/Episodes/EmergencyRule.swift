/// Which episode starts count as emergency arrivals, for sizing emergency beds with the Erlang B formula.
///
/// SSDA903 records no time of day, so "same-day" placements are approximated from what the episode says about
/// itself: an episode is an emergency start when its reason for new episode (RNE), legal status (LS) and category
/// of need (CIN) are each in the rule's set (an empty set accepts any code) and the child's age on the start day is
/// within `minimumAge...maximumAge`.
///
/// The default (``standard``) counts children aged 13 to 17 starting a new period of care (RNE `S`) under any legal
/// status and need: teenagers who come into care, the group Ofsted says is hardest to place at short notice.
/// Police protection (LS `L1`) and emergency protection orders (`L2`) can be required instead with
/// `legalStatuses: ["L1", "L2"]` and any age.
public struct EmergencyRule: Sendable, Equatable {
  /// RNE codes that qualify; empty means any.
  public var reasonsForNewEpisode: Set<String>
  /// LS codes that qualify; empty means any.
  public var legalStatuses: Set<String>
  /// CIN codes that qualify; empty means any.
  public var categoriesOfNeed: Set<String>
  /// The youngest qualifying age in whole years on the start day.
  public var minimumAge: Int
  /// The oldest qualifying age in whole years on the start day.
  public var maximumAge: Int

  /// A rule; codes are upper-cased.
  public init(
    reasonsForNewEpisode: Set<String>, legalStatuses: Set<String> = [], categoriesOfNeed: Set<String> = [],
    minimumAge: Int = 0, maximumAge: Int = 17
  ) {
    self.reasonsForNewEpisode = Set(reasonsForNewEpisode.map { $0.uppercased() })
    self.legalStatuses = Set(legalStatuses.map { $0.uppercased() })
    self.categoriesOfNeed = Set(categoriesOfNeed.map { $0.uppercased() })
    self.minimumAge = minimumAge
    self.maximumAge = maximumAge
  }

  /// Teenagers (13–17) starting a new period of care (RNE `S`).
  public static let standard = EmergencyRule(reasonsForNewEpisode: ["S"], minimumAge: 13, maximumAge: 17)

  /// True when an episode with these codes, starting at this age, is an emergency start.
  public func matches(reasonForNewEpisode: String, legalStatus: String, categoryOfNeed: String, ageAtStart: Int) -> Bool
  {
    (reasonsForNewEpisode.isEmpty || reasonsForNewEpisode.contains(reasonForNewEpisode))
      && (legalStatuses.isEmpty || legalStatuses.contains(legalStatus))
      && (categoriesOfNeed.isEmpty || categoriesOfNeed.contains(categoryOfNeed))
      && ageAtStart >= minimumAge && ageAtStart <= maximumAge
  }

  /// The rule in words, for reports.
  public var summary: String {
    func codes(_ set: Set<String>) -> String { set.isEmpty ? "any" : set.sorted().joined(separator: "/") }
    return "RNE \(codes(reasonsForNewEpisode)), LS \(codes(legalStatuses)), CIN \(codes(categoriesOfNeed)), "
      + "age \(minimumAge)-\(maximumAge) at start"
  }
}

/// What a shadow price is the value of: the resource or policy limit it belongs to. Carries its display name and
/// the unit its value is read in, so a report needs nothing but the plan. Written as its raw value in plan.json and
/// shadow-prices.csv.
public enum ShadowPriceKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// One more approved in-house fostering household in an area (subject: the area).
  case inHouseHousehold = "in_house_household"
  /// One more emergency-capable bed at a provider (subject: the provider).
  case emergencyBed = "emergency_bed"
  /// One more place with an external provider (subject: the provider).
  case externalPlace = "external_place"
  /// One more bed in a council home (subject: the provider).
  case inHousePlace = "in_house_place"
  /// One more emergency bed held (a cost: the requirement binds from below).
  case emergencyBedRequirement = "emergency_bed_requirement"
  /// £1m more in the yearly budget ceiling.
  case budget
  /// One more child allowed more than ``Units/distanceIndicatorMiles`` miles from home under the distance ceiling.
  case distanceShare = "distance_share"
  /// One placement less under the in-house fostering share minimum.
  case inHouseShare = "in_house_share"
  /// One more household than an area's yearly recruitment limit.
  case recruitmentLimit = "recruitment_limit"

  /// The budget's unit: £1m more in the year's ceiling.
  public static let budgetUnitPounds = 1_000_000.0

  /// The name a reader sees ("In-house fostering household").
  public var displayName: String {
    switch self {
    case .inHouseHousehold: "In-house fostering household"
    case .emergencyBed: "Emergency-capable bed"
    case .externalPlace: "Place with a provider"
    case .inHousePlace: "Bed in a council home"
    case .emergencyBedRequirement: "Emergency beds required (cost)"
    case .budget: "Budget ceiling"
    case .distanceShare: "Distance ceiling (\(DistanceIndicator.milesText))"
    case .inHouseShare: "In-house share minimum"
    case .recruitmentLimit: "Recruitment limit"
    }
  }

  /// One unit of the resource, in words ("place for the year", "£1m of budget").
  public var unitName: String {
    switch self {
    case .inHouseHousehold: "household for the year"
    case .emergencyBed, .inHousePlace: "bed for the year"
    case .externalPlace: "place for the year"
    case .emergencyBedRequirement: "emergency bed required"
    case .budget: "£1m of budget"
    case .distanceShare: "child allowed over \(DistanceIndicator.milesText)"
    case .inHouseShare: "placement off the in-house share target"
    case .recruitmentLimit: "household approved over the limit"
    }
  }
}

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
  /// One more pound of the yearly budget ceiling.
  case budget
  /// One more child allowed more than ``Units/distanceIndicatorMiles`` miles from home under the distance ceiling.
  case distanceShare = "distance_share"
  /// One placement less under the in-house fostering share minimum.
  case inHouseShare = "in_house_share"
  /// One more household than an area's yearly recruitment limit (a saving over the whole plan).
  case recruitmentLimit = "recruitment_limit"

  /// How the value of one more unit is read.
  public enum ValueUnit: Sendable, Equatable {
    /// Pounds a year.
    case poundsPerYear
    /// Pounds over the whole plan.
    case poundsOverPlan
    /// Pounds of cost per pound of budget (a ratio, not money).
    case poundsPerPound
  }

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

  /// The unit of the value of one more unit.
  public var valueUnit: ValueUnit {
    switch self {
    case .budget: .poundsPerPound
    case .recruitmentLimit: .poundsOverPlan
    default: .poundsPerYear
    }
  }
}

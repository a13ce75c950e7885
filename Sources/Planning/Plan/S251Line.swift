import PlacementDomain

/// The line of the DfE section 251 budget and outturn return (children looked after) that spending on a provision
/// type is reported under, so a finance team can set the plan beside its s251 return. The three lines are those of
/// the DfE weekly unit costs the scenarios are priced from (`s251_cla_weekly_unit_costs_by_la_*.csv`: fostering,
/// residential care, other children looked after services).
public enum S251Line: String, Sendable, Codable, CaseIterable {
  case residentialCare = "Residential care"
  case fosteringServices = "Fostering services"
  case otherLookedAfterServices = "Other children looked after services"

  /// The line for a provision category: fostering (in-house and independent) under fostering services; children's
  /// homes, emergency and last-resort beds under residential care; supported accommodation and anything else under
  /// other children looked after services.
  public init(_ category: ProvisionCategory) {
    switch category {
    case .inHouseFostering, .independentFostering: self = .fosteringServices
    case .inHouseResidential, .externalResidential, .emergency, .lastResort: self = .residentialCare
    case .supported, .other: self = .otherLookedAfterServices
    }
  }
}

/// What a provision type is, which decides how the planner treats it.
public enum ProvisionCategory: String, Sendable, Codable, CaseIterable {
  /// The council's own foster carers: capacity comes from the household stock, with recruitment and attrition.
  case inHouseFostering = "in_house_fostering"
  /// Independent fostering agencies.
  case independentFostering = "ifa"
  /// The council's own children's homes.
  case inHouseResidential = "in_house_residential"
  /// Private and voluntary children's homes.
  case externalResidential = "external_residential"
  /// Emergency beds (including for young people with risk-taking behaviours).
  case emergency
  /// Supported or semi-independent accommodation for 16–17-year-olds.
  case supported
  /// Unregistered or hotel use: priced very high, unlimited, always reported.
  case lastResort = "last_resort"
  /// Anything else (kinship, placed with parents, …).
  case other

  /// True for fostering (in-house and IFA), for the in-house share policy.
  public var isFostering: Bool { self == .inHouseFostering || self == .independentFostering }

  /// True for provision bought from the market.
  public var isExternal: Bool { self == .independentFostering || self == .externalResidential || self == .supported }
}

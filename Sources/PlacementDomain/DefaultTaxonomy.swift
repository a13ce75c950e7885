/// The need groups, provision types and suitability used when a scenario does not list its own.
public enum DefaultTaxonomy {
  /// Mainstream fostering, complex or therapeutic fostering, parent and child, residential, emergency or
  /// risk-taking, and 16–17 supported.
  public static let needGroups: [NeedGroup] = [
    NeedGroup(id: "mainstream_fostering", name: "Mainstream fostering", maximumMiles: 40),
    NeedGroup(id: "complex_fostering", name: "Complex or therapeutic fostering", maximumMiles: 60),
    NeedGroup(id: "parent_and_child", name: "Parent and child", maximumMiles: 60),
    NeedGroup(id: "residential", name: "Residential", maximumMiles: 150),
    NeedGroup(id: "emergency", name: "Emergency or risk-taking", maximumMiles: 60, isEmergency: true),
    NeedGroup(
      id: "supported_16_17", name: "16–17 supported accommodation", maximumMiles: 40, ageBand: .sixteenSeventeen),
  ]

  /// In-house fostering, IFA, in-house residential, external residential, emergency beds, supported
  /// accommodation, and last-resort unregistered or hotel use.
  public static let provisionTypes: [ProvisionType] = [
    ProvisionType(id: "in_house_fostering", name: "In-house fostering", category: .inHouseFostering),
    ProvisionType(id: "ifa", name: "Independent fostering agency", category: .independentFostering),
    ProvisionType(id: "in_house_residential", name: "In-house residential", category: .inHouseResidential),
    ProvisionType(id: "external_residential", name: "External residential", category: .externalResidential),
    ProvisionType(id: "emergency_beds", name: "Emergency beds", category: .emergency, isEmergencyCapable: true),
    ProvisionType(id: "supported", name: "Supported accommodation", category: .supported),
    ProvisionType(id: "last_resort", name: "Unregistered or hotel (last resort)", category: .lastResort),
  ]

  /// Which default provision serves which default need, with price multipliers.
  public static let suitability: [Suitability] =
    [
      Suitability(needGroup: "mainstream_fostering", provisionType: "in_house_fostering"),
      Suitability(needGroup: "mainstream_fostering", provisionType: "ifa"),
      Suitability(needGroup: "complex_fostering", provisionType: "in_house_fostering", costMultiplier: 1.3),
      Suitability(needGroup: "complex_fostering", provisionType: "ifa", costMultiplier: 1.25),
      Suitability(needGroup: "parent_and_child", provisionType: "in_house_fostering", costMultiplier: 1.5),
      Suitability(needGroup: "parent_and_child", provisionType: "ifa", costMultiplier: 1.6),
      Suitability(needGroup: "residential", provisionType: "in_house_residential"),
      Suitability(needGroup: "residential", provisionType: "external_residential"),
      Suitability(needGroup: "emergency", provisionType: "emergency_beds"),
      Suitability(needGroup: "emergency", provisionType: "external_residential", costMultiplier: 1.2),
      // 16-17-year-olds in foster care are counted in the fostering groups; this group needs supported accommodation.
      Suitability(needGroup: "supported_16_17", provisionType: "supported"),
    ] + needGroups.map { Suitability(needGroup: $0.id, provisionType: "last_resort") }
}

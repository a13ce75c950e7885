/// A kind of provision: in-house fostering, IFA, residential, emergency beds, supported accommodation, last resort.
public struct ProvisionType: Sendable, Equatable, Codable {
  public var id: ProvisionTypeID
  public var name: String
  public var category: ProvisionCategory
  /// True when vacant places of this type can be held for emergencies.
  public var isEmergencyCapable: Bool

  /// Creates a provision type.
  public init(id: ProvisionTypeID, name: String, category: ProvisionCategory, isEmergencyCapable: Bool = false) {
    self.id = id
    self.name = name
    self.category = category
    self.isEmergencyCapable = isEmergencyCapable
  }
}

/// Which provision type may serve which need group, with a multiplier on the provider's weekly price.
public struct Suitability: Sendable, Equatable, Codable {
  public var needGroup: NeedGroupID
  public var provisionType: ProvisionTypeID
  /// Multiplies the provider's base weekly price for this need (for example 1.3 for complex needs).
  public var costMultiplier: Double

  /// Creates a suitability pair.
  public init(needGroup: NeedGroupID, provisionType: ProvisionTypeID, costMultiplier: Double = 1) {
    self.needGroup = needGroup
    self.provisionType = provisionType
    self.costMultiplier = costMultiplier
  }
}

/// The council's own foster carers in one area: the household stock and how it can grow.
public struct InHouseFosteringSupply: Sendable, Equatable, Codable {
  public var area: AreaID
  /// Approved fostering households at the base year's 31 March.
  public var households: Double
  /// Approved places per household.
  public var placesPerHousehold: Double
  /// The share of approved places that can actually be used (vacancies and matching friction), 0–1.
  public var usableShare: Double
  /// The share of households leaving each year, 0–1 (about 0.11 nationally).
  public var annualAttrition: Double
  /// The cost of recruiting, assessing and approving one household (£).
  public var recruitmentCost: Double
  /// The most households that can be approved in a year.
  public var maximumRecruitsPerYear: Double
  /// The part of its first year a newly approved household is available, 0–1.
  public var firstYearAvailability: Double
  /// Weekly cost of an in-house placement (allowances, fees and support), £.
  public var weeklyCost: Double
  /// Yearly cost of supporting one approved household whether or not a child is placed (£).
  public var annualCostPerHousehold: Double
  /// True when recruits are whole households (makes the plan a MIP).
  public var wholeRecruits: Bool
  /// Households approved in the base year, the recruitment the status quo carries on with; `nil` when not given
  /// (then the status quo replaces leavers: households × attrition).
  public var recruitedInBaseYear: Double?
  /// The share of usable places in households approved for sibling groups (new households alike), 0–1.
  public var siblingPlaceShare: Double

  /// Creates an in-house supply record.
  public init(
    area: AreaID, households: Double, placesPerHousehold: Double, usableShare: Double, annualAttrition: Double,
    recruitmentCost: Double, maximumRecruitsPerYear: Double, firstYearAvailability: Double, weeklyCost: Double,
    annualCostPerHousehold: Double = 0, wholeRecruits: Bool = false, recruitedInBaseYear: Double? = nil,
    siblingPlaceShare: Double = 0
  ) {
    self.area = area
    self.households = households
    self.placesPerHousehold = placesPerHousehold
    self.usableShare = usableShare
    self.annualAttrition = annualAttrition
    self.recruitmentCost = recruitmentCost
    self.maximumRecruitsPerYear = maximumRecruitsPerYear
    self.firstYearAvailability = firstYearAvailability
    self.weeklyCost = weeklyCost
    self.annualCostPerHousehold = annualCostPerHousehold
    self.wholeRecruits = wholeRecruits
    self.recruitedInBaseYear = recruitedInBaseYear
    self.siblingPlaceShare = siblingPlaceShare
  }

  /// The households the status quo recruits a year: the base year's, or the leavers replaced, within the limit.
  public var statusQuoRecruitsPerYear: Double {
    min(recruitedInBaseYear ?? households * annualAttrition, maximumRecruitsPerYear)
  }

  /// Usable places per approved household.
  public var usablePlacesPerHousehold: Double { placesPerHousehold * usableShare }
}

/// A provider or capacity pool: places of one provision type at one location, at weekly prices.
public struct Provider: Sendable, Equatable, Codable {
  public var id: ProviderID
  public var name: String
  public var provisionType: ProvisionTypeID
  /// Where the places are; `nil` for last-resort provision, which has no fixed place and no distance.
  public var location: GeoPoint?
  /// Spot places available in each plan year (year ending 31 March → places); `nil` for unlimited.
  public var placesByYear: [Int: Double]?
  /// Base weekly price per placement, before the need group's suitability multiplier.
  public var weeklyPrice: Double
  /// Weekly prices for particular need groups, replacing `weeklyPrice × multiplier`.
  public var weeklyPriceByNeed: [NeedGroupID: Double]
  /// An optional decision to open new units (such as an in-house children's home).
  public var opening: OpeningOption?
  /// An optional block contract: beds paid for whether used or not, at a lower weekly price.
  public var blockContract: BlockContract?
  /// How many of its spot places are in households approved for sibling groups (every year); 0 for none.
  public var siblingPlaces: Double

  /// Creates a provider.
  public init(
    id: ProviderID, name: String, provisionType: ProvisionTypeID, location: GeoPoint?, placesByYear: [Int: Double]?,
    weeklyPrice: Double, weeklyPriceByNeed: [NeedGroupID: Double] = [:], opening: OpeningOption? = nil,
    blockContract: BlockContract? = nil, siblingPlaces: Double = 0
  ) {
    self.id = id
    self.name = name
    self.provisionType = provisionType
    self.location = location
    self.placesByYear = placesByYear
    self.weeklyPrice = weeklyPrice
    self.weeklyPriceByNeed = weeklyPriceByNeed
    self.opening = opening
    self.blockContract = blockContract
    self.siblingPlaces = siblingPlaces
  }

  /// Spot places in a year; `nil` for unlimited.
  public func places(in year: Int) -> Double? { placesByYear.map { $0[year] ?? 0 } }
}

/// A whole-number decision to open units of capacity (for example an in-house home of 4 beds).
public struct OpeningOption: Sendable, Equatable, Codable {
  /// Beds in one unit.
  public var bedsPerUnit: Double
  /// Yearly running cost of one open unit, whether full or not (£ per year).
  public var annualFixedCost: Double
  /// The most units that may be opened over the horizon.
  public var maximumUnits: Int
  /// The first plan year a unit may open.
  public var earliestYear: Int?

  /// Creates an opening option.
  public init(bedsPerUnit: Double, annualFixedCost: Double, maximumUnits: Int, earliestYear: Int? = nil) {
    self.bedsPerUnit = bedsPerUnit
    self.annualFixedCost = annualFixedCost
    self.maximumUnits = maximumUnits
    self.earliestYear = earliestYear
  }
}

/// Beds reserved with a provider under a block contract: paid weekly whether used or not.
public struct BlockContract: Sendable, Equatable, Codable {
  /// The most beds that may be contracted in a year.
  public var maximumBeds: Double
  /// The price of one contracted bed per week.
  public var weeklyPricePerBed: Double
  /// True when beds are bought in whole numbers (makes the plan a MIP).
  public var wholeBeds: Bool

  /// Creates a block-contract option.
  public init(maximumBeds: Double, weeklyPricePerBed: Double, wholeBeds: Bool = true) {
    self.maximumBeds = maximumBeds
    self.weeklyPricePerBed = weeklyPricePerBed
    self.wholeBeds = wholeBeds
  }
}

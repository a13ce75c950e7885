import Foundation

/// The prices a scenario states and how they rise: every weekly price, cost and budget figure of the scenario is at
/// the prices of one financial year (``baseYear``), and each provision type's prices rise by a yearly uplift. Plan
/// costs are reported at those constant prices and in cash (constant × the uplift compounded from the price base).
public struct PriceBasis: Sendable, Equatable, Codable {
  /// The financial year (ending 31 March) whose prices the scenario states.
  public var baseYear: Int
  /// The yearly uplift of each provision type's prices (0.036 is 3.6 % a year); a type not listed uses
  /// ``defaultUplift(for:)``.
  public var annualUplift: [ProvisionTypeID: Double]

  /// Creates a price basis.
  public init(baseYear: Int, annualUplift: [ProvisionTypeID: Double] = [:]) {
    self.baseYear = baseYear
    self.annualUplift = annualUplift
  }

  /// The default yearly uplift of a provision category: the compound yearly growth of England's DfE section 251
  /// weekly unit costs from 2016-17 to 2024-25 (`s251_cla_weekly_unit_costs_by_la_2016_17_to_2024_25.csv`):
  /// fostering £575 to £765 (3.6 % a year), residential care £3,430 to £7,385 (10.1 %), other children looked after
  /// services (supported accommodation and the rest) £1,095 to £2,100 (8.5 %).
  public static func defaultUplift(for category: ProvisionCategory) -> Double {
    switch category {
    case .inHouseFostering, .independentFostering: Self.growth(from: 575, to: 765)
    case .inHouseResidential, .externalResidential, .emergency, .lastResort: Self.growth(from: 3_430, to: 7_385)
    case .supported, .other: Self.growth(from: 1_095, to: 2_100)
    }
  }

  /// Compound yearly growth over the 8 years from 2016-17 to 2024-25.
  private static func growth(from start: Double, to end: Double) -> Double { pow(end / start, 1.0 / 8) - 1 }

  /// The yearly uplift of a provision type.
  public func uplift(of type: ProvisionType) -> Double {
    annualUplift[type.id] ?? Self.defaultUplift(for: type.category)
  }

  /// Cash ÷ constant prices for a provision type in a plan year: (1 + uplift) to the power of the years since the
  /// price base.
  public func cashFactor(of type: ProvisionType, in year: Int) -> Double {
    pow(1 + uplift(of: type), Double(year - baseYear))
  }
}

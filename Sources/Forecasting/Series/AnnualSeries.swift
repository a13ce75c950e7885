/// One annual series (a stock counted once a year), with optional flows and population for the same years.
///
/// Years are consecutive and increasing. `starts` and `ceased` are the flows during the year ending at each
/// observation; `population` is the population the stock is drawn from (for rates per 10,000). Flow and population
/// entries may be `nil` where the source suppressed them; the stock itself is always present.
public struct AnnualSeries: Sendable, Equatable {
  /// A stable key such as a GSS code (`E06000003`), used to select the series and to order output.
  public let id: String
  /// A human-readable name for tables.
  public let name: String
  /// Consecutive years, increasing.
  public let years: [Int]
  /// The stock at each year (non-negative, finite).
  public let values: [Double]
  /// Entries into the stock during each year, or `nil` where unknown.
  public let starts: [Double?]
  /// Exits from the stock during each year, or `nil` where unknown.
  public let ceased: [Double?]
  /// The population at risk at each year, or `nil` where unknown.
  public let population: [Double?]

  /// Makes a series. Optional arrays default to all-`nil`; given arrays must match `years` in length.
  ///
  /// - Throws: ``ForecastingError/invalidSeries(id:reason:)`` when lengths differ, years are not consecutive, or
  ///   a value is negative or not finite.
  public init(
    id: String, name: String? = nil, years: [Int], values: [Double], starts: [Double?]? = nil,
    ceased: [Double?]? = nil, population: [Double?]? = nil
  ) throws {
    let count = years.count
    guard values.count == count else {
      throw ForecastingError.invalidSeries(id: id, reason: "\(values.count) values for \(count) years")
    }
    for (label, array) in [("starts", starts), ("ceased", ceased), ("population", population)] {
      if let array, array.count != count {
        throw ForecastingError.invalidSeries(id: id, reason: "\(array.count) \(label) entries for \(count) years")
      }
    }
    for index in years.indices.dropFirst() where years[index] != years[index - 1] + 1 {
      throw ForecastingError.invalidSeries(
        id: id, reason: "years must be consecutive; \(years[index - 1]) is followed by \(years[index])")
    }
    for (index, value) in values.enumerated() where !value.isFinite || value < 0 {
      throw ForecastingError.invalidSeries(
        id: id, reason: "value \(value) in \(years[index]) is not a non-negative finite number")
    }
    self.id = id
    self.name = name ?? id
    self.years = years
    self.values = values
    self.starts = starts ?? Array(repeating: nil, count: count)
    self.ceased = ceased ?? Array(repeating: nil, count: count)
    self.population = population ?? Array(repeating: nil, count: count)
  }

  private init(trusted source: AnnualSeries, prefix: Int) {
    id = source.id
    name = source.name
    years = Array(source.years.prefix(prefix))
    values = Array(source.values.prefix(prefix))
    starts = Array(source.starts.prefix(prefix))
    ceased = Array(source.ceased.prefix(prefix))
    population = Array(source.population.prefix(prefix))
  }

  /// The number of years observed.
  public var count: Int { years.count }

  /// The first year, or `nil` for an empty series.
  public var firstYear: Int? { years.first }

  /// The last year, or `nil` for an empty series.
  public var lastYear: Int? { years.last }

  /// The value observed in `year`, or `nil` outside the series.
  public func value(in year: Int) -> Double? {
    guard let first = years.first, year >= first, year - first < count else { return nil }
    return values[year - first]
  }

  /// The series cut after `origin`: only observations in years up to and including `origin` remain, so a model
  /// given the result cannot see later data.
  public func truncated(throughYear origin: Int) -> AnnualSeries {
    guard let first = years.first else { return self }
    let keep = max(0, min(count, origin - first + 1))
    return keep == count ? self : AnnualSeries(trusted: self, prefix: keep)
  }
}

/// A forecast fan chart: an observed history line, a point forecast and 80% and 95% prediction bands.
public struct FanChart: Sendable, Hashable {
  /// One forecast step: the point forecast and its prediction intervals.
  public struct Step: Sendable, Hashable {
    /// The horizontal position, such as the year 2027.
    public var x: Double
    /// The point forecast.
    public var point: Double
    /// The 80% interval's lower end.
    public var lower80: Double
    /// The 80% interval's upper end.
    public var upper80: Double
    /// The 95% interval's lower end.
    public var lower95: Double
    /// The 95% interval's upper end.
    public var upper95: Double

    /// A forecast step with its point forecast and both intervals.
    public init(x: Double, point: Double, lower80: Double, upper80: Double, lower95: Double, upper95: Double) {
      self.x = x
      self.point = point
      self.lower80 = lower80
      self.upper80 = upper80
      self.lower95 = lower95
      self.upper95 = upper95
    }
  }

  /// What the values measure, shown above the value axis ("Children looked after at 31 March").
  public var valueLabel: String
  /// How values are written.
  public var valueFormat: ValueFormat
  /// How x positions are written (``ValueFormat/year`` for years).
  public var xFormat: ValueFormat
  /// The observed values, in any order (drawn sorted by x).
  public var history: [ChartPoint]
  /// The forecast steps, in any order (drawn sorted by x).
  public var forecast: [Step]
  /// Whether the value axis must include zero.
  public var includesZero: Bool
  /// The values a plan is built on (a quantile of the forecast), drawn as their own line; empty for none.
  public var planned: [ChartPoint]
  /// The legend label of ``planned`` ("Planned (P80)").
  public var plannedLabel: String

  /// A fan chart; values start the axis at zero unless `includeZero` is false.
  public init(
    valueLabel: String, valueFormat: ValueFormat = .number(decimals: 0), xFormat: ValueFormat = .year,
    history: [ChartPoint], forecast: [Step], includesZero: Bool = true, planned: [ChartPoint] = [],
    plannedLabel: String = "Planned"
  ) {
    self.includesZero = includesZero
    self.planned = planned
    self.plannedLabel = plannedLabel
    self.valueLabel = valueLabel
    self.valueFormat = valueFormat
    self.xFormat = xFormat
    self.history = history
    self.forecast = forecast
  }
}

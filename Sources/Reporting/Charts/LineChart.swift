/// Lines over a numeric x axis (usually years), each labelled at its end, with an optional reference line and an
/// optional shaded range behind the lines (``Band``).
public struct LineChart: Sendable, Hashable {
  /// One named line.
  public struct Series: Sendable, Hashable {
    /// The series name, written at the line's end and in the legend.
    public var name: String
    /// The points, in any order (drawn sorted by x; non-finite points are skipped).
    public var points: [ChartPoint]

    /// A named line through `points`.
    public init(name: String, points: [ChartPoint]) {
      self.name = name
      self.points = points
    }
  }

  /// The lines.
  public var series: [Series]
  /// What the values measure, shown above the value axis.
  public var valueLabel: String
  /// How values are written.
  public var valueFormat: ValueFormat
  /// How x positions are written (``ValueFormat/year`` for years).
  public var xFormat: ValueFormat
  /// Whether the value axis must include zero (true unless the values are far from zero by nature).
  public var includesZero: Bool
  /// An optional horizontal line, such as a policy ceiling.
  public var referenceLine: ReferenceLine?
  /// An optional shaded range with its middle line, drawn behind the series, such as a sweep's P10 to P90.
  public var band: Band?

  /// A line chart.
  public init(
    series: [Series], valueLabel: String, valueFormat: ValueFormat = .number(decimals: 0),
    xFormat: ValueFormat = .year, includesZero: Bool = true, referenceLine: ReferenceLine? = nil, band: Band? = nil
  ) {
    self.band = band
    self.series = series
    self.valueLabel = valueLabel
    self.valueFormat = valueFormat
    self.xFormat = xFormat
    self.includesZero = includesZero
    self.referenceLine = referenceLine
  }
}

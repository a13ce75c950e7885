/// The kinds of chart a report can hold. Each is drawn to SVG by ``SVGChartRenderer``.
public enum ChartSpec: Sendable, Hashable {
  /// History, point forecast and 80% and 95% prediction bands.
  case fan(FanChart)
  /// Bars stacked by series (such as placement type) per category (such as year), with totals.
  case stackedBar(StackedBarChart)
  /// Bars side by side per category, one per series, with an optional reference line.
  case bar(BarChart)
  /// Lines over a numeric x axis, with an optional reference line such as a policy ceiling.
  case line(LineChart)
  /// A map of points by longitude and latitude: home areas and providers.
  case map(PointMap)
}

/// A point on a chart with a numeric x (often a year) and a value.
public struct ChartPoint: Sendable, Hashable {
  /// The horizontal position, such as 2026.
  public var x: Double
  /// The value.
  public var y: Double

  /// A point at (`x`, `y`).
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// A horizontal line across a chart at a fixed value, labelled, such as "Policy ceiling 25%".
public struct ReferenceLine: Sendable, Hashable {
  /// Where the line is drawn, in the chart's value units.
  public var value: Double
  /// The label written at the line's right-hand end.
  public var label: String

  /// A reference line at `value` with a label.
  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}

/// One named series of bar values, one value per category (a missing or non-finite value draws no bar).
public struct BarSeries: Sendable, Hashable {
  /// The series name shown in the legend and the table header.
  public var name: String
  /// One value per category, in the chart's category order.
  public var values: [Double]

  /// A series with a name and values.
  public init(name: String, values: [Double]) {
    self.name = name
    self.values = values
  }

  /// The value for category `index`, or nil when missing or not finite.
  func value(at index: Int) -> Double? {
    guard values.indices.contains(index), values[index].isFinite else { return nil }
    return values[index]
  }
}

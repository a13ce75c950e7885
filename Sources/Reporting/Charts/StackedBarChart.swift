/// Bars stacked by series per category, such as the placement mix (series) by year (categories), with totals.
public struct StackedBarChart: Sendable, Hashable {
  /// The heading of the category column in the chart's data table ("Year", "Provision type").
  public var categoryTitle: String
  /// The category labels along the x axis, left to right ("2025-26").
  public var categories: [String]
  /// The stacked series, bottom to top; each has one value per category.
  public var series: [BarSeries]
  /// What the values measure, shown above the value axis ("Children placed at 31 March").
  public var valueLabel: String
  /// How values are written.
  public var valueFormat: ValueFormat
  /// Whether to write each stack's total above it.
  public var showsTotals: Bool

  /// A stacked bar chart. Positive values stack upward from zero and negative values downward.
  public init(
    categories: [String], series: [BarSeries], valueLabel: String, categoryTitle: String = "Category",
    valueFormat: ValueFormat = .number(decimals: 0), showsTotals: Bool = true
  ) {
    self.categories = categories
    self.categoryTitle = categoryTitle
    self.series = series
    self.valueLabel = valueLabel
    self.valueFormat = valueFormat
    self.showsTotals = showsTotals
  }

  /// The sum of the finite values in category `index`.
  public func total(at index: Int) -> Double {
    series.compactMap { $0.value(at: index) }.reduce(0, +)
  }
}

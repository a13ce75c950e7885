/// Bars side by side: one bar per series in each category (one series gives a simple bar chart).
public struct BarChart: Sendable, Hashable {
  /// The heading of the category column in the chart's data table ("Year", "Provision type").
  public var categoryTitle: String
  /// The category labels along the x axis ("In-house fostering", "IFA", ...).
  public var categories: [String]
  /// The series; each has one value per category.
  public var series: [BarSeries]
  /// What the values measure, shown above the value axis.
  public var valueLabel: String
  /// How values are written.
  public var valueFormat: ValueFormat
  /// An optional horizontal line, such as a policy ceiling.
  public var referenceLine: ReferenceLine?

  /// A grouped (or, with one series, simple) bar chart; the value axis always includes zero.
  public init(
    categories: [String], series: [BarSeries], valueLabel: String, categoryTitle: String = "Category",
    valueFormat: ValueFormat = .number(decimals: 0), referenceLine: ReferenceLine? = nil
  ) {
    self.categories = categories
    self.categoryTitle = categoryTitle
    self.series = series
    self.valueLabel = valueLabel
    self.valueFormat = valueFormat
    self.referenceLine = referenceLine
  }
}

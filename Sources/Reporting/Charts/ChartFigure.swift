/// A chart as it appears in a report: the chart, its title, its text alternative and its source line.
///
/// Renderers draw the chart as inline SVG (`role="img"` with `<title>` and `<desc>`), then show the data table
/// behind it (``dataTable``) so every plotted number can also be read as text.
public struct ChartFigure: Sendable, Hashable {
  /// The chart's title (the figure caption and the SVG `<title>`).
  public var title: String
  /// The key message in a sentence or two, written for someone who cannot see the chart ("Demand rises to about
  /// 300 by 2030; the 95% range is 260 to 350"). It opens the SVG `<desc>`, before a generated summary of the data.
  public var summary: String
  /// Where the data came from, shown under the chart; empty for none.
  public var source: String
  /// What to draw.
  public var chart: ChartSpec

  /// A figure with a title, the chart, a key-message text alternative and a source line.
  public init(title: String, chart: ChartSpec, summary: String = "", source: String = "") {
    self.title = title
    self.summary = summary
    self.source = source
    self.chart = chart
  }

  /// The full text alternative: the author's summary followed by a generated description of the data.
  public var textAlternative: String {
    let generated = ChartDescription.describe(chart)
    return summary.isEmpty ? generated : summary + " " + generated
  }

  /// The numbers behind the chart as a table, one row per category or point.
  public var dataTable: DataTable {
    ChartDataTables.table(for: chart, caption: "Data for the chart: " + title)
  }
}

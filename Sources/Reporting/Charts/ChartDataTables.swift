import Foundation

/// The numbers behind each kind of chart, as a table shown with the chart (and instead of it in Markdown).
enum ChartDataTables {
  /// The data table for `chart`, captioned `caption`.
  static func table(for chart: ChartSpec, caption: String) -> DataTable {
    switch chart {
    case .fan(let fan): fanTable(fan, caption: caption)
    case .stackedBar(let stacked): stackedTable(stacked, caption: caption)
    case .bar(let bar): barTable(bar, caption: caption)
    case .line(let line): lineTable(line, caption: caption)
    case .map(let map): mapTable(map, caption: caption)
    }
  }

  private static func fanTable(_ fan: FanChart, caption: String) -> DataTable {
    let format = fan.valueFormat
    var rowsByX: [Double: [String]] = [:]
    for point in fan.history {
      rowsByX[point.x] = [fan.xFormat.string(point.x), format.string(point.y), "", "", "", "", ""]
    }
    for step in fan.forecast {
      var row = rowsByX[step.x] ?? [fan.xFormat.string(step.x), ""]
      row = Array(row.prefix(2))
      row += [step.point, step.lower80, step.upper80, step.lower95, step.upper95].map(format.string)
      rowsByX[step.x] = row
    }
    var columns = ["Observed", "Forecast", "80% low", "80% high", "95% low", "95% high"]
    if !fan.planned.isEmpty {
      columns.append(fan.plannedLabel)
      let plannedByX = Dictionary(fan.planned.map { ($0.x, $0.y) }, uniquingKeysWith: { first, _ in first })
      for x in Set(rowsByX.keys).union(plannedByX.keys) {
        var row = rowsByX[x] ?? [fan.xFormat.string(x)]
        row += Array(repeating: "", count: max(0, columns.count - 1 - row.count))
        row.append(plannedByX[x].map(format.string) ?? "")
        rowsByX[x] = row
      }
    }
    return DataTable(
      caption: caption,
      columns: [DataTable.Column(label(for: fan.xFormat))] + columns.map { DataTable.Column($0, isNumeric: true) },
      rows: rowsByX.keys.sorted().compactMap { rowsByX[$0] })
  }

  private static func stackedTable(_ chart: StackedBarChart, caption: String) -> DataTable {
    let format = chart.valueFormat
    let rows = chart.categories.indices.map { index in
      [chart.categories[index]]
        + shownParts(chart.series.map { $0.value(at: index) }, of: chart.total(at: index), format)
        + [format.string(chart.total(at: index))]
    }
    let columns =
      [DataTable.Column(chart.categoryTitle)]
      + chart.series.map { DataTable.Column($0.name, isNumeric: true) } + [DataTable.Column("Total", isNumeric: true)]
    return DataTable(caption: caption, columns: columns, rows: rows)
  }

  /// A stacked bar's parts as shown beside their total: rounded by the largest-remainder method to the format's last
  /// digit, so the parts shown add up to the total shown (£0.62m + £0.55m = £1.17m, never £1.18m). Parts with a
  /// missing or negative value are written as they are. The chart's segment labels use the same figures.
  static func shownParts(_ values: [Double?], of total: Double, _ format: ValueFormat) -> [String] {
    let unitsPerValue = format.displayScale * pow(10, Double(format.decimals))
    let exact = values.compactMap { $0 }
    guard exact.count == values.count, exact.allSatisfy({ $0.isFinite && $0 >= 0 }), total.isFinite,
      abs(total * unitsPerValue) < 1e15
    else { return values.map { format.string($0 ?? .nan) } }
    let shares = Apportionment.largestRemainder(Int((total * unitsPerValue).rounded()), weights: exact)
    return shares.map { format.string(Double($0) / unitsPerValue) }
  }

  private static func barTable(_ chart: BarChart, caption: String) -> DataTable {
    let rows = chart.categories.indices.map { index in
      [chart.categories[index]] + chart.series.map { chart.valueFormat.string($0.value(at: index) ?? .nan) }
    }
    var footer: [[String]] = []
    if let reference = chart.referenceLine {
      footer = [[reference.label] + chart.series.map { _ in chart.valueFormat.string(reference.value) }]
    }
    let columns =
      [DataTable.Column(chart.categoryTitle)]
      + chart.series.map { DataTable.Column($0.name, isNumeric: true) }
    return DataTable(caption: caption, columns: columns, rows: rows, footerRows: footer)
  }

  /// One row per x: a band's low, middle and high values first (when there is a band), then each series.
  private static func lineTable(_ chart: LineChart, caption: String) -> DataTable {
    let steps = chart.band?.steps ?? []
    let xs = Set(chart.series.flatMap { $0.points.map(\.x) } + steps.map(\.x)).filter(\.isFinite).sorted()
    let rows = xs.map { x in
      let step = steps.first { $0.x == x }
      let bandCells =
        chart.band == nil ? [] : [step?.lower, step?.middle, step?.upper].map { chart.valueFormat.string($0 ?? .nan) }
      return [chart.xFormat.string(x)] + bandCells
        + chart.series.map { series in
          chart.valueFormat.string(series.points.first { $0.x == x }?.y ?? .nan)
        }
    }
    var columns = [DataTable.Column(label(for: chart.xFormat))]
    if let band = chart.band {
      columns += [band.lowerName, band.middleName, band.upperName].map { DataTable.Column($0, isNumeric: true) }
    }
    columns += chart.series.map { DataTable.Column($0.name, isNumeric: true) }
    var footer: [[String]] = []
    if let reference = chart.referenceLine {
      footer = [[reference.label] + columns.dropFirst().map { _ in chart.valueFormat.string(reference.value) }]
    }
    return DataTable(caption: caption, columns: columns, rows: rows, footerRows: footer)
  }

  private static func mapTable(_ map: PointMap, caption: String) -> DataTable {
    let coordinate = ValueFormat.number(decimals: 4)
    let ordered = map.points.sorted { ($0.kind.rawValue, $0.label) < ($1.kind.rawValue, $1.label) }
    let rows = ordered.map { point in
      [
        point.label, point.kind == .area ? map.areaLegend : map.providerLegend,
        coordinate.string(point.latitude), coordinate.string(point.longitude),
      ]
    }
    let columns = [
      DataTable.Column("Name"), DataTable.Column("Kind"),
      DataTable.Column("Latitude", isNumeric: true), DataTable.Column("Longitude", isNumeric: true),
    ]
    return DataTable(caption: caption, columns: columns, rows: rows)
  }

  private static func label(for xFormat: ValueFormat) -> String {
    xFormat == .year || xFormat == .financialYear ? "Year" : "x"
  }
}

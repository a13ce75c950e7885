/// Generated text alternatives: a plain-English description of what a chart plots, with its key numbers.
enum ChartDescription {
  /// A description of `chart` for its SVG `<desc>` and for readers of the Markdown report.
  static func describe(_ chart: ChartSpec) -> String {
    switch chart {
    case .fan(let fan): describeFan(fan)
    case .stackedBar(let stacked): describeStacked(stacked)
    case .bar(let bar): describeBar(bar)
    case .line(let line): describeLine(line)
    case .map(let map): describeMap(map)
    }
  }

  private static func describeFan(_ fan: FanChart) -> String {
    let history = fan.history.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x }
    let forecast = fan.forecast.filter { $0.x.isFinite }.sorted { $0.x < $1.x }
    var text = "Fan chart of \(fan.valueLabel.lowercasedFirst)."
    if let first = history.first, let last = history.last {
      text +=
        " Observed: \(fan.valueFormat.string(first.y)) in \(fan.xFormat.string(first.x)),"
        + " \(fan.valueFormat.string(last.y)) in \(fan.xFormat.string(last.x))."
    }
    if let end = forecast.last {
      let format = fan.valueFormat
      text +=
        " Forecast for \(fan.xFormat.string(end.x)): \(format.string(end.point))"
        + " (80% interval \(format.string(end.lower80)) to \(format.string(end.upper80));"
        + " 95% interval \(format.string(end.lower95)) to \(format.string(end.upper95)))."
    }
    if let end = fan.planned.filter({ $0.x.isFinite && $0.y.isFinite }).max(by: { $0.x < $1.x }) {
      text += " \(fan.plannedLabel) for \(fan.xFormat.string(end.x)): \(fan.valueFormat.string(end.y))."
    }
    return text
  }

  private static func describeStacked(_ chart: StackedBarChart) -> String {
    let names = chart.series.map(\.name).joined(separator: ", ")
    var text = "Stacked bar chart of \(chart.valueLabel.lowercasedFirst), split into \(names)."
    let totals = chart.categories.indices.map {
      "\(chart.categories[$0]) \(chart.valueFormat.string(chart.total(at: $0)))"
    }
    if !totals.isEmpty { text += " Totals: " + totals.joined(separator: "; ") + "." }
    return text
  }

  private static func describeBar(_ chart: BarChart) -> String {
    var text = "Bar chart of \(chart.valueLabel.lowercasedFirst)."
    for series in chart.series {
      let values = chart.categories.indices.map {
        "\(chart.categories[$0]) \(chart.valueFormat.string(series.value(at: $0) ?? .nan))"
      }
      let prefix = chart.series.count > 1 ? " \(series.name): " : " "
      text += prefix + values.joined(separator: "; ") + "."
    }
    if let reference = chart.referenceLine {
      text += " \(reference.label): \(chart.valueFormat.string(reference.value))."
    }
    return text
  }

  private static func describeLine(_ chart: LineChart) -> String {
    var text = "Line chart of \(chart.valueLabel.lowercasedFirst)."
    if let band = chart.band, let first = band.drawnSteps.first, let last = band.drawnSteps.last {
      let format = chart.valueFormat
      // "4 to 20", or one figure when both ends read the same.
      func range(_ step: LineChart.Band.Step) -> String {
        let (lower, upper) = (format.string(step.lower), format.string(step.upper))
        return lower == upper ? lower : lower + " to " + upper
      }
      text +=
        " Shaded, \(band.name.lowercasedFirst): \(range(first)) in \(chart.xFormat.string(first.x)),"
        + " \(range(last)) in \(chart.xFormat.string(last.x)). \(band.middleName): \(format.string(first.middle)) in"
        + " \(chart.xFormat.string(first.x)) to \(format.string(last.middle)) in \(chart.xFormat.string(last.x))."
    }
    for series in chart.series {
      let points = series.points.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x }
      guard let first = points.first, let last = points.last else { continue }
      text +=
        " \(series.name): \(chart.valueFormat.string(first.y)) in \(chart.xFormat.string(first.x))"
        + " to \(chart.valueFormat.string(last.y)) in \(chart.xFormat.string(last.x))."
    }
    if let reference = chart.referenceLine {
      text += " \(reference.label): \(chart.valueFormat.string(reference.value))."
    }
    return text
  }

  private static func describeMap(_ map: PointMap) -> String {
    let areas = map.points.filter { $0.kind == .area }.map(\.label).filter { !$0.isEmpty }.sorted()
    let providers = map.points.filter { $0.kind == .provider }.count
    var text =
      "Map of \(map.points.count - providers) \(map.areaLegend.lowercasedFirst)"
      + " (circles) and \(providers) \(map.providerLegend.lowercasedFirst) (triangles) by latitude and longitude."
    if !areas.isEmpty { text += " Areas: " + areas.joined(separator: ", ") + "." }
    return text
  }
}

extension String {
  /// The string with its first character lowercased, unless the first word looks like an acronym ("IFA").
  var lowercasedFirst: String {
    guard let first, first.isUppercase else { return self }
    let firstWord = prefix { $0 != " " }
    if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return self }
    return first.lowercased() + dropFirst()
  }
}

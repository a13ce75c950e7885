import Reporting

/// A realistic demo report (Redcar and Cleveland-like numbers) used by the tests and for the visual check.
enum SampleReport {
  static let years = ["2025-26", "2026-27", "2027-28", "2028-29", "2029-30"]
  static let mix: [BarSeries] = [
    BarSeries(name: "In-house fostering", values: [142, 151, 160, 169, 176]),
    BarSeries(name: "IFA", values: [96, 90, 84, 79, 74]),
    BarSeries(name: "Residential", values: [38, 39, 40, 40, 41]),
    BarSeries(name: "Supported 16-17", values: [24, 25, 26, 27, 28]),
    BarSeries(name: "Other", values: [41, 42, 43, 44, 45]),
  ]
  /// Weekly unit costs in pounds: in-house £600, IFA £1,020, residential £6,120, supported £1,450, other £350.
  static let weeklyCosts = [600.0, 1020, 6120, 1450, 350]

  static var fan: FanChart {
    let history: [ChartPoint] = zip(2015...2025, [183.0, 199, 235, 284, 296, 305, 301, 318, 327, 334, 341])
      .map { ChartPoint(x: Double($0), y: $1) }
    let points = [348.0, 355, 361, 366, 371]
    let forecast = points.enumerated().map { offset, point in
      let spread = 9.0 * Double(offset + 1).squareRoot() * 1.6
      return FanChart.Step(
        x: Double(2026 + offset), point: point, lower80: point - spread, upper80: point + spread,
        lower95: point - spread * 1.53, upper95: point + spread * 1.53)
    }
    return FanChart(valueLabel: "Children looked after at 31 March", history: history, forecast: forecast)
  }

  static var budget: [BarSeries] {
    mix.enumerated().map { index, series in
      BarSeries(name: series.name, values: series.values.map { $0 * weeklyCosts[index] * 52 })
    }
  }

  static var map: PointMap {
    PointMap(points: [
      .init(label: "Greater Eston", longitude: -1.1467, latitude: 54.5603, kind: .area),
      .init(label: "Redcar", longitude: -1.0586, latitude: 54.6159, kind: .area),
      .init(label: "East Cleveland", longitude: -0.9300, latitude: 54.5500, kind: .area),
      .init(label: "Hartlepool's children's home", longitude: -1.2129, latitude: 54.6863, kind: .provider),
      .init(label: "Middlesbrough IFA", longitude: -1.2350, latitude: 54.5742, kind: .provider),
      .init(label: "Stockton residential", longitude: -1.3187, latitude: 54.5705, kind: .provider),
      .init(label: "Darlington IFA", longitude: -1.5595, latitude: 54.5236, kind: .provider),
      .init(label: "Whitby home", longitude: -0.6206, latitude: 54.4858, kind: .provider),
      .init(label: "Durham residential", longitude: -1.5849, latitude: 54.7753, kind: .provider),
    ])
  }

  static var document: ReportDocument {
    let pounds = ValueFormat.pounds
    let headline = ReportSection(
      heading: "Headline",
      blocks: [
        .keyFigures([
          KeyFigure(
            label: "Cost over five years", number: 118_420_000, format: .poundsMillions(decimals: 1),
            note: "recommended placement mix, 2025-26 to 2029-30"),
          KeyFigure(
            label: "Saving", number: 6_310_000, format: .poundsMillions(decimals: 1),
            note: "against keeping today's mix"),
          KeyFigure(label: "In-house households to approve", value: "74", note: "over five years; 12 in 2025-26"),
          KeyFigure(label: "Emergency beds to hold", value: "7", note: "blocks under 2% of emergency arrivals"),
          KeyFigure(label: "Unmet need", value: "0", note: "every child placed in every year"),
        ]),
        .paragraph(
          "Growing in-house fostering from 142 to 176 children saves £6.3m over five years against keeping today's"
            + " mix, provided Redcar & Cleveland approves 74 new fostering households."),
      ])
    let forecastFigure = ChartFigure(
      title: "Children looked after: observed and forecast", chart: .fan(fan),
      summary: "Numbers rose steeply to 2018 and more slowly since; the forecast continues the slow rise.",
      source: "SSDA903 returns 2015-2025; ETS forecast, 80% and 95% prediction intervals")
    let backtest = DataTable(
      caption: "Backtest: forecasting each year from the years before it",
      columns: [
        .init("Method"), .init("Mean absolute error", isNumeric: true), .init("MAPE", isNumeric: true),
        .init("80% coverage", isNumeric: true),
      ], rows: [["Damped trend (chosen)", "11.2", "3.6%", "82%"], ["Naive", "17.9", "5.8%", "n/a"]])
    let mixFigure = ChartFigure(
      title: "Placement mix by year",
      chart: .stackedBar(
        StackedBarChart(
          categories: years, series: mix, valueLabel: "Children placed at 31 March", categoryTitle: "Year")),
      summary: "In-house fostering grows each year while IFA placements fall.")
    let budgetFigure = ChartFigure(
      title: "Budget by year and provision type",
      chart: .stackedBar(
        StackedBarChart(
          categories: years, series: budget, valueLabel: "Annual cost", valueFormat: .poundsMillions(decimals: 1))),
      summary: "Residential care is under a tenth of placements but half the cost.")
    let recruitment = ChartFigure(
      title: "In-house fostering households to approve, by area",
      chart: .bar(
        BarChart(
          categories: years,
          series: [
            BarSeries(name: "Greater Eston", values: [6, 5, 5, 4, 4]),
            BarSeries(name: "Redcar", values: [3, 4, 4, 3, 3]),
            BarSeries(name: "East Cleveland", values: [3, 3, 3, 4, 3]),
          ], valueLabel: "Households approved")))
    let stock = ChartFigure(
      title: "Fostering households against need",
      chart: .line(
        LineChart(
          series: [
            .init(
              name: "Households (stock)",
              points: zip(2025...2030, [84.0, 91, 97, 103, 108, 113]).map {
                ChartPoint(x: Double($0), y: $1)
              }),
            .init(
              name: "Households needed",
              points: zip(2025...2030, [88.0, 95, 101, 106, 111, 115]).map {
                ChartPoint(x: Double($0), y: $1)
              }),
          ], valueLabel: "Fostering households", includesZero: false)))
    let distance = ChartFigure(
      title: "Share placed more than 20 miles from home, 2029-30",
      chart: .bar(
        BarChart(
          categories: ["In-house fostering", "IFA", "Residential", "Supported 16-17"],
          series: [
            BarSeries(name: "Recommended mix", values: [0.06, 0.21, 0.55, 0.14]),
            BarSeries(name: "Status quo", values: [0.08, 0.27, 0.62, 0.18]),
          ],
          valueLabel: "Share more than 20 miles from home", valueFormat: .percent(decimals: 0),
          referenceLine: ReferenceLine(value: 0.25, label: "Policy ceiling"))),
      summary: "Only residential care stays above the 25% ceiling.")
    let distanceTrend = ChartFigure(
      title: "All placements more than 20 miles from home",
      chart: .line(
        LineChart(
          series: [
            .init(
              name: "Recommended",
              points: zip(2025...2030, [0.22, 0.21, 0.19, 0.18, 0.17, 0.16]).map {
                ChartPoint(x: Double($0), y: $1)
              }),
            .init(
              name: "Status quo",
              points: zip(2025...2030, [0.22, 0.22, 0.23, 0.23, 0.24, 0.24]).map {
                ChartPoint(x: Double($0), y: $1)
              }),
          ], valueLabel: "Share of children", valueFormat: .percent(decimals: 0),
          referenceLine: ReferenceLine(value: 0.2, label: "Ceiling"))))
    let mapFigure = ChartFigure(
      title: "Home areas and providers", chart: .map(map),
      summary: "Most providers are west of the borough, in Middlesbrough, Stockton and Darlington.")
    return ReportDocument(
      title: "Placement sufficiency plan 2025-26 to 2029-30",
      subtitle: "Redcar & Cleveland Borough Council, children's services",
      generatedFrom: "Generated from scenario default.yaml with data to 31 March 2025 by sufficiency 0.1",
      sections: [
        headline,
        ReportSection(
          heading: "How many children will need a placement", blocks: [.chart(forecastFigure), .table(backtest)]),
        ReportSection(
          heading: "The placement mix",
          blocks: [
            .chart(mixFigure), .paragraph("The in-house share of fostering rises from 60% to 70%."),
          ]),
        ReportSection(heading: "Budget", blocks: [.chart(budgetFigure)]),
        ReportSection(heading: "Recruitment", blocks: [.chart(recruitment), .chart(stock)]),
        ReportSection(
          heading: "Distance from home", blocks: [.chart(distance), .chart(distanceTrend), .chart(mapFigure)]),
        ReportSection(
          heading: "What binds, and what it is worth",
          blocks: [
            .bulletList([
              "One more in-house household in East Cleveland saves " + pounds.string(31_200) + " a year.",
              "Raising the residential distance ceiling by one point saves " + pounds.string(8_450) + " a year.",
              "The emergency-bed target costs " + pounds.string(214_000) + " a year in retainers.",
            ])
          ]),
        ReportSection(
          heading: "Assumptions and data quality",
          blocks: [
            .table(
              DataTable(
                caption: "Assumptions",
                columns: [
                  .init("Assumption"), .init("Value", isNumeric: true),
                  .init("Source"),
                ],
                rows: [
                  ["In-house fostering, weekly", pounds.string(600), "Estimate from DfE s251 2024-25 (±20%)"],
                  ["IFA, weekly", pounds.string(1_020), "Estimate from DfE s251 2024-25 (±20%)"],
                  ["Residential, weekly", pounds.string(6_120), "NAO 2023-24"],
                  ["Carers leaving each year", "11%", "Ofsted fostering 2023-24"],
                ])),
            .notes(
              title: "Data-quality notes",
              items: [
                "Two placement-type rows in the 2017 cabinet report add to one more than their totals.",
                "Hartlepool's figures are from October 2013 and are used for comparison only.",
              ]),
          ]),
      ])
  }
}

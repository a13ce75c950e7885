import PlacementDomain
import Planning
import Statistics
import TableIO

extension PlanReportBuilder {
  /// Demand: a fan chart and backtest table per forecast authority; for demand given in the scenario, a statement
  /// saying so and the demand by year.
  func demandSection() -> ReportSection {
    var blocks: [ReportBlock] = []
    let forecastIDs = orderedForecastIDs
    for id in forecastIDs {
      guard let forecast = plan.forecasts[id] else { continue }
      let name = authorityName(id)
      if forecastIDs.count > 1 { blocks.append(.subheading(name)) }
      blocks += forecastBlocks(forecast, id: id, authority: name)
    }
    let given = setting.demand.filter { plan.forecasts[$0.authority.rawValue] == nil }
    if !given.isEmpty {
      if !forecastIDs.isEmpty { blocks.append(.subheading("Demand given in the scenario")) }
      blocks += givenDemandBlocks(given)
    }
    if blocks.isEmpty { blocks.append(.paragraph("The scenario gives no demand.")) }
    return ReportSection(heading: forecastIDs.isEmpty ? "Demand" : "Demand: forecast and accuracy", blocks: blocks)
  }

  /// Forecast authorities in scenario order, then any others by ID.
  private var orderedForecastIDs: [String] {
    let known = setting.authorities.map(\.id.rawValue).filter { plan.forecasts[$0] != nil }
    return known + plan.forecasts.keys.filter { !known.contains($0) }.sorted()
  }

  private func authorityName(_ id: String) -> String {
    setting.authorities.first { $0.id.rawValue == id }?.name ?? id
  }

  private func forecastBlocks(_ forecast: PlanForecast, id: String, authority: String) -> [ReportBlock] {
    let history = zip(forecast.historyYears, forecast.historyValues).map { ChartPoint(x: Double($0), y: $1) }
    var steps: [FanChart.Step] = []
    for (index, year) in forecast.years.enumerated() {
      let values = [forecast.point, forecast.lower80, forecast.upper80, forecast.lower95, forecast.upper95]
      guard values.allSatisfy({ $0.indices.contains(index) }) else { continue }
      steps.append(
        FanChart.Step(
          x: Double(year), point: forecast.point[index], lower80: forecast.lower80[index],
          upper80: forecast.upper80[index], lower95: forecast.lower95[index], upper95: forecast.upper95[index]))
    }
    let percent = Int((forecast.quantile * 100).rounded())
    var summary = ""
    if let lastHistory = history.last {
      summary += "\(Int(lastHistory.x)): " + ReportText.count(lastHistory.y) + " children looked after at 31 March."
    }
    if let last = steps.last {
      summary +=
        " Central forecast for 31 March \(Int(last.x)): " + ReportText.count(last.point) + " (80% band "
        + ReportText.count(last.lower80) + " to " + ReportText.count(last.upper80) + "; 95% band "
        + ReportText.count(last.lower95) + " to " + ReportText.count(last.upper95) + ")."
      if let planned = forecast.planned[Int(last.x)] {
        summary += " The plan uses P\(percent): " + ReportText.count(planned) + "."
      }
    }
    let figure = ChartFigure(
      title: "Children looked after by " + authority + ": observed and forecast",
      chart: .fan(
        FanChart(
          valueLabel: "Children looked after at 31 March", history: history, forecast: steps, includesZero: false,
          planned: forecast.planned.keys.sorted().compactMap { year in
            forecast.planned[year].map { ChartPoint(x: Double(year), y: $0) }
          },
          plannedLabel: "Planned (P\(percent))")),
      summary: summary.trimmingCharacters(in: .whitespaces),
      source: "DfE children looked after statistics (" + forecast.seriesCode + "); forecast by " + forecast.method
        + ", using data up to 31 March \(plan.baseYear) only")
    var blocks: [ReportBlock] = [.chart(figure)]
    let placedNote = placedShareNote(for: id)
    blocks.append(
      .paragraph(
        "The forecast method is " + ReportText.methodDescription(forecast.method) + ". "
          + accuracyVerdict(forecast, id: id) + " The plan is built on P\(percent), not the central forecast"
          + placedNote + "."))
    if let levers = leversNote(for: id) { blocks.append(.paragraph(levers)) }
    if let table = accuracyTable(forecast) { blocks.append(.table(table)) }
    blocks += needGroupLevelBlocks(forecast)
    return blocks
  }

  /// The scenario's what-if changes to the forecast's flows, in plain words, or `nil` when it makes none.
  private func leversNote(for id: String) -> String? {
    guard let specification = setting.demand.first(where: { $0.authority.rawValue == id }),
      case .forecast(let demand) = specification.source, let levers = demand.levers, !levers.isIdentity
    else { return nil }
    return "The scenario changes the forecast's flows: " + ReportText.list(levers.phrases)
      + ". The forecast above and the plan include these changes (through the stock-flow identity: this year's"
      + " children, less those leaving, plus those entering); the backtest below is of the forecast without them."
  }

  private func placedShareNote(for id: String) -> String {
    guard let specification = setting.demand.first(where: { $0.authority.rawValue == id }),
      case .forecast(let demand) = specification.source, demand.placedShare < 1
    else { return "" }
    return ", and " + ReportText.percent(demand.placedShare)
      + " of looked-after children are taken to need a placement from this plan (the rest live with parents or"
      + " relatives or are placed for adoption)"
  }

  /// Plain sentences: why this method, how far off it was in the backtest against persistence, and how often its
  /// 80% band held the outcome (with the misses below and above). Never claims a comparison the table does not show.
  private func accuracyVerdict(_ forecast: PlanForecast, id: String) -> String {
    let named =
      setting.demand.first { $0.authority.rawValue == id }.map { specification -> Bool in
        if case .forecast(let demand) = specification.source { return demand.method != nil }
        return false
      } ?? false
    let reason = methodReason(forecast.method, named: named)
    var text = reason.isEmpty ? "" : reason + " "
    let chosen = forecast.accuracy.filter(\.isDefault).sorted { $0.horizon < $1.horizon }
    let pairs = chosen.compactMap { mine -> (mine: ForecastAccuracy, naive: ForecastAccuracy)? in
      forecast.accuracy.first { !$0.isDefault && $0.horizon == mine.horizon }.map { (mine, $0) }
    }
    guard let first = chosen.first else { return text + "No backtest results are available for this forecast." }
    func off(_ row: ForecastAccuracy?) -> String {
      row?.mape.map { ValueFormat.number(decimals: 1).string($0) + "%" } ?? "n/a"
    }
    let last = chosen.count > 1 ? chosen.last : nil
    text +=
      "Tested on past years as it would have been used then, it was on average " + off(first) + " off "
      + ReportText.plural(Double(first.horizon), "year") + " ahead"
      + (last.map { " and " + off($0) + " off " + ReportText.plural(Double($0.horizon), "year") + " ahead" } ?? "")
    if !pairs.isEmpty, forecast.method != "Naive" {
      let naiveFirst = pairs.first { $0.mine.horizon == first.horizon }?.naive
      let naiveLast = last.flatMap { row in pairs.first { $0.mine.horizon == row.horizon }?.naive }
      text += ", against " + off(naiveFirst) + (last == nil ? "" : " and " + off(naiveLast)) + " for persistence"
      let closer = pairs.filter { ($0.mine.mape ?? .infinity) < ($0.naive.mape ?? .infinity) }.count
      text +=
        closer == pairs.count
        ? "; it was closer than persistence at every horizon tested."
        : "; it was closer than persistence at \(closer) of \(pairs.count) horizons tested, so persistence did as"
          + " well or better at the others."
    } else {
      text += "."
    }
    let held = chosen.compactMap { row in row.coverage80.map { (row.intervalOutcomes ?? row.forecasts, $0) } }
    let outcomes = held.map(\.0).reduce(0, +)
    if outcomes > 0 {
      let share = held.map { Double($0.0) * $0.1 }.reduce(0, +) / Double(outcomes)
      text +=
        " Its 80% band held the outcome " + ValueFormat.number(decimals: 0).string(share) + "% of the time"
        + " (a well-judged band holds about 80%)"
      let below = chosen.compactMap(\.below80).reduce(0, +)
      let above = chosen.compactMap(\.above80).reduce(0, +)
      if below + above > 0 {
        text += "; of the misses, \(below) fell below the band and \(above) above it"
      }
      text += "."
    }
    return text
  }

  /// Why the forecast uses this method, in one sentence.
  private func methodReason(_ method: String, named: Bool) -> String {
    if named { return "The scenario names this method, so it is used whatever the backtest says." }
    switch method {
    case "Combo(shrunk)":
      return "It is used because next year's count is hard to predict better than by this year's (persistence),"
        + " and this method moves away from persistence only as far as that has paid off in earlier years. It is"
        + " the tool's default for every council, fixed before it was scored: replayed with past data only, it"
        + " was closer than persistence one, two and three years ahead both on 133 English councils outside the"
        + " North East (by 0.03 to 0.12 points of average error) and on the 12 North East councils (by 0.25 to"
        + " 0.71 points). On the 133 councils, its 80% ranges held 81% to 83% of outcomes one to three years"
        + " ahead."
    case "Naive":
      return "Persistence is used because the default could not be computed from this history."
    default:
      return ""
    }
  }

  private func accuracyTable(_ forecast: PlanForecast) -> DataTable? {
    guard !forecast.accuracy.isEmpty else { return nil }
    let chosen = forecast.accuracy.filter(\.isDefault)
    let persistence = forecast.accuracy.filter { !$0.isDefault }
    let horizons = Set(forecast.accuracy.map(\.horizon)).sorted()
    func cells(_ row: ForecastAccuracy?) -> [String] {
      guard let row else { return ["", "", ""] }
      return [row.mape, row.coverage80, row.coverage95].map { value in
        value.map { ValueFormat.number(decimals: 1).string($0) + "%" } ?? "n/a"
      }
    }
    let rows = horizons.map { horizon -> [String] in
      let mine = chosen.first { $0.horizon == horizon }
      let naive = persistence.first { $0.horizon == horizon }
      return [ReportText.plural(Double(horizon), "year"), String(mine?.forecasts ?? naive?.forecasts ?? 0)]
        + cells(mine) + (persistence.isEmpty ? [] : cells(naive))
    }
    var columns: [DataTable.Column] = [
      .init("Years ahead"), .init("Forecasts tested", isNumeric: true),
      .init(forecast.method + ": average error", isNumeric: true), .init("inside 80% band", isNumeric: true),
      .init("inside 95% band", isNumeric: true),
    ]
    if !persistence.isEmpty {
      columns += [
        .init("Persistence: average error", isNumeric: true), .init("inside 80% band", isNumeric: true),
        .init("inside 95% band", isNumeric: true),
      ]
    }
    return DataTable(
      caption: "Backtest: the chosen method against persistence (next year equals this year) on past years."
        + " Average error is how far off the forecasts were, in percent of what happened (MAPE); lower is better."
        + " A good 80% band holds about 80% of outcomes.",
      columns: columns, rows: rows)
  }

  private func givenDemandBlocks(_ given: [DemandSpecification]) -> [ReportBlock] {
    let names = given.map { spec in authorityName(spec.authority.rawValue) }
    var blocks: [ReportBlock] = [
      .paragraph(
        "Demand for " + ReportText.list(names) + " was given in the scenario year by year, not forecast, so there"
          + " is no forecast range or backtest to show. The plan meets the demand below.")
    ]
    let series = zip(given, names).map { spec, name in
      BarSeries(name: name, values: plan.planYears.map { givenDemand(spec, year: $0) })
    }
    let figure = ChartFigure(
      title: "Children needing a placement by year, as given in the scenario",
      chart: .stackedBar(
        StackedBarChart(
          categories: yearLabels, series: series, valueLabel: "Children placed on an average day",
          categoryTitle: "Year")),
      source: "Scenario demand")
    blocks.append(.chart(figure))
    return blocks
  }

  /// An authority's given demand in a year: the total, or the sum over need groups.
  private func givenDemand(_ specification: DemandSpecification, year: Int) -> Double {
    switch specification.source {
    case .totals(let totals): totals[year] ?? 0
    case .byNeed(let byNeed): (byNeed[year] ?? [:]).values.sumInFixedOrder()
    case .forecast: plan.years.first { $0.year == year }?.demand ?? 0
    }
  }
}

import PlacementDomain
import Planning

extension PlanReportBuilder {
  /// The plan's decisions as a cabinet reads them: one line each for the budget, recruitment, every unit opened,
  /// every block contract, the emergency beds and the gap. The executive summary lists them all.
  func decisionLines() -> [String] {
    var lines: [String] = []
    let total = plan.totals.totalCost
    var budget = "Agree the placement budget of " + ReportText.money(total) + " over " + yearRange
    if let first = plan.years.first, let last = plan.years.last, first.year != last.year {
      budget +=
        " (" + ReportText.money(first.annualCost) + " in " + ReportText.yearLabel(first.year) + ", rising to "
        + ReportText.money(last.annualCost) + " in " + ReportText.yearLabel(last.year) + ")"
    }
    if plan.totals.priceBaseYear > 0 && abs(plan.totals.totalCostCash - total) >= 0.5 {
      // The plan is priced at the price base; a budget is set in cash, so both are given.
      budget +=
        " at " + ReportText.yearLabel(plan.totals.priceBaseYear) + " prices, or "
        + ReportText.money(plan.totals.totalCostCash) + " in cash with prices rising each year"
    }
    if let saving = plan.totals.saving {
      budget += "; it costs " + ReportText.difference(saving, more: "less", less: "more") + " than carrying on as today"
    }
    lines.append(budget + ".")
    if plan.totals.householdsToRecruit > 0.005 {
      lines.append(recruitmentDecision())
    }
    for opening in openingGroups() {
      lines.append(
        "Open " + opening.unitsText + " at " + opening.providerName + " in " + ReportText.yearLabel(opening.year)
          + ", at " + ReportText.money(opening.annualCost) + " a year to run.")
    }
    for block in blockGroups() {
      lines.append(
        "Block-contract " + ReportText.plural(block.beds, "bed") + " at " + block.providerName + " ("
          + block.yearsText + "), at " + ReportText.money(block.annualCost) + " a year.")
    }
    lines += moveDecisions()
    if let peak = peakEmergencyLine {
      lines.append(
        "Commission " + ReportText.plural(Double(peak.bedsNeeded), "emergency bed") + " (the most needed, in "
          + ReportText.yearLabel(peak.year) + "), so that about " + ReportText.percent(peak.blockingWithBedsNeeded)
          + " of children needing a bed the same day find none free"
          + (peak.shortfall > 0
            ? "; the plan secures only " + ReportText.count(peak.bedsSecured) + ", so about "
              + ReportText.percent(peak.blockingWithBedsSecured) + " would find none."
            : "."))
    }
    lines.append(gapDecision())
    return lines
  }

  /// "Step down 6 children from residential to complex or therapeutic fostering over 2018-19 to 2022-23 …", one
  /// line per planned move the plan makes.
  private func moveDecisions() -> [String] {
    var lines: [String] = []
    let pairs = plan.moves.reduce(into: [(from: String, to: String)]()) { pairs, line in
      if !pairs.contains(where: { $0.from == line.from && $0.to == line.to }) { pairs.append((line.from, line.to)) }
    }
    for pair in pairs {
      let moves = plan.moves.filter { $0.from == pair.from && $0.to == pair.to }
      let count = moves.reduce(0) { $0 + $1.moves }
      let lasting = moves.reduce(0) { $0 + $1.lasting }
      let cost = moves.reduce(0) { $0 + $1.cost }
      func name(_ need: String) -> String {
        (setting.needGroups.first { $0.id.rawValue == need }?.name ?? need).lowercased()
      }
      lines.append(
        "Step down " + ReportText.plural(count, "child", "children") + " from " + name(pair.from) + " to "
          + name(pair.to) + " placements over " + yearRange + ", at " + ReportText.money(cost) + " for the moves;"
          + " about " + ReportText.count(lasting) + " are expected to last.")
    }
    return lines
  }

  /// "Recruit 100 in-house fostering households (20 in 2018-19): 45 in Greater Eston, …".
  private func recruitmentDecision() -> String {
    var text = "Recruit " + ReportText.plural(plan.totals.householdsToRecruit, "in-house fostering household")
    let byYear = plan.planYears.map { year in
      plan.recruitment.filter { $0.year == year }.reduce(0) { $0 + $1.householdsToApprove }
    }
    if let first = byYear.first, byYear.allSatisfy({ abs($0 - first) < 0.05 }), byYear.count > 1 {
      text += " (" + ReportText.count(first) + " a year)"
    } else if let first = byYear.first {
      text += " (" + ReportText.count(first) + " in " + yearLabels[0] + ")"
    }
    let groups = recruitsByPlace()
    if groups.count > 1 {
      text += ": " + ReportText.list(groups.map { ReportText.count($0.households) + " in " + $0.name })
    }
    return text + "."
  }

  /// Households to approve over the plan by council (regional plans) or by area, in scenario order.
  func recruitsByPlace() -> [(name: String, households: Double)] {
    let areaAuthority = Dictionary(
      setting.areas.map { ($0.id.rawValue, $0.authority) }, uniquingKeysWith: { first, _ in first })
    if setting.authorities.count > 1 {
      return setting.authorities.map { authority in
        (
          authority.name,
          plan.recruitment.filter { areaAuthority[$0.area] == authority.id }.reduce(0) { $0 + $1.householdsToApprove }
        )
      }.filter { $0.households > 0.005 }
    }
    return setting.areas.map { area in
      (area.name, plan.recruitment.filter { $0.area == area.id.rawValue }.reduce(0) { $0 + $1.householdsToApprove })
    }.filter { $0.households > 0.005 }
  }

  /// What to accept about unmet need and last-resort placements, with the cause.
  private func gapDecision() -> String {
    let unmet = plan.totals.unmetPlacementYears
    let lastResort = plan.totals.lastResortPlacementYears
    guard unmet > 0.005 || lastResort > 0.005 else {
      return "Note that the plan places every child in registered provision in every year: there is no gap."
    }
    var parts: [String] = []
    if unmet > 0.005 { parts.append(ReportText.count(unmet) + " placement-years of need not met") }
    if lastResort > 0.005 {
      parts.append(ReportText.count(lastResort) + " placement-years in unregistered or hotel placements")
    }
    let causes = gapCauses()
    return "Note the gap the plan leaves: " + ReportText.list(parts)
      + (causes.isEmpty ? "." : ", because of " + ReportText.list(causes.map(\.summary)) + ".")
  }

  /// A unit-opening decision, one line per provider and year.
  struct OpeningDecision {
    var providerName: String
    var year: Int
    var units: Double
    var beds: Double?
    var annualCost: Double

    /// "1 new unit of 4 beds" or "2 new units (8 beds)".
    var unitsText: String {
      let unitWord = ReportText.plural(units, "new unit")
      guard let beds else { return unitWord }
      return abs(units - 1) < 0.05
        ? "a new " + ReportText.count(beds) + "-bed unit" : unitWord + " (" + ReportText.plural(beds, "bed") + ")"
    }
  }

  /// Every unit the plan opens, in year and scenario order.
  func openingGroups() -> [OpeningDecision] {
    plan.openings.filter { $0.decision == .openUnits }.map { line in
      let provider = setting.providers.first { $0.id.rawValue == line.provider }
      return OpeningDecision(
        providerName: provider?.name ?? line.provider, year: line.year, units: line.amount,
        beds: provider?.opening.map { $0.bedsPerUnit * line.amount }, annualCost: line.annualCost)
    }
  }

  /// A block contract held over one or more years.
  struct BlockDecision {
    var providerName: String
    var beds: Double
    var yearsText: String
    var annualCost: Double
  }

  /// Block contracts grouped by provider: the most beds in any year, the years held and the cost in that year.
  func blockGroups() -> [BlockDecision] {
    let lines = plan.openings.filter { $0.decision == .blockBeds }
    var providers: [String] = []
    for line in lines where !providers.contains(line.provider) { providers.append(line.provider) }
    return providers.compactMap { id in
      let held = lines.filter { $0.provider == id }
      guard let most = held.max(by: { ($0.amount, -$0.year) < ($1.amount, -$1.year) }) else { return nil }
      let years = held.map(\.year).sorted()
      let yearsText: String
      if years.count == plan.planYears.count && years.count > 1 {
        yearsText = "every year"
      } else if let first = years.first, let last = years.last, last - first + 1 == years.count, first != last {
        yearsText = ReportText.yearLabel(first) + " to " + ReportText.yearLabel(last)
      } else {
        yearsText = ReportText.list(years.map(ReportText.yearLabel))
      }
      let name = setting.providers.first { $0.id.rawValue == id }?.name ?? id
      return BlockDecision(providerName: name, beds: most.amount, yearsText: yearsText, annualCost: most.annualCost)
    }
  }

  /// The executive summary: what cabinet is asked to decide, then the plan in two sentences.
  func executiveSummarySection() -> ReportSection {
    var blocks: [ReportBlock] = [
      .paragraph(
        "This paper sets out how " + (setting.authorities.count > 1 ? "the councils" : "the council")
          + " will secure enough suitable placements for the children "
          + (setting.authorities.count > 1 ? "they look after" : "it looks after") + " (the sufficiency duty,"
          + " section 22G of the Children Act 1989) over " + yearRange + ", at the lowest cost that meets its"
          + " policies. Cabinet is asked to:"),
      .bulletList(decisionLines()),
    ]
    if let first = plan.years.first, let last = plan.years.last {
      var need =
        "Need: " + ReportText.count(first.demand) + " children needing a placement on an average day in "
        + ReportText.yearLabel(first.year)
      if last.year != first.year {
        need += ", " + ReportText.count(last.demand) + " in " + ReportText.yearLabel(last.year)
      }
      if let quantile = plan.forecasts.values.map(\.quantile).sorted().first {
        let percent = Int((quantile * 100).rounded())
        need +=
          ", planned at P\(percent) of the forecast (a level demand should stay below in \(percent) years out of"
          + " 100)"
        if let groups = plan.forecasts.values.compactMap(\.needGroups).first {
          need +=
            "; each need group at its own P\(percent), except "
            + groups.remainderGroup.replacingOccurrences(of: "_", with: " ")
            + ", the largest, which takes the rest so the total stays at P\(percent) (Demand explains why)"
        }
        need += ". Risks and sensitivity shows what happens if demand or prices differ."
      } else {
        need += "."
      }
      blocks.append(.paragraph(need))
    }
    return ReportSection(heading: "Executive summary", blocks: blocks)
  }

  /// Recommendations with their numbers: households to recruit by area and year, units to open, beds to
  /// block-contract and emergency beds to commission with the chance of no bed.
  func recommendationsSection() -> ReportSection {
    var blocks: [ReportBlock] = []
    var number = 0
    func recommend(_ text: String) {
      number += 1
      blocks.append(.subheading("Recommendation \(number)"))
      blocks.append(.paragraph(text))
    }
    if !plan.recruitment.isEmpty, plan.totals.householdsToRecruit > 0.005 {
      recommend(recruitmentDecision() + " The fostering service's recruitment targets, by area and year:")
      blocks.append(.table(recruitmentTargetTable()))
    }
    let openings = openingGroups()
    if !openings.isEmpty {
      recommend(
        "Open " + ReportText.list(openings.map { $0.unitsText + " at " + $0.providerName }) + ". Each costs"
          + " the same to run whether or not every bed is filled, and the plan fills them because they are cheaper"
          + " than the places they replace.")
      blocks.append(
        .table(
          DataTable(
            caption: "Units to open",
            columns: [
              .init("Provider"), .init("Opens in"), .init("Units", isNumeric: true), .init("Beds", isNumeric: true),
              .init("Running cost a year", isNumeric: true),
            ],
            rows: openings.map { opening in
              [
                opening.providerName, ReportText.yearLabel(opening.year), ReportText.count(opening.units),
                opening.beds.map(ReportText.count) ?? "", ReportText.pounds(opening.annualCost),
              ]
            })))
    }
    let blockLines = plan.openings.filter { $0.decision == .blockBeds }
    if !blockLines.isEmpty {
      recommend(
        "Block-contract "
          + ReportText.list(blockGroups().map { ReportText.plural($0.beds, "bed") + " at " + $0.providerName })
          + ": block beds are paid for whether used or not, at a lower weekly price than spot places.")
      blocks.append(
        .table(
          DataTable(
            caption: "Beds to block-contract by year",
            columns: [
              .init("Year"), .init("Provider"), .init("Beds", isNumeric: true),
              .init("Cost in the year", isNumeric: true),
            ],
            rows: blockLines.map { line in
              [
                ReportText.yearLabel(line.year),
                setting.providers.first { $0.id.rawValue == line.provider }?.name ?? line.provider,
                ReportText.count(line.amount), ReportText.pounds(line.annualCost),
              ]
            })))
    }
    if !plan.emergency.isEmpty, let peak = peakEmergencyLine {
      recommend(
        "Commission emergency beds for children who need a bed the same day: "
          + ReportText.count(
            Double(peak.bedsNeeded)) + " at the most, so that at most " + ReportText.percent(peak.blockingTarget)
          + " of arrivals find every bed full. The beds by year, and the chance that an arrival finds none free:")
      blocks.append(
        .table(
          DataTable(
            caption: "Emergency beds to commission",
            columns: [
              .init("Year"), .init("Beds to commission", isNumeric: true),
              .init("Chance an arrival finds no bed", isNumeric: true), .init("Beds secured", isNumeric: true),
              .init("Chance with the beds secured", isNumeric: true),
            ],
            rows: plan.emergency.map { line in
              [
                ReportText.yearLabel(line.year), String(line.bedsNeeded),
                ReportText.percent(line.blockingWithBedsNeeded), ReportText.count(line.bedsSecured),
                ReportText.percent(line.blockingWithBedsSecured),
              ]
            })))
    }
    recommend(
      "Review the plan each year against the children actually placed, and re-run it when demand, prices or the"
        + " supply of carers move outside the ranges in Risks and sensitivity.")
    return ReportSection(heading: "Recommendations", blocks: blocks)
  }

  /// Households to approve by area (rows) and year (columns), with totals.
  private func recruitmentTargetTable() -> DataTable {
    let areas = setting.areas.filter { area in plan.recruitment.contains { $0.area == area.id.rawValue } }
    func households(_ area: String?, _ year: Int?) -> Double {
      plan.recruitment.filter { (area == nil || $0.area == area) && (year == nil || $0.year == year) }.reduce(0) {
        $0 + $1.householdsToApprove
      }
    }
    let authorityNames = Dictionary(
      setting.authorities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    let regional = setting.authorities.count > 1
    let rows = areas.map { area in
      [regional ? (authorityNames[area.authority] ?? "") + ": " + area.name : area.name]
        + plan.planYears.map { ReportText.count(households(area.id.rawValue, $0)) }
        + [ReportText.count(households(area.id.rawValue, nil))]
    }
    let footer =
      ["Total"] + plan.planYears.map { ReportText.count(households(nil, $0)) }
      + [ReportText.count(households(nil, nil))]
    return DataTable(
      caption: "In-house fostering households to approve, by area and year",
      columns: [.init("Area")] + yearLabels.map { .init($0, isNumeric: true) } + [.init("Total", isNumeric: true)],
      rows: rows, footerRows: [footer])
  }
}

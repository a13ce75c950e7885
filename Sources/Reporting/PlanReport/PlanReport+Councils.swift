import Planning

extension PlanReportBuilder {
  /// For a regional plan: each council's figures (cost, recruits, emergency beds, gap) with shared services
  /// apportioned by use, the region's total, and a short section per council. `nil` for a single council.
  func councilsSection() -> ReportSection? {
    guard setting.authorities.count > 1 else { return nil }
    let split = CouncilSplit(plan: plan)
    let peakColumn = split.regionEmergencyBedsByYear.indices.max {
      (split.regionEmergencyBedsByYear[$0], -$0) < (split.regionEmergencyBedsByYear[$1], -$1)
    }
    func whole(_ value: Int) -> String { ReportText.pounds(Double(value)) }
    func tenths(_ value: Int) -> String { ReportText.count(Double(value) / 10) }
    let rows = split.councils.map { council in
      [
        council.name, whole(council.cost), whole(council.sharedCost), String(council.householdsToRecruit),
        peakColumn.map { String(council.emergencyBedsByYear[$0]) } ?? "0", tenths(council.gapTenths),
      ]
    }
    let footer = [
      "Region", whole(split.regionCost), whole(split.regionSharedCost), String(split.regionHouseholds),
      peakColumn.map { String(split.regionEmergencyBedsByYear[$0]) } ?? "0", tenths(split.regionGapTenths),
    ]
    var blocks: [ReportBlock] = [
      .paragraph(
        "Each council pays for its own children's placements (by the area the child comes from) and for recruiting"
          + " and supporting its own carers. The services the councils share are apportioned by use, year by year:"
          + " the emergency service (its beds and their retainer) by each council's children placed in an emergency, a new unit or"
          + " block contract by each council's children placed there. Figures are rounded so that the councils'"
          + " figures add up exactly to the region's."
          + (split.regionGapTenths > 0
            ? " The plan records need not met by need group, not by council, so each council's share of it is in"
              + " proportion to its children placed."
            : "")),
      .table(
        DataTable(
          caption: "Each council's share of the regional plan, " + yearRange,
          columns: [
            .init("Council"), .init("Cost over the plan", isNumeric: true),
            .init("of which shared services", isNumeric: true), .init("Households to recruit", isNumeric: true),
            .init(
              "Emergency beds"
                + (peakColumn.map { " (" + ReportText.yearLabel(split.years[$0]) + ")" } ?? ""), isNumeric: true),
            .init("Need not met (placement-years)", isNumeric: true),
          ], rows: rows, footerRows: [footer])),
    ]
    for council in split.councils {
      blocks.append(.subheading(council.name))
      var text =
        council.name + "'s share of the plan is " + ReportText.money(Double(council.cost)) + " over " + yearRange
        + " (" + ReportText.percent(split.regionCost > 0 ? Double(council.cost) / Double(split.regionCost) : 0)
        + " of the region's " + ReportText.money(Double(split.regionCost)) + "), of which "
        + ReportText.money(Double(council.sharedCost)) + " is its share of shared services."
      if council.householdsToRecruit > 0 {
        text += " It recruits " + ReportText.plural(Double(council.householdsToRecruit), "fostering household") + "."
      }
      text +=
        council.gapTenths > 0
        ? " Its share of need not met is " + tenths(council.gapTenths) + " placement-years."
        : " Every child it places is in registered provision."
      blocks.append(.paragraph(text))
      blocks.append(
        .table(
          DataTable(
            caption: council.name + " by year",
            columns: [
              .init("Year"), .init("Children placed", isNumeric: true), .init("Cost", isNumeric: true),
              .init("Households to approve", isNumeric: true), .init("Emergency beds (share)", isNumeric: true),
            ],
            rows: split.years.indices.map { column in
              [
                ReportText.yearLabel(split.years[column]), String(council.placedByYear[column]),
                whole(council.costByYear[column]), String(council.householdsByYear[column]),
                String(council.emergencyBedsByYear[column]),
              ]
            },
            footerRows: [["Total", "", whole(council.cost), String(council.householdsToRecruit), ""]])))
    }
    return ReportSection(heading: "Each council's figures", blocks: blocks)
  }
}

import Planning

extension PlanReportBuilder {
  /// One limit that left need unmet or sent children to unregistered or hotel placements.
  struct GapCause: Equatable {
    /// The kind of limit, in words: "the yearly budget ceiling", "the distance ceiling", …
    var summary: String
    /// A sentence on what it did and what would relieve it.
    var detail: String
  }

  /// Plan years with unmet need or last-resort placements.
  var gapYears: [Int] {
    plan.years.filter { $0.unmet > 0.005 || $0.lastResort > 0.005 }.map(\.year)
  }

  /// The limits that bind in the years with a gap, found from the plan's binding constraints, in a fixed order:
  /// budget, distance, capacity (places and beds), recruitment (carers and the yearly recruitment limit).
  func gapCauses() -> [GapCause] {
    let years = Set(gapYears)
    guard !years.isEmpty else { return [] }
    let binding = plan.shadowPrices.filter { $0.binding && years.contains($0.year) }
    func names(_ kinds: Set<ShadowPriceKind>) -> [String] {
      var seen: [String] = []
      for price in binding where kinds.contains(price.kind) && !seen.contains(price.subjectName) {
        seen.append(price.subjectName)
      }
      return seen
    }
    func yearsOf(_ kinds: Set<ShadowPriceKind>) -> String {
      ReportText.list(
        Set(binding.filter { kinds.contains($0.kind) }.map(\.year)).sorted().map(ReportText.yearLabel))
    }
    var causes: [GapCause] = []
    if binding.contains(where: { $0.kind == .budget }) {
      causes.append(
        GapCause(
          summary: "the yearly budget ceiling",
          detail: "The budget ceiling binds in " + yearsOf([.budget]) + ": the plan spends all it is allowed, and"
            + " placing the remaining children in registered provision would cost more than the ceiling leaves."
            + " Raising the ceiling is the first thing that would close the gap."))
    }
    if binding.contains(where: { $0.kind == .distanceShare }) {
      causes.append(
        GapCause(
          summary: "the distance ceiling",
          detail: "The limit on children placed more than " + DistanceIndicator.milesText + " from home binds in "
            + yearsOf([.distanceShare]) + ": the places that are free are too far away to use within it."))
    }
    let capacityKinds: Set<ShadowPriceKind> = [.externalPlace, .inHousePlace, .emergencyBed]
    let full = names(capacityKinds)
    if !full.isEmpty {
      let shown = Array(full.prefix(3)) + (full.count > 3 ? ["\(full.count - 3) more"] : [])
      causes.append(
        GapCause(
          summary: "providers' capacity",
          detail: "Every place is taken at " + ReportText.list(shown) + " in " + yearsOf(capacityKinds)
            + ": more places there (or a new unit or block contract) would let more children be placed."))
    }
    let recruitmentKinds: Set<ShadowPriceKind> = [.inHouseHousehold, .recruitmentLimit]
    if binding.contains(where: { recruitmentKinds.contains($0.kind) }) {
      causes.append(
        GapCause(
          summary: "how fast in-house carers can be recruited",
          detail: "Every in-house carer's place is used and recruitment is at its yearly limit in "
            + yearsOf(recruitmentKinds) + ": carers cannot be approved fast enough to take more children."))
    }
    return causes
  }

  /// The sufficiency gap and its cause in words, year by year.
  func gapSection() -> ReportSection {
    let heading = "Gaps in sufficiency and their causes"
    guard !gapYears.isEmpty else {
      return ReportSection(
        heading: heading,
        blocks: [
          .paragraph(
            "There is no gap: in every year of the plan every child who needs a placement is placed in registered"
              + " provision, within the scenario's limits on cost, distance, capacity and recruitment.")
        ] + siblingBlocks())
    }
    let causes = gapCauses()
    var blocks: [ReportBlock] = [
      .paragraph(
        "In " + ReportText.list(gapYears.map(ReportText.yearLabel)) + " the plan cannot place every child in"
          + " registered provision. Need not met is shown as a gap rather than hidden; unregistered and hotel"
          + " placements are used only as a last resort.")
    ]
    if causes.isEmpty {
      blocks.append(
        .paragraph(
          "No single limit binds in those years: the children who are not placed have no suitable provision"
            + " that the scenario allows (check which provision types each need group may use)."))
    } else {
      blocks.append(.paragraph("What left need unmet:"))
      blocks.append(.bulletList(causes.map(\.detail)))
    }
    blocks.append(
      .table(
        DataTable(
          caption: "The gap by year and need group (children on an average day)",
          columns: [
            .init("Year"), .init("Need group"), .init("Needing a placement", isNumeric: true),
            .init("Unregistered or hotel", isNumeric: true), .init("Not met", isNumeric: true),
          ],
          rows: plan.gap.filter { $0.unmet > 0.005 || $0.lastResort > 0.005 }.map { line in
            [
              ReportText.yearLabel(line.year),
              setting.needGroups.first { $0.id.rawValue == line.needGroup }?.name ?? line.needGroup,
              ReportText.count(line.demand), ReportText.count(line.lastResort), ReportText.count(line.unmet),
            ]
          })))
    let olderGroups = Set(plan.ageBands.filter { $0.value == "16_17" }.keys)
    let olderGap = plan.gap.filter { olderGroups.contains($0.needGroup) }.reduce(0) { $0 + $1.unmet + $1.lastResort }
    if olderGap >= 0.05 {
      blocks.append(
        .paragraph(
          "16-17 gap: " + ReportText.count(olderGap) + " placement-years of young people aged 16-17 are not"
            + " placed, or are placed only in unregistered or hotel placements. Supported accommodation suits only"
            + " them, and their placements end at 18."))
    }
    return ReportSection(heading: heading, blocks: blocks + siblingBlocks())
  }

  /// Sibling groups: how many children of sibling groups are placed together in households approved for siblings,
  /// and the gap where there are too few such places (a shortfall against the rule, not spending).
  func siblingBlocks() -> [ReportBlock] {
    guard !plan.siblings.isEmpty else { return [] }
    let gap = plan.siblings.reduce(0) { $0 + $1.gap }
    var blocks: [ReportBlock] = [
      .paragraph(
        gap > 0.005
          ? "Sibling groups: " + ReportText.count(gap) + " placement-years of children in sibling groups are not in"
            + " a household approved for siblings: the sibling places within reach are too few. Approving more"
            + " carers for siblings (or buying IFA sibling places) would keep them together."
          : "Sibling groups: every child in a sibling group to be placed together is in a household approved for"
            + " siblings.")
    ]
    let multiCouncil = plan.siblings.contains { $0.authority != plan.siblings.first?.authority }
    blocks.append(
      .table(
        DataTable(
          caption: "Children in sibling groups placed together (children on an average day)",
          columns: (multiCouncil ? [.init("Council")] : []) + [
            .init("Year"), .init("In sibling groups", isNumeric: true),
            .init("In sibling places", isNumeric: true), .init("Gap", isNumeric: true),
          ],
          rows: plan.siblings.map { line in
            (multiCouncil ? [line.authority] : []) + [
              ReportText.yearLabel(line.year), ReportText.count(line.childrenInSiblingGroups),
              ReportText.count(line.inSiblingPlaces), ReportText.count(line.gap),
            ]
          })))
    return blocks
  }
}

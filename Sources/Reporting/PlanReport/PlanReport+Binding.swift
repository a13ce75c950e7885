import Planning

extension PlanReportBuilder {
  /// One resource or policy that binds in one or more years, with the value of one more unit.
  struct BindingItem {
    var kind: ShadowPriceKind
    var subject: String
    /// What the subject is called.
    var subjectName: String
    /// The plan years in which it binds.
    var years: [Int]
    /// The binding price with the largest value.
    var largest: ShadowPrice
    /// The smallest binding value.
    var smallestSaving: Double
  }

  /// How many kinds of binding item are written out in words; the rest are only in the table.
  static let bindingItemsInWords = 5
  /// How many binding items the table shows; the rest are in shadow-prices.csv.
  static let bindingItemsInTable = 15

  /// Binding shadow prices grouped by resource across years: those that meet need first (most children per unit),
  /// then those that place children nearer the in-house target, then real savings, largest first.
  var bindingItems: [BindingItem] {
    var groups: [String: [ShadowPrice]] = [:]
    for price in plan.shadowPrices where price.binding {
      groups[price.kind.rawValue + "\u{1F}" + price.subject, default: []].append(price)
    }
    let items = groups.values.compactMap { prices -> BindingItem? in
      let sorted = prices.sorted { (Self.weight($0), -$0.year) > (Self.weight($1), -$1.year) }
      guard let largest = sorted.first else { return nil }
      return BindingItem(
        kind: largest.kind, subject: largest.subject, subjectName: largest.subjectName,
        years: prices.map(\.year).sorted(), largest: largest,
        smallestSaving: sorted.last?.saving ?? largest.saving)
    }
    return items.sorted { left, right in
      (Self.weight(left.largest), right.kind.rawValue, right.subject)
        > (Self.weight(right.largest), left.kind.rawValue, left.subject)
    }
  }

  /// Orders shadow prices: children placed outrank placements nearer the target, which outrank pounds.
  private static func weight(_ price: ShadowPrice) -> Double {
    switch price.drivenBy {
    case .unmetNeed: 2e12 + abs(price.needMet)
    case .inHouseShareTarget: 1e12 + abs(price.shareShortfallCut)
    case .spending: abs(price.saving)
    case .notMeasured: 0
    }
  }

  /// What binds and what it is worth: the largest shadow prices in words, then a table.
  func bindingSection() -> ReportSection {
    let heading = "What limits the plan, and what it is worth"
    let intro =
      "A shadow price is what one more unit of a limited resource would do, everything else unchanged, found by"
      + " planning again with 1, 2, 4, 8 and 16 more units: the real spending it saves, or, where need would"
      + " otherwise go unmet or a target be missed, the children it places (never the notional penalties the"
      + " planner uses to put need first). Each value holds for the number of units stated."
      + " Resources with no shadow price have room to spare."
    guard !plan.shadowPrices.isEmpty else {
      return ReportSection(
        heading: heading,
        blocks: [.paragraph(intro), .paragraph("The solver gave no shadow prices for this plan.")])
    }
    let items = bindingItems
    guard !items.isEmpty else {
      return ReportSection(
        heading: heading,
        blocks: [.paragraph(intro), .paragraph("Nothing binds: every resource and policy limit has room to spare.")])
    }
    let total = plan.planYears.count
    var kinds: [ShadowPriceKind] = []
    for item in items where !kinds.contains(item.kind) { kinds.append(item.kind) }
    let words = kinds.prefix(Self.bindingItemsInWords).compactMap { kind -> String? in
      let ofKind = items.filter { $0.kind == kind }
      guard let top = ofKind.first else { return nil }
      var text = explanation(top.largest) + " (binds in " + yearsText(top.years, of: total) + ")"
      let others = ofKind.dropFirst().map(\.subjectName)
      if !others.isEmpty {
        let shown = Array(others.prefix(3)) + (others.count > 3 ? ["\(others.count - 3) more"] : [])
        text += "; it also binds for " + ReportText.list(shown)
      }
      return text + "."
    }
    let rows = items.prefix(Self.bindingItemsInTable).map { item in
      [item.kind.displayName, item.subjectName, yearsText(item.years, of: total), valueText(item)]
    }
    var blocks: [ReportBlock] = [
      .paragraph(intro),
      .paragraph("The largest of each kind, in the year it is worth most:"),
      .bulletList(words),
      .table(
        DataTable(
          caption: "Everything that binds, largest value first",
          columns: [
            .init("What"), .init("Where or which"), .init("Binds in"), .init("Value of one more", isNumeric: true),
          ], rows: rows)),
    ]
    if items.count > Self.bindingItemsInTable {
      blocks.append(
        .paragraph(
          "\(items.count - Self.bindingItemsInTable) smaller items are not shown; shadow-prices.csv lists them all."))
    }
    return ReportSection(heading: heading, blocks: blocks)
  }

  /// The planner's explanation (its years are already financial years).
  /// The shadow price's sentence with money in £m or £k, as the report's prose has it.
  private func explanation(_ price: ShadowPrice) -> String { price.explanation(money: ReportText.money) }

  private func yearsText(_ years: [Int], of total: Int) -> String {
    if years.count == total && total > 1 { return "every year" }
    if years.count == 1, let only = years.first { return ReportText.yearLabel(only) }
    return "\(years.count) of \(total) years"
  }

  private func valueText(_ item: BindingItem) -> String {
    let price = item.largest
    var text: String
    switch price.drivenBy {
    case .unmetNeed:
      text = "places " + ValueFormat.number(decimals: 2).string(price.needMet) + " more children"
    case .inHouseShareTarget:
      text = ValueFormat.number(decimals: 2).string(price.shareShortfallCut) + " placements nearer the target"
    case .notMeasured:
      return "binds; not valued (not planned again)"
    case .spending:
      let high = price.saving
      let low = item.smallestSaving
      let ordered = [low, high].sorted { abs($0) < abs($1) }
      text = high < 0 ? "costs " : "saves "
      text +=
        abs(high - low) < 1
        ? ReportText.pounds(abs(high))
        : ReportText.pounds(abs(ordered[0])) + " to " + ReportText.pounds(abs(ordered[1]))
    }
    text += " per " + price.kind.unitName
    if let units = price.holdsForUnits, units > 1 { text += ", up to \(Int(units)) more" }
    return text
  }
}

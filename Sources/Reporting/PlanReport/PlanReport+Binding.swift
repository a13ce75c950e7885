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

  /// Binding shadow prices grouped by resource across years, largest value first.
  var bindingItems: [BindingItem] {
    var groups: [String: [ShadowPrice]] = [:]
    for price in plan.shadowPrices where price.binding {
      groups[price.kind.rawValue + "\u{1F}" + price.subject, default: []].append(price)
    }
    let items = groups.values.compactMap { prices -> BindingItem? in
      let sorted = prices.sorted { (abs($0.annualSaving), -$0.year) > (abs($1.annualSaving), -$1.year) }
      guard let largest = sorted.first else { return nil }
      return BindingItem(
        kind: largest.kind, subject: largest.subject, subjectName: largest.subjectName,
        years: prices.map(\.year).sorted(), largest: largest,
        smallestSaving: sorted.last?.annualSaving ?? largest.annualSaving)
    }
    return items.sorted { left, right in
      // A budget's value is pounds per pound, not money: it sorts last.
      let leftValue = abs(left.largest.annualSaving) * (left.kind.valueUnit == .poundsPerPound ? 0 : 1)
      let rightValue = abs(right.largest.annualSaving) * (right.kind.valueUnit == .poundsPerPound ? 0 : 1)
      return (leftValue, right.kind.rawValue, right.subject) > (rightValue, left.kind.rawValue, left.subject)
    }
  }

  /// What binds and what it is worth: the largest shadow prices in words, then a table.
  func bindingSection() -> ReportSection {
    let heading = "What limits the plan, and what it is worth"
    let intro =
      "A shadow price is what one more unit of a limited resource would save in a year, everything else unchanged."
      + " Resources with no shadow price have room to spare. Values hold for small changes only."
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

  /// The planner's explanation with the year written as a financial year ("in 2019" becomes "in 2018-19").
  private func explanation(_ price: ShadowPrice) -> String {
    price.explanation.replacingOccurrences(of: "in \(price.year)", with: "in " + ReportText.yearLabel(price.year))
  }

  private func yearsText(_ years: [Int], of total: Int) -> String {
    if years.count == total && total > 1 { return "every year" }
    if years.count == 1, let only = years.first { return ReportText.yearLabel(only) }
    return "\(years.count) of \(total) years"
  }

  private func valueText(_ item: BindingItem) -> String {
    let high = item.largest.annualSaving
    let suffix: String
    switch item.kind.valueUnit {
    case .poundsPerPound: return ValueFormat.number(decimals: 2).string(high) + " per £1"
    case .poundsOverPlan: suffix = " over the plan"
    case .poundsPerYear: suffix = " a year"
    }
    let low = item.smallestSaving
    let ordered = [low, high].sorted { abs($0) < abs($1) }
    let prefix = high < 0 ? "costs " : "saves "
    if abs(high - low) < 1 { return prefix + ReportText.pounds(abs(high)) + suffix }
    return prefix + ReportText.pounds(abs(ordered[0])) + " to " + ReportText.pounds(abs(ordered[1])) + suffix
  }
}

import MessageFormat

extension ShadowPrice {
  /// The explanation with money written by `money`, such as £m and £k for a report's prose (``explanation`` has
  /// exact pounds).
  public func explanation(money: (Double) -> String) -> String { ShadowPriceWording.explanation(self, money: money) }
}

/// One sentence per shadow price, in the unit its value is in: pounds for real spending, children for need met,
/// placements for a target, with the range it holds over.
enum ShadowPriceWording {
  /// The sentence, with money written by `money` (exact pounds by default, as in `shadow-prices.csv`).
  static func explanation(_ price: ShadowPrice, money: (Double) -> String = NumberFormat.pounds) -> String {
    let year = FinancialYear.label(price.year)
    let what = "One more \(price.kind.unitName) (\(price.subjectName), \(year))"
    guard price.binding else { return what + " would change nothing: there is room to spare" }
    var text: String
    switch price.drivenBy {
    case .unmetNeed:
      text =
        price.needMet > 0
        ? what + " would meet \(NumberFormat.fixed(price.needMet, decimals: 2)) more children's need that would"
          + " otherwise go unmet, " + spending(price.saving, money)
        : what + " would leave \(NumberFormat.fixed(-price.needMet, decimals: 2)) more children's need unmet, "
          + spending(price.saving, money)
    case .inHouseShareTarget:
      text = what + " would bring the in-house share target \(NumberFormat.fixed(price.shareShortfallCut, decimals: 2))"
      text += " placements nearer, " + spending(price.saving, money)
    case .spending:
      text = what + (price.saving >= 0 ? " would save " : " would cost ")
      text += money(abs(price.saving)) + " of real spending"
      if price.holdsForUnits == nil {
        text += " (from the solver's dual, for a small change: not planned again, so its range is not known)"
      }
    case .notMeasured:
      text = what + " would be worth something (it binds), but was not planned again on this large programme;"
      text += " its dual mixes spending with penalties, so no value is given"
    }
    if let units = price.holdsForUnits {
      let most = ShadowPriceProbe.steps.last ?? units
      text +=
        units >= most
        ? "; the same for each of at least \(Int(most)) more"
        : units > 1 ? "; the same for each of up to \(Int(units)) more" : " (the first one only)"
    }
    return text
  }

  private static func spending(_ saving: Double, _ money: (Double) -> String) -> String {
    if abs(saving) < 0.005 { return "at no change in spending" }
    return saving < 0 ? "and spending would rise by \(money(-saving))" : "and spending would fall by \(money(saving))"
  }
}

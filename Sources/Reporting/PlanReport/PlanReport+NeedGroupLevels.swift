import Planning
import Statistics

extension PlanReportBuilder {
  /// How the forecast total becomes children to place per need group, in plain words, and a table of each group's
  /// planned children by year with how often that many would have been enough; empty when the forecast has no
  /// need groups.
  func needGroupLevelBlocks(_ forecast: PlanForecast) -> [ReportBlock] {
    guard let groups = forecast.needGroups, let firstYear = groups.totalChildren.keys.min() else { return [] }
    let percent = Int((forecast.quantile * 100).rounded())
    let often = NeedGroupSizing.yearsOutOfTen(forecast.quantile)
    let remainder = needName(groups.remainderGroup)
    let first = groups.levels.filter { $0.year == firstYear }
    var text =
      "Each need group is planned at the level it stays below in \(often) (its own P\(percent)), not at the"
      + " total's P\(percent) times its share: a small group's numbers vary more, for its size, than the total's,"
      + " because children fall into groups by chance as well as the total being uncertain. The groups are not all"
      + " at their own P\(percent) in the same year, so adding them up would overstate the total; instead "
      + remainder + ", the largest group, takes the rest of the total's P\(percent), and the plan's total stays"
      + " the total's P\(percent)."
    let moved = first.filter { !$0.takesRemainder && abs($0.children - $0.totalQuantileTimesShare) >= 0.5 }
    if !moved.isEmpty, let rest = first.first(where: \.takesRemainder) {
      text +=
        " In " + ReportText.yearLabel(firstYear) + " this plans "
        + ReportText.list(
          moved.map {
            needName($0.needGroup) + " at " + ReportText.count($0.children) + " children instead of "
              + ValueFormat.number(decimals: 1).string($0.totalQuantileTimesShare)
          }) + ", and " + remainder + " at " + ReportText.count(rest.children) + " instead of "
        + ValueFormat.number(decimals: 1).string(rest.totalQuantileTimesShare) + ", enough in "
        + ReportText.percent(rest.enoughShare) + " of simulated years rather than \(percent)%."
    }
    text +=
      " A group's range includes the chance split of children among groups but not a change in the mix itself:"
      + " the scenario gives the mix."
    let years = groups.totalChildren.keys.sorted()
    let names =
      first.map(\.needGroup)
      + groups.levels.map(\.needGroup).filter { name in
        !first.contains { $0.needGroup == name }
      }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    func cell(_ children: Double, _ share: Double) -> String {
      ReportText.count(children) + " (P" + String(Int((share * 100).rounded())) + ")"
    }
    var rows = names.map { name in
      [setting.needGroups.first { $0.id.rawValue == name }?.name ?? name]
        + years.map { year in
          groups.levels.first { $0.year == year && $0.needGroup == name }.map { cell($0.children, $0.enoughShare) }
            ?? ""
        }
    }
    rows.append(
      ["All groups"] + years.map { cell(groups.totalChildren[$0] ?? 0, groups.totalEnoughShare[$0] ?? 0) })
    let table = DataTable(
      caption: "Children to place on an average day by need group, as planned. In brackets: the share of"
        + " simulated years in which that many would have been enough (P80: 80 in 100).",
      columns: [.init("Need group")] + years.map { .init(ReportText.yearLabel($0), isNumeric: true) }, rows: rows)
    return [.paragraph(text), .table(table)]
  }

  /// A need group's name as the scenario writes it, in lower case for prose.
  private func needName(_ id: String) -> String {
    (setting.needGroups.first { $0.id.rawValue == id }?.name ?? id.replacingOccurrences(of: "_", with: " "))
      .lowercased()
  }
}

import Planning
import Reporting
import TableIO

/// Two plans' headline figures, mix and targets, line by line, with the difference: the text table `compare` prints
/// and `compare.csv` (the measures are ``PlanDifference``'s).
struct PlanComparison {
  let first: Plan
  let second: Plan
  /// Said after B's name, such as the what-if's changes.
  var secondNote = ""

  /// (measure, first, second) rows in a fixed order.
  var rows: [(measure: String, first: Double?, second: Double?)] {
    PlanDifference(first: first, second: second).rows.map { ($0.measure, $0.first, $0.second) }
  }

  func table() -> String {
    let body = rows.map { row -> [String] in
      let difference = row.first.flatMap { a in row.second.map { b in NumberFormat.fixed(b - a, decimals: 2) } } ?? ""
      return [row.measure, row.first.map { NumberFormat.fixed($0, decimals: 2) } ?? "-",
        row.second.map { NumberFormat.fixed($0, decimals: 2) } ?? "-", difference]
    }
    return "A: \(first.scenarioName)\nB: \(second.scenarioName)\(secondNote)\n"
      + TextTable.render(header: ["Measure", "A", "B", "B - A"], rows: body)
  }

  func csv() -> String {
    var document = CSVDocument(header: ["measure", "a", "b", "difference"])
    for row in rows {
      document.append([
        row.measure, row.first.map { NumberFormat.fixed($0, decimals: 2) } ?? "",
        row.second.map { NumberFormat.fixed($0, decimals: 2) } ?? "",
        row.first.flatMap { a in row.second.map { b in NumberFormat.fixed(b - a, decimals: 2) } } ?? "",
      ])
    }
    return document.render()
  }
}

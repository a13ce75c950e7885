import MessageFormat
import Planning
import TableIO

/// Two plans' headline figures, mix and targets, line by line, with the difference: the text table and
/// `compare.csv` (the measures are ``PlanDifference``'s).
public struct PlanComparison {
  public let first: Plan
  public let second: Plan
  /// Said after B's name, such as the what-if's changes.
  public var secondNote = ""

  /// Compares plan `first` (A) with plan `second` (B).
  public init(first: Plan, second: Plan) {
    self.first = first
    self.second = second
  }

  /// (measure, first, second) rows in a fixed order.
  public var rows: [(measure: String, first: Double?, second: Double?)] {
    PlanDifference(first: first, second: second).rows.map { ($0.measure, $0.first, $0.second) }
  }

  /// `compare.csv`: measure, A, B and B − A.
  public func csv() -> String {
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

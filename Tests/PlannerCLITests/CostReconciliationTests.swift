import Foundation
import Testing

/// An independent re-check of each bundled plan's money, as a finance team would do it: every cost line read back
/// from the files (the golden outputs, which the golden tests prove are what the binary writes), added up in whole
/// pence, must equal the totals shown in every other file, to the penny. Nothing here uses the planner's code.
@Suite("cost lines add back to the totals, to the penny")
struct CostReconciliationTests {
  /// A CSV file (RFC 4180 quoting) as rows of named cells.
  struct Table {
    var rows: [[String: String]]

    init(_ url: URL) throws {
      var text = try String(contentsOf: url, encoding: .utf8)
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      let records = Self.records(text)
      let header = records[0]
      rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// Records of cells: commas separate cells, newlines records, double quotes enclose cells ("" is a quote).
    static func records(_ text: String) -> [[String]] {
      var records: [[String]] = []
      var record: [String] = []
      var cell = ""
      var quoted = false
      var characters = Array(text)[...]
      while let character = characters.popFirst() {
        if quoted {
          if character == "\"" {
            if characters.first == "\"" {
              cell.append("\"")
              characters.removeFirst()
            } else {
              quoted = false
            }
          } else {
            cell.append(character)
          }
        } else if character == "\"" {
          quoted = true
        } else if character == "," {
          record.append(cell)
          cell = ""
        } else if character == "\n" || character == "\r\n" {
          record.append(cell)
          records.append(record)
          record = []
          cell = ""
        } else {
          cell.append(character)
        }
      }
      if !cell.isEmpty || !record.isEmpty { records.append(record + [cell]) }
      return records
    }

    /// The sum of a column in pence, over the rows that pass `filter`.
    func pence(_ column: String, where filter: ([String: String]) -> Bool = { _ in true }) -> Int {
      rows.filter(filter).reduce(0) { $0 + CostReconciliationTests.pence($1[column] ?? "") }
    }
  }

  /// "1234.56" as 123456 pence (exact: no floating point).
  static func pence(_ text: String) -> Int {
    guard !text.isEmpty else { return 0 }
    let negative = text.hasPrefix("-")
    let digits = negative ? String(text.dropFirst()) : text
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    let pounds = Int(parts[0]) ?? 0
    let fraction = parts.count > 1 ? String(parts[1].prefix(2)).padding(toLength: 2, withPad: "0", startingAt: 0) : "00"
    let value = pounds * 100 + (Int(fraction) ?? 0)
    return negative ? -value : value
  }

  static func pence(_ number: Double) -> Int { Int((number * 100).rounded()) }

  static let costColumns = [
    "placement_fees_gbp", "mileage_gbp", "recruitment_gbp", "household_support_gbp", "emergency_retainers_gbp",
    "new_unit_running_costs_gbp", "block_contracts_gbp", "planned_moves_gbp",
  ]

  @Test(
    "budget, placements, recruitment, emergency beds, plan.json and the summary agree",
    arguments: GoldenOutputTests.scenarioNames)
  func reconcile(scenarioName: String) throws {
    let folder = BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/\(scenarioName)/expected")
    let budget = try Table(folder.appendingPathComponent("budget.csv"))
    let placements = try Table(folder.appendingPathComponent("placements.csv"))
    let recruitment = try Table(folder.appendingPathComponent("recruitment-targets.csv"))
    let emergency = try Table(folder.appendingPathComponent("emergency-capacity.csv"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("plan.json")))
        as? [String: Any])
    let years = try #require(json["years"] as? [[String: Any]])
    let totals = try #require(json["totals"] as? [String: Any])

    // Each budget line: its cost lines add to its annual cost.
    for row in budget.rows {
      let sum = Self.costColumns.reduce(0) { $0 + Self.pence(row[$1] ?? "") }
      #expect(sum == Self.pence(row["annual_cost_gbp"] ?? ""), "budget.csv \(row)")
      // Cash: the constant-price cost shown × the factor shown, rounded once to the penny.
      let cash = Double(Self.pence(row["annual_cost_gbp"] ?? "")) * (Double(row["cash_factor"] ?? "") ?? .nan)
      #expect(abs(cash.rounded() - Double(Self.pence(row["annual_cost_cash_gbp"] ?? ""))) < 1, "budget.csv \(row)")
    }
    // Each placement line: fees and mileage add to its annual cost.
    for row in placements.rows {
      #expect(
        Self.pence(row["placement_fees_gbp"] ?? "") + Self.pence(row["mileage_gbp"] ?? "")
          == Self.pence(row["annual_cost_gbp"] ?? ""), "placements.csv \(row)")
    }
    var grandTotal = 0
    var grandTotalCash = 0
    for year in years {
      let ending = String(try #require(year["year"] as? Int))
      let inYear: ([String: String]) -> Bool = { $0["year_ending_march"] == ending }
      // Placement lines add to the budget's fees and mileage, type by type.
      for type in Set(budget.rows.filter(inYear).compactMap { $0["provision_type"] }) {
        let ofType: ([String: String]) -> Bool = { inYear($0) && $0["provision_type"] == type }
        #expect(
          placements.pence("placement_fees_gbp", where: ofType) == budget.pence("placement_fees_gbp", where: ofType))
        #expect(placements.pence("mileage_gbp", where: ofType) == budget.pence("mileage_gbp", where: ofType))
      }
      // Recruitment lines and emergency retainers add to the budget's.
      #expect(
        recruitment.pence("recruitment_cost_gbp", where: inYear) == budget.pence("recruitment_gbp", where: inYear))
      if !emergency.rows.isEmpty {
        #expect(
          emergency.pence("retainer_cost_gbp", where: inYear) == budget.pence("emergency_retainers_gbp", where: inYear))
      }
      // plan.json's year: its cost items are the budget's columns, its annual cost their sum and the budget's.
      let items = try #require(year["costByItem"] as? [String: Double])
      let itemColumns = [
        "placements": "placement_fees_gbp", "mileage": "mileage_gbp", "recruitment": "recruitment_gbp",
        "household_support": "household_support_gbp", "emergency_retainer": "emergency_retainers_gbp",
        "fixed_cost": "new_unit_running_costs_gbp", "block_contract": "block_contracts_gbp",
        "planned_moves": "planned_moves_gbp",
      ]
      for (item, column) in itemColumns {
        #expect(Self.pence(items[item] ?? 0) == budget.pence(column, where: inYear), "\(ending) \(item)")
      }
      let annual = Self.pence(try #require(year["annualCost"] as? Double))
      #expect(items.values.reduce(0) { $0 + Self.pence($1) } == annual)
      #expect(budget.pence("annual_cost_gbp", where: inYear) == annual)
      let cash = Self.pence(try #require(year["annualCostCash"] as? Double))
      #expect(budget.pence("annual_cost_cash_gbp", where: inYear) == cash)
      grandTotal += annual
      grandTotalCash += cash
    }
    #expect(Self.pence(try #require(totals["totalCost"] as? Double)) == grandTotal)
    #expect(Self.pence(try #require(totals["totalCostCash"] as? Double)) == grandTotalCash)
    #expect(Self.pence(try #require(totals["placementCost"] as? Double)) == budget.pence("placement_fees_gbp"))
    if let statusQuo = totals["statusQuoCost"] as? Double {
      #expect(Self.pence(statusQuo) == budget.pence("status_quo_annual_cost_gbp"))
    }
    // The summary's total is the plan's total, in whole pounds.
    let summary = try String(contentsOf: folder.appendingPathComponent("summary.txt"), encoding: .utf8)
    let digits = String(Int((Double(grandTotal) / 100).rounded()))
    var formatted = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { formatted += "," }
      formatted.append(digit)
    }
    #expect(summary.contains("Total cost over \(years.count) years: £\(formatted) at"))
  }
}

/// The report's money tables (report.md of each bundled plan): every total row is the sum of the figures above it,
/// to the penny.
@Suite("the report's money tables add up to the penny")
struct ReportTableReconciliationTests {
  @Test("each £ column's total is the sum of its rows", arguments: GoldenOutputTests.scenarioNames)
  func tables(scenarioName: String) throws {
    let url = BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/\(scenarioName)/expected/report.md")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    var table: [[String]] = []
    var checked = 0
    // A difference worded by its sign reads as a signed amount: "£1.00 lower" is +1.00, "£1.00 higher" is -1.00.
    func money(_ cell: String) -> Int? {
      var text = cell.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
      if text == "the same" { return 0 }
      var negative = text.hasPrefix("-")
      if text.hasSuffix(" higher") {
        negative = true
        text.removeLast(" higher".count)
      } else if text.hasSuffix(" lower") {
        text.removeLast(" lower".count)
      }
      let digits = text.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "£", with: "")
        .replacingOccurrences(of: ",", with: "")
      guard text.contains("£"), digits.contains("."), !digits.hasSuffix("m") else { return nil }
      let value = CostReconciliationTests.pence(digits)
      return negative ? -value : value
    }
    func check() {
      let body = table.dropFirst(2).filter { !($0.first ?? "").hasPrefix("**") }
      for footer in table.dropFirst(2) where (footer.first ?? "").hasPrefix("**") {
        for (column, cell) in footer.enumerated() {
          guard let total = money(cell) else { continue }
          let values = body.map { column < $0.count ? money($0[column]) : nil }
          guard values.allSatisfy({ $0 != nil }) else { continue }
          #expect(values.reduce(0) { $0 + $1! } == total, "\(scenarioName): \(table[0][column])")
          checked += 1
        }
      }
      table = []
    }
    for line in lines {
      if line.hasPrefix("|") {
        table.append(
          line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
          })
      } else if !table.isEmpty {
        check()
      }
    }
    #expect(checked >= 4)
  }

  @Test("each row of a chart's table in £m adds up to the total it shows", arguments: GoldenOutputTests.scenarioNames)
  func chartTablesInMillions(scenarioName: String) throws {
    let url = BinaryRunner.repositoryRoot.appendingPathComponent("Scenarios/\(scenarioName)/expected/report.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    var header: [String] = []
    var checked = 0
    // Hundredths of a million: "£3.29m" is 329.
    func hundredths(_ cell: String) -> Int? {
      guard cell.hasPrefix("£"), cell.hasSuffix("m"), let value = Double(cell.dropFirst().dropLast()) else {
        return nil
      }
      return Int((value * 100).rounded())
    }
    for line in text.split(separator: "\n") {
      guard line.hasPrefix("|") else {
        header = []
        continue
      }
      let cells = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if header.isEmpty {
        header = cells
        continue
      }
      guard header.last == "Total", cells.count == header.count else { continue }
      let values = cells.dropFirst().map(hundredths)
      guard values.count >= 3, values.allSatisfy({ $0 != nil }), let total = values.last! else { continue }
      #expect(values.dropLast().reduce(0) { $0 + $1! } == total, "\(scenarioName): \(cells[0])")
      checked += 1
    }
    #expect(checked >= 5)
  }
}

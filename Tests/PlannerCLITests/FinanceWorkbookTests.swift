import Foundation
import Testing

/// `plan.xlsx` read back by an independent reader (`Scripts/read-workbook.py`: Python's zipfile and XML parser, no
/// spreadsheet library): each bundled plan's workbook has its Budget totals as SUM formulas whose values equal the sums
/// of `budget.csv`'s columns to the penny, the Summary's cost total equal to budget.csv's, the Sufficiency gap sheet
/// with `sufficiency-gap.csv`'s rows (sibling groups included), frozen header rows and two native charts. The golden
/// tests prove these are the files the binary writes, byte for byte.
@Suite("the finance workbook reads back and agrees with budget.csv")
struct FinanceWorkbookTests {
  @Test("plan.xlsx totals equal budget.csv's", arguments: GoldenOutputTests.scenarioNames)
  func totals(scenarioName: String) throws {
    let root = BinaryRunner.repositoryRoot
    let expected = root.appendingPathComponent("Scenarios/\(scenarioName)/expected")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", root.appendingPathComponent("Scripts/read-workbook.py").path,
      expected.appendingPathComponent("plan.xlsx").path, "--check-budget",
      expected.appendingPathComponent("budget.csv").path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text == "ok\n")
  }
}

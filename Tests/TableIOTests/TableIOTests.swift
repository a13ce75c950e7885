import Foundation
import MessageFormat
import TableIO
import Testing

@Suite("CSV tables")
struct CSVTableTests {
  @Test("quoted cells, a byte-order mark, blank lines and short rows are read as a spreadsheet would")
  func parsing() throws {
    let text = "\u{FEFF}id,name,places\n1,\"Smith, Jones\",4\n\n2,\"Say \"\"hi\"\"\"\n"
    let table = try CSVTable(text: text, path: "t.csv")
    #expect(table.header == ["id", "name", "places"])
    #expect(table.rows == [["1", "Smith, Jones", "4"], ["2", "Say \"hi\"", ""]])
    #expect(table.lineNumbers == [2, 4])
  }

  @Test("a document read as a table directly equals its rendered text parsed back")
  func documentAsTable() throws {
    var document = CSVDocument(header: ["name", "note", "value"])
    document.append(["Stockton-on-Tees", "says \"hello\", twice", "12.50"])
    document.append(["Redcar, Cleveland", "", "-3"])
    let direct = CSVTable(document, path: "d.csv")
    let parsed = try CSVTable(text: document.render(), path: "d.csv")
    #expect(direct.header == parsed.header && direct.rows == parsed.rows && direct.lineNumbers == parsed.lineNumbers)
  }

  @Test("suppression markers and blanks are missing numbers; other text names file, line and column")
  func numbers() throws {
    let table = try CSVTable(text: "a,b\nx,1\n..,oops\n", path: "t.csv")
    #expect(try table.number(row: 0, column: 0) == nil)
    #expect(try table.number(row: 0, column: 1) == 1)
    #expect(try table.number(row: 1, column: 0) == nil)
    #expect(
      throws: TableIOError.badValue(path: "t.csv", line: 3, column: "b", value: "oops", expected: "a plain number")
    ) {
      try table.number(row: 1, column: 1)
    }
  }

  @Test("number cells are trimmed of spaces, tabs and no-break spaces, and thousands separators are dropped")
  func paddedNumbers() throws {
    let table = try CSVTable(text: "a,b,c,d\n\" 1,234 \",\t7\t,\u{00A0}5\u{00A0},12\n", path: "p.csv")
    #expect(try table.number(row: 0, column: 0) == 1234)
    #expect(try table.number(row: 0, column: 1) == 7)
    #expect(try table.number(row: 0, column: 2) == 5)
    #expect(try table.number(row: 0, column: 3) == 12)
  }

  @Test("empty files, extra cells and missing columns are reported")
  func badTables() throws {
    #expect(throws: TableIOError.empty(path: "e.csv")) { try CSVTable(text: " \n", path: "e.csv") }
    #expect(throws: TableIOError.self) { try CSVTable(text: "a,b\n1,2,3\n", path: "x.csv") }
    let table = try CSVTable(text: "a,b\n1,2\n", path: "m.csv")
    #expect(throws: TableIOError.missingColumns(path: "m.csv", columns: ["c", "d"], found: ["a", "b"])) {
      try table.requireColumns(["a", "c", "d"])
    }
  }

  @Test("written CSV quotes what needs quoting and reads back the same")
  func roundTrip() throws {
    var document = CSVDocument(header: ["name", "note"])
    document.append(["Hartlepool's home", "beds, \"4\"\nnew"])
    let text = document.render()
    #expect(text == "name,note\nHartlepool's home,\"beds, \"\"4\"\"\nnew\"\n")
    let table = try CSVTable(text: text, path: "r.csv")
    #expect(table.rows == [["Hartlepool's home", "beds, \"4\"\nnew"]])
  }
}

@Suite("Atomic files and number formats")
struct AtomicFileTests {
  @Test("writes whole files, leaves no temporary file, and refuses to overwrite an input")
  func atomicWrite() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("sub/out.csv")
    try AtomicFile.write("one\n", to: target)
    try AtomicFile.write("two\n", to: target)
    #expect(try String(contentsOf: target, encoding: .utf8) == "two\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["out.csv"])
    #expect(throws: TableIOError.wouldOverwriteInput(path: target.path)) {
      try AtomicFile.write("three\n", to: target, protecting: [target.path])
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "two\n")
  }

  @Test("fixed decimals never print -0; pounds have thousands separators")
  func formats() {
    #expect(NumberFormat.fixed(-0.0001, decimals: 2) == "0.00")
    #expect(NumberFormat.fixed(1234.5, decimals: 1) == "1234.5")
    #expect(NumberFormat.pounds(1_234_567.4) == "£1,234,567")
    #expect(NumberFormat.pounds(-999.6) == "-£1,000")
  }
}

import Foundation
import Testing

@testable import CareEpisodes

@Suite("Byte-level CSV reader")
struct FastCSVReaderTests {
  @Test("Quoted cells keep commas, doubled quotes and line breaks; line numbers count physical lines")
  func quoting() throws {
    let text = "\u{FEFF}A, B ,C\r\n1,\"x, \"\"y\"\"\",3\r\n\n2,\"two\nlines\",4\n5,6\n"
    let table = try FastCSVReader(data: Data(text.utf8), path: "t.csv")
    #expect(table.header == ["A", "B", "C"])
    #expect(table.rows == [["1", "x, \"y\"", "3"], ["2", "two\nlines", "4"], ["5", "6", ""]])
    #expect(table.lineNumbers == [2, 4, 6])
    #expect(table.columnIndex("b") == 1)
  }

  @Test("A file ending without a line break keeps its last row and a trailing empty cell")
  func lastRow() throws {
    let table = try FastCSVReader(data: Data("A,B\n1,".utf8), path: "t.csv")
    #expect(table.rows == [["1", ""]])
  }

  @Test("An unterminated quote is reported with the line it starts on")
  func unterminated() {
    #expect(throws: (any Error).self) {
      try FastCSVReader(data: Data("A,B\n1,2\n3,\"open\n4,5\n".utf8), path: "t.csv")
    }
    do {
      _ = try FastCSVReader(data: Data("A,B\n1,2\n3,\"open\n4,5\n".utf8), path: "t.csv")
    } catch {
      #expect("\(error)".contains("t.csv:3"))
    }
  }

  @Test("Rows with more cells than the header are flagged")
  func overlong() throws {
    let table = try FastCSVReader(data: Data("A,B\n1,2,3\n4,5,\n".utf8), path: "t.csv")
    #expect(table.overlongRowLines == [2])
    #expect(table.rows == [["1", "2"], ["4", "5"]])
  }
}

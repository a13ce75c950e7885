import Foundation
import HistoryInputs
import TableIO
import Testing

@testable import Forecasting

@Suite("Reading and validating series files")
struct InputValidationTests {
  func issues(_ text: String) throws -> [DataIssue] {
    do {
      _ = try SeriesTableReader.read(try CSVTable(text: text, path: "in.csv"))
    } catch let error as ForecastingError {
      #expect(error.isInvalidInput)
      if case .invalidData(let issues) = error { return issues }
      Issue.record("unexpected error \(error)")
    }
    return []
  }

  @Test("The fixture panel reads as three councils with harmonised codes and optional blanks")
  func panel_reads() throws {
    let panel = try FixtureSupport.panel()
    #expect(panel.series.map(\.id) == ["E06000001", "E06000003", "E06000005"])
    let redcar = try #require(panel.series(withID: "E06000003"))
    #expect(redcar.name == "Redcar and Cleveland")
    #expect(redcar.years.first == 2010 && redcar.years.last == 2025)
    #expect(redcar.population[1] == nil)
    #expect(redcar.value(in: 2018) == 283)
  }

  @Test("A simple year,value file is one series")
  func simpleSeries_reads() throws {
    let panel = try SeriesTableReader.read(try CSVTable(text: "year,value\n2020,5\n2021,6\n2022,8\n", path: "s.csv"))
    #expect(panel.series.count == 1)
    #expect(panel.series[0].values == [5, 6, 8])
  }

  @Test("A missing year names the series, the gap and the line")
  func missingYear_reported() throws {
    let found = try issues("year,value\n2020,5\n2021,6\n2023,8\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 4)
    #expect(found.first?.column == "year")
    #expect(found.first?.message.contains("2022") == true)
  }

  @Test("Negative counts, NaN and non-numbers are each reported with line and column")
  func badValues_reported() throws {
    let found = try issues(
      "time_period,la_code_harmonised,cla_31mar,starts\n2020,A,5,1\n2021,A,-6,2\n2022,A,NaN,3\n2023,A,7,abc\n")
    #expect(found.contains { $0.line == 3 && $0.column == "cla_31mar" && $0.message.contains("negative") })
    #expect(found.contains { $0.line == 4 && $0.column == "cla_31mar" && $0.message.contains("missing") })
    #expect(found.contains { $0.line == 5 && $0.column == "starts" })
    let text = ForecastingError.invalidData(found).description
    #expect(text.contains("in.csv:3: column cla_31mar"))
  }

  @Test("A missing column is named")
  func missingColumn_reported() throws {
    let found = try issues("time_period,la_name\n2020,X\n")
    #expect(found.first?.column?.contains("cla_31mar") == true)
  }

  @Test("A duplicated year is reported")
  func duplicateYear_reported() throws {
    let found = try issues("year,value\n2020,5\n2020,6\n")
    #expect(found.first?.message.contains("twice") == true)
  }

  @Test("A series too short to forecast is an input error")
  func tooShort_rejected() throws {
    let series = try AnnualSeries(id: "S", years: [2020, 2021], values: [4, 5])
    #expect(throws: ForecastingError.seriesTooShort(id: "S", count: 2, minimum: 3)) {
      try SeriesForecaster().forecast(series)
    }
    #expect(ForecastingError.seriesTooShort(id: "S", count: 2, minimum: 3).isInvalidInput)
  }

  @Test("Series built in code reject gaps, negatives and NaN")
  func annualSeries_validates() {
    #expect(throws: ForecastingError.self) { try AnnualSeries(id: "S", years: [2020, 2022], values: [1, 2]) }
    #expect(throws: ForecastingError.self) { try AnnualSeries(id: "S", years: [2020, 2021], values: [1, -2]) }
    #expect(throws: ForecastingError.self) { try AnnualSeries(id: "S", years: [2020, 2021], values: [1, .nan]) }
  }
}

@Suite("Panels with suppressed cells")
struct SuppressedCellTests {
  @Test("A series with a blank stock is skipped with its line and name; the rest are read")
  func blankStock_skipsSeries() throws {
    let text = """
      time_period,new_la_code,la_name,cla_31mar
      2023,E09000001,City of London,10
      2024,E09000001,City of London,
      2023,E06000003,Redcar and Cleveland,283
      2024,E06000003,Redcar and Cleveland,290

      """
    let panel = try SeriesTableReader.read(try CSVTable(text: text, path: "panel.csv"))
    #expect(panel.series.map(\.id) == ["E06000003"])
    #expect(panel.skipped.count == 1)
    let warning = try #require(panel.skipped.first).warning
    #expect(
      warning.hasPrefix(
        "warning: panel.csv:3: series E09000001 (City of London) skipped: missing or suppressed value in 2024"))
    #expect(panel.series(matching: "redcar and cleveland")?.id == "E06000003")
    #expect(panel.skippedError(matching: "City of London")?.description.contains("panel.csv:3") == true)
  }

  @Test("When every series is skipped the file is an input error naming the cells")
  func everySeriesSkipped_isError() throws {
    #expect(throws: ForecastingError.self) {
      try SeriesTableReader.read(try CSVTable(text: "year,value\n2020,5\n2021,\n", path: "s.csv"))
    }
  }
}

import Forecasting
import Testing

@testable import Reporting

@Suite("forecast.csv, flows.csv and backtest printing")
struct ForecastFilesTests {
  @Test("forecast.csv writes each row's year, series, group, bounds to one decimal and method")
  func forecastDocument() {
    let rows = [
      ForecastTableRow(
        year: 2026, series: "E1", group: "all", values: [406.84, 379.6, 461.3, 360.1, 481.9], method: "M"),
      ForecastTableRow(year: 2026, series: "E1", group: "ifa", values: [117.7, 104, 137, 96, 146], method: "M"),
    ]
    #expect(
      ForecastFiles.forecastDocument(rows).render()
        == "year,series,need_group,point,lower_80,upper_80,lower_95,upper_95,method\n"
        + "2026,E1,all,406.8,379.6,461.3,360.1,481.9,M\n2026,E1,ifa,117.7,104.0,137.0,96.0,146.0,M\n")
  }

  @Test("flows.csv: the stock is last year's plus entrants minus endings, as given")
  func flowsDocument() {
    let flows = ForecastFlows(entrants: [50, 52], endings: [45, 47])
    #expect(
      ForecastFiles.flowsDocument(years: [2026, 2027], series: "E1", stock: [105, 110], flows: flows).render()
        == "year,series,stock,entrants,endings\n2026,E1,105.0,50.0,45.0\n2027,E1,110.0,52.0,47.0\n")
  }

  @Test("The printed table pads each cell to nine characters")
  func printedRow() {
    #expect(ForecastPrintout.row(["year", "406.8"]) == "     year     406.8")
  }
}

import Forecasting
import Testing

@testable import PlannerCLI

@Suite("Choosing a series from a panel")
struct PanelSelectionTests {
  private func panel() throws -> SeriesPanel {
    let names = [
      ("E06000004", "Stockton-on-Tees"), ("E06000003", "Redcar and Cleveland"), ("E06000001", "Hartlepool"),
      ("E06000002", "Middlesbrough"), ("E06000005", "Darlington"),
    ]
    return SeriesPanel(
      try names.map { id, name in try AnnualSeries(id: id, name: name, years: [2020, 2021, 2022], values: [1, 2, 3]) })
  }

  @Test("A partial name is answered with the near match, not the whole list")
  func partialName_suggestsNearMatch() throws {
    let error = #expect(throws: ForecastingError.self) {
      try PanelSelection.series(in: try panel(), requested: "Stockton", path: "panel.csv")
    }
    let message = try #require(error?.description)
    #expect(message.contains("did you mean E06000004 (Stockton-on-Tees)?"))
    #expect(!message.contains("Hartlepool"))
  }

  @Test("A misspelt name is matched within a few letters")
  func misspeltName_suggestsNearMatch() throws {
    #expect(try PanelSelection.nearMatches("Hartlepol", in: panel()).map(\.name) == ["Hartlepool"])
    #expect(try PanelSelection.nearMatches("Birmingham", in: panel()).isEmpty)
  }

  @Test("No --series on a panel says how to choose, without placeholder wording")
  func noSeries_explains() throws {
    let error = #expect(throws: ForecastingError.self) {
      try PanelSelection.series(in: try panel(), requested: nil, path: "panel.csv")
    }
    let message = try #require(error?.description)
    #expect(message.hasPrefix("panel.csv holds 5 series; say which one to forecast with --series"))
    #expect(!message.contains("none given"))
  }
}

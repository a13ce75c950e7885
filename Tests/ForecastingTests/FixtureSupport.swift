import Foundation
import HistoryInputs
import Statistics
import Testing

@testable import Forecasting

/// Loads the fixtures written by Scripts/make_forecast_fixtures.py.
enum FixtureSupport {
  static var folder: URL {
    get throws {
      try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    }
  }

  static func reference() throws -> [String: Any] {
    let data = try Data(contentsOf: try folder.appendingPathComponent("forecast_reference.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func panel() throws -> SeriesPanel {
    try SeriesTableReader.read(try folder.appendingPathComponent("panel_subset.csv"))
  }

  static func doubles(_ value: Any?) throws -> [Double] {
    try #require(value as? [Any]).map { try #require(($0 as? NSNumber)?.doubleValue) }
  }

  /// |a − b| ≤ tolerance · max(1, |b|).
  static func close(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
  }

  /// A deterministic pseudo-random walk with drift, for property checks.
  static func randomSeries(seed: UInt64, count: Int = 14, id: String = "S") throws -> AnnualSeries {
    var generator = SplitMix64(seed: seed)
    var value = 100 + 200 * generator.nextUnit()
    var values: [Double] = []
    let drift = 10 * (generator.nextUnit() - 0.5)
    for _ in 0..<count {
      value = max(1, value + drift + 30 * (generator.nextUnit() - 0.5))
      values.append(value.rounded())
    }
    let starts = values.map { Optional(($0 * 0.4).rounded()) }
    let ceased = values.map { Optional(($0 * 0.38).rounded()) }
    let population = values.indices.map { Optional(30_000.0 + 50 * Double($0)) }
    return try AnnualSeries(
      id: id, years: Array(2000..<(2000 + count)), values: values, starts: starts, ceased: ceased,
      population: population)
  }
}

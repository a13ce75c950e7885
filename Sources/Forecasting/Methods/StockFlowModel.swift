import Foundation

/// A stock-flow model: next year's stock is this year's stock, less exits, plus starts.
///
///     stock_{t+1} = stock_t · (1 − exitFraction) + starts_{t+1}
///
/// Starts are a rate of the population (mean of the last ``smoothingYears`` years' starts per head, times the
/// projected population; the mean count when the population is unknown). Exits are a fraction of the opening stock
/// (mean of the last ``smoothingYears`` years of ceased / previous stock). Averaging over several years smooths both.
public enum StockFlowModel {
  /// Years averaged for the start rate and the exit fraction.
  public static let smoothingYears = 3

  /// The flows the model projects, one entry per future year.
  public struct Flows: Sendable, Equatable {
    /// Entries expected in each future year.
    public var startsPerYear: [Double]
    /// The fraction of the opening stock expected to leave during a year, in [0, 1].
    public var exitFraction: Double

    /// Makes flows.
    public init(startsPerYear: [Double], exitFraction: Double) {
      self.startsPerYear = startsPerYear
      self.exitFraction = exitFraction
    }
  }

  /// The smoothed flows for `horizon` years after the series ends, or `nil` without enough starts and ceased.
  public static func flows(_ series: AnnualSeries, horizon: Int) -> Flows? {
    guard let origin = series.lastYear, series.count >= 2 else { return nil }
    var exitFractions: [Double] = []
    var startRates: [Double] = []
    var startCounts: [Double] = []
    for index in series.years.indices.dropFirst().reversed() {
      if exitFractions.count < smoothingYears, let ceased = series.ceased[index], series.values[index - 1] > 0 {
        exitFractions.append(min(1, ceased / series.values[index - 1]))
      }
      if let starts = series.starts[index], startCounts.count < smoothingYears {
        startCounts.append(starts)
        if let population = series.population[index], population > 0 { startRates.append(starts / population) }
      }
    }
    guard !exitFractions.isEmpty, !startCounts.isEmpty else { return nil }
    let exitFraction = exitFractions.reduce(0, +) / Double(exitFractions.count)
    let years = (1...horizon).map { origin + $0 }
    let starts: [Double]
    let populations = RateModel.projectedPopulation(series, years: years)
    if startRates.count == startCounts.count, populations.allSatisfy({ $0 > 0 }) {
      let rate = startRates.reduce(0, +) / Double(startRates.count)
      starts = populations.map { rate * $0 }
    } else {
      let mean = startCounts.reduce(0, +) / Double(startCounts.count)
      starts = Array(repeating: mean, count: horizon)
    }
    return Flows(startsPerYear: starts, exitFraction: exitFraction)
  }

  /// Runs the stock forward from `stock` with `flows`.
  public static func project(from stock: Double, flows: Flows) -> [Double] {
    var current = stock
    return flows.startsPerYear.map { starts in
      current = max(0, current * (1 - flows.exitFraction) + starts)
      return current
    }
  }

  /// Point forecasts, or `nil` without flows.
  public static func forecast(_ series: AnnualSeries, horizon: Int) -> [Double]? {
    guard let last = series.values.last, let flows = flows(series, horizon: horizon) else { return nil }
    return project(from: last, flows: flows)
  }
}

/// Rate per 10,000 × projected population: the stock as a rate of its population is held at its latest observed
/// value, and the population is projected from its last known value along the least-squares slope of its last five
/// known years.
public enum RateModel {
  /// The rate base: counts per this many people.
  public static let rateBase = 10_000.0
  /// Years of population used for its trend.
  public static let populationTrendWindow = 5

  /// Point forecasts, or `nil` when no year has both a value and a population.
  public static func forecast(_ series: AnnualSeries, horizon: Int) -> [Double]? {
    guard let origin = series.lastYear else { return nil }
    guard let rateIndex = series.years.indices.last(where: { (series.population[$0] ?? 0) > 0 }),
      let rateYearPopulation = series.population[rateIndex]
    else { return nil }
    let ratePer10k = series.values[rateIndex] / rateYearPopulation * rateBase
    let populations = projectedPopulation(series, years: (1...horizon).map { origin + $0 })
    return populations.map { max(0, ratePer10k * $0 / rateBase) }
  }

  /// The population in each of `years`: the last known population moved along the least-squares slope of the last
  /// five known populations (flat when only one is known, never below zero). Zeros when no population is known.
  public static func projectedPopulation(_ series: AnnualSeries, years: [Int]) -> [Double] {
    let known = series.years.indices.compactMap { index -> (year: Int, population: Double)? in
      series.population[index].map { (series.years[index], $0) }
    }.suffix(populationTrendWindow)
    guard let lastKnown = known.last else { return years.map { _ in 0 } }
    guard known.count >= 2 else { return years.map { _ in lastKnown.population } }
    let meanYear = Double(known.map(\.year).reduce(0, +)) / Double(known.count)
    let meanPopulation = known.map(\.population).reduce(0, +) / Double(known.count)
    var sxy = 0.0
    var sxx = 0.0
    for point in known {
      sxy += (Double(point.year) - meanYear) * (point.population - meanPopulation)
      sxx += (Double(point.year) - meanYear) * (Double(point.year) - meanYear)
    }
    let slope = sxx > 0 ? sxy / sxx : 0
    return years.map { year in
      max(0, lastKnown.population + slope * Double(year - lastKnown.year))
    }
  }
}

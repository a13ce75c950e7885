import Statistics

extension EpisodeStockFlowModel {
  /// A copy with the estimated rates redrawn from their sampling distributions, so simulation intervals carry the
  /// uncertainty of the estimates as well as the randomness of arrivals and stays.
  ///
  /// A rate estimated as n events over E days at risk is drawn as Gamma(n, 1/E) (the posterior under a flat prior
  /// on the log rate); entry rates likewise from the entries counted over the window's years. Ageing rates are kept
  /// as estimated: they follow from ages, not behaviour.
  func drawingRates(using generator: inout SplitMix64) -> EpisodeStockFlowModel {
    func draw(_ rate: Double, exposure: Double) -> Double {
      guard rate > 0, exposure > 0 else { return rate }
      return generator.nextGamma(shape: rate * exposure) / exposure
    }
    let windowYears = Double(windowEnd.dayNumber - windowStart.dayNumber) / 365.25
    let exits = exitRatePerDay.indices.map { draw(exitRatePerDay[$0], exposure: exposureDays[$0]) }
    let moves = transitionRatePerDay.indices.map { state in
      transitionRatePerDay[state].map { draw($0, exposure: exposureDays[state]) }
    }
    let entries = entriesPerYear.map { draw($0, exposure: windowYears) }
    return EpisodeStockFlowModel(
      windowStart: windowStart, windowEnd: windowEnd, exposureDays: exposureDays, exitRatePerDay: exits,
      ageingRatePerDay: ageingRatePerDay, transitionRatePerDay: moves, entriesPerYear: entries,
      entryTrend: entryTrend, entryGrowthPerYear: entryGrowthPerYear)
  }
}

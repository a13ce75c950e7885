extension EpisodeHistory {
  /// The state of every child looked after at the end of 31 March `year`, in episode order.
  public func children(lookedAfterOn year: Int) -> [PlacementState] {
    let census = CalendarDay.thirtyFirstMarch(year)
    return episodes.compactMap { episode in
      guard episode.isOpen(atEndOf: census), let age = episode.age(on: census) else { return nil }
      return PlacementState(band: AgeBand(ageInYears: age), provisionType: episode.provisionType)
    }
  }

  /// Fits the stock-flow model on the `fitYears` years ending 31 March `originYear` (at most the years the returns
  /// cover) and projects `years` years from the children looked after then.
  public func project(
    fromYear originYear: Int, fitYears: Int, years: Int, entryTrend: EpisodeStockFlowModel.EntryTrend = .constant,
    simulations: Int = 200, seed: UInt64 = 1, percentiles: (lower: Double, upper: Double) = (10, 90)
  ) -> StockFlowProjection {
    let window = EpisodeStockFlowModel.window(endingYear: originYear, years: fitYears)
    let model = EpisodeStockFlowModel.fit(
      episodes: episodes, windowStart: window.start, windowEnd: window.end, entryTrend: entryTrend)
    return StockFlowProjection.project(
      model: model, initialChildren: children(lookedAfterOn: originYear), originYear: originYear, years: years,
      simulations: simulations, seed: seed, percentiles: percentiles)
  }
}

import Statistics

/// Seeded simulation of individual children under a ``EpisodeStockFlowModel``: each child waits an exponential time in its
/// state, then moves, ages or leaves; new children arrive as Poisson processes. Each run can first redraw the
/// estimated rates (``EpisodeStockFlowModel/drawingRates(using:)``). Gives the spread of the stock.
enum StockFlowSimulation {
  /// For each run, the stock by state on each of the `years` 31 Marches after `origin`.
  static func run(
    model estimated: EpisodeStockFlowModel, initialChildren: [PlacementState], origin: CalendarDay, years: Int,
    runs: Int,
    seed: UInt64, parameterUncertainty: Bool
  ) -> [[[Double]]] {
    guard runs > 0, years > 0 else { return [] }
    var generator = SplitMix64(seed: seed)
    let originYear = origin.collectionYear
    let censusDays = (1...years).map {
      Double(CalendarDay.thirtyFirstMarch(originYear + $0).dayNumber - origin.dayNumber)
    }
    let horizon = censusDays[censusDays.count - 1]
    let types = EpisodeProvisionType.allCases.count
    let yearsSinceWindow = Double(origin.dayNumber - estimated.windowEnd.dayNumber) / 365.25
    var results: [[[Double]]] = []
    results.reserveCapacity(runs)
    for _ in 0..<runs {
      let model = parameterUncertainty ? estimated.drawingRates(using: &generator) : estimated
      let totalRates = (0..<PlacementState.count).map { model.totalRatePerDay($0) }
      var stock = Array(repeating: Array(repeating: 0.0, count: PlacementState.count), count: years)

      func follow(state startState: Int, from startDay: Double) {
        var state = startState
        var time = startDay
        var census = censusDays.firstIndex { $0 >= startDay } ?? years
        while census < years {
          let total = totalRates[state]
          let eventTime = total > 0 ? time + generator.nextExponential(rate: total) : Double.infinity
          while census < years, censusDays[census] < eventTime {
            stock[census][state] += 1
            census += 1
          }
          if eventTime > horizon { return }
          time = eventTime
          var pick = generator.nextOpenUnit() * total
          pick -= model.exitRatePerDay[state]
          if pick <= 0 { return }
          pick -= model.ageingRatePerDay[state]
          if pick <= 0 {
            guard let target = model.ageingTarget(of: state) else { return }
            state = target
            continue
          }
          let band = state / types
          var moved = false
          for type in 0..<types where model.transitionRatePerDay[state][type] > 0 {
            pick -= model.transitionRatePerDay[state][type]
            if pick <= 0 {
              state = band * types + type
              moved = true
              break
            }
          }
          if !moved { state = band * types + (state % types) }
        }
      }

      for child in initialChildren { follow(state: child.index, from: 0) }
      var yearStart = 0.0
      for census in censusDays {
        let length = census - yearStart
        let factor = model.entryFactor(yearsAfterWindow: yearsSinceWindow + (yearStart + length / 2) / 365.25)
        for state in 0..<PlacementState.count where model.entriesPerYear[state] > 0 {
          let arrivals = generator.nextPoisson(mean: model.entriesPerYear[state] * factor * length / 365.25)
          for _ in 0..<arrivals { follow(state: state, from: yearStart + generator.nextOpenUnit() * length) }
        }
        yearStart = census
      }
      results.append(stock)
    }
    return results
  }
}

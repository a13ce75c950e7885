import Foundation

/// A stock-flow (continuous-time Markov) model of the children looked after, over age band × provision type, in the
/// manner of the public SSDA903 demand models.
///
/// Children enter care into a state at a yearly rate per state; while in a state they face constant daily hazards
/// of moving to another provision type, of ageing into the next band (from 16+, of reaching 18 and leaving care) and
/// of leaving care. Every rate is estimated from the cleaned episodes in a fitting window, as events over days at
/// risk; ageing is pooled over provision types within a band
/// (see ``pooledAgeingRates(ageing:exposure:)``). Entry rates can follow a log-linear trend fitted to the yearly
/// entries of the window; the other rates are constant (as in the public models).
public struct EpisodeStockFlowModel: Sendable, Equatable {
  /// How entry rates change over the projection.
  public enum EntryTrend: String, Sendable, CaseIterable {
    /// Entries stay at the window's average.
    case constant
    /// Entries grow (or shrink) at the window's fitted log-linear rate.
    case logLinear = "loglinear"
  }

  /// The first day of the fitting window.
  public let windowStart: CalendarDay
  /// The day after the fitting window.
  public let windowEnd: CalendarDay
  /// Days at risk in each state (``PlacementState/index`` order).
  public let exposureDays: [Double]
  /// Daily hazard of leaving care (other than at 18), by state.
  public let exitRatePerDay: [Double]
  /// Daily hazard of leaving the age band (from 16+: reaching 18 and leaving care), by state; the same for every
  /// provision type of a band.
  public let ageingRatePerDay: [Double]
  /// Daily hazard of moving to each provision type (columns in `EpisodeProvisionType.allCases` order), by state.
  public let transitionRatePerDay: [[Double]]
  /// Entries a year into each state, on average over the window.
  public let entriesPerYear: [Double]
  /// The entry trend in use.
  public let entryTrend: EntryTrend
  /// Yearly growth rate of entries (log scale; 0 when constant).
  public let entryGrowthPerYear: Double

  /// Estimates the model from cleaned episodes (sorted by child and start, as ``EpisodeHistory/episodes``) over
  /// `windowStart..<windowEnd`; whole collection years run from 1 April to the day after 31 March (see
  /// ``window(endingYear:years:)``). The log-linear trend is fitted to the entries of the whole years inside.
  public static func fit(
    episodes: [CareEpisode], windowStart: CalendarDay, windowEnd: CalendarDay, entryTrend: EntryTrend = .constant
  ) -> EpisodeStockFlowModel {
    let states = PlacementState.count
    let types = EpisodeProvisionType.allCases.count
    var exposure = Array(repeating: 0.0, count: states)
    var exits = Array(repeating: 0.0, count: states)
    var ageing = Array(repeating: 0.0, count: states)
    var moves = Array(repeating: Array(repeating: 0.0, count: types), count: states)
    var entries = Array(repeating: 0.0, count: states)
    var entriesByYear: [Int: Double] = [:]

    for (position, episode) in episodes.enumerated() {
      guard let birth = episode.dateOfBirth else { continue }
      let typeIndex = PlacementState.typeIndex(episode.provisionType)
      func state(_ band: AgeBand) -> Int { band.rawValue * types + typeIndex }
      if episode.startsPeriodOfCare, episode.start >= windowStart, episode.start < windowEnd {
        entries[state(AgeBand(ageInYears: birth.age(on: episode.start)))] += 1
        entriesByYear[episode.start.collectionYear, default: 0] += 1
      }
      let segmentStart = max(episode.start, windowStart)
      let segmentEnd = min(episode.end ?? windowEnd, windowEnd)
      guard segmentStart < segmentEnd else { continue }
      // Exposure, split at the birthdays that change the band; band changes in (start, end] are ageing events.
      var band = AgeBand(ageInYears: birth.age(on: segmentStart))
      var current = segmentStart
      var reachedEighteen = false
      while true {
        let boundary = birth.birthday(years: band.ageOnLeaving)
        guard boundary <= segmentEnd else { break }
        exposure[state(band)] += Double(max(0, boundary.dayNumber - current.dayNumber))
        if boundary > windowStart { ageing[state(band)] += 1 }
        current = boundary
        guard let next = band.next else {
          reachedEighteen = true
          break
        }
        band = next
      }
      if !reachedEighteen { exposure[state(band)] += Double(max(0, segmentEnd.dayNumber - current.dayNumber)) }
      // What happens at the end of the episode, if it falls in the window.
      guard let end = episode.end, end > windowStart, end <= windowEnd, !reachedEighteen else { continue }
      if episode.endsPeriodOfCare {
        exits[state(band)] += 1
      } else if position + 1 < episodes.count, episodes[position + 1].child == episode.child {
        let nextType = PlacementState.typeIndex(episodes[position + 1].provisionType)
        if nextType != typeIndex { moves[state(band)][nextType] += 1 }
      }
    }

    func rate(_ count: Double, _ days: Double) -> Double { days > 0 ? count / days : 0 }
    let windowYears = Double(windowEnd.dayNumber - windowStart.dayNumber) / 365.25
    var growth = 0.0
    if entryTrend == .logLinear {
      let points = entriesByYear.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        .filter {
          CalendarDay.thirtyFirstMarch($0.key - 1).adding(days: 1) >= windowStart
            && CalendarDay.thirtyFirstMarch($0.key) < windowEnd
        }
      if points.count >= 2 {
        let xs = points.map { Double($0.key) }
        let ys = points.map { log($0.value) }
        let meanX = xs.reduce(0, +) / Double(xs.count)
        let meanY = ys.reduce(0, +) / Double(ys.count)
        let sxx = xs.map { ($0 - meanX) * ($0 - meanX) }.reduce(0, +)
        let sxy = zip(xs, ys).map { ($0 - meanX) * ($1 - meanY) }.reduce(0, +)
        growth = sxx > 0 ? sxy / sxx : 0
      }
    }
    return EpisodeStockFlowModel(
      windowStart: windowStart, windowEnd: windowEnd, exposureDays: exposure,
      exitRatePerDay: (0..<states).map { rate(exits[$0], exposure[$0]) },
      ageingRatePerDay: Self.pooledAgeingRates(ageing: ageing, exposure: exposure),
      transitionRatePerDay: (0..<states).map { from in moves[from].map { rate($0, exposure[from]) } },
      entriesPerYear: entries.map { windowYears > 0 ? $0 / windowYears : 0 },
      entryTrend: entryTrend, entryGrowthPerYear: growth)
  }

  /// Ageing hazards pooled over provision types within each band (how fast children leave a band depends on their
  /// ages, not their placements): the band's ageing events over its days at risk, or, when nobody aged out of the
  /// band in the window, one over the band's width in days (ages spread evenly across the band).
  static func pooledAgeingRates(ageing: [Double], exposure: [Double]) -> [Double] {
    let types = EpisodeProvisionType.allCases.count
    var rates = Array(repeating: 0.0, count: ageing.count)
    for band in AgeBand.allCases {
      let states = (band.rawValue * types)..<((band.rawValue + 1) * types)
      let events = states.map { ageing[$0] }.reduce(0, +)
      let days = states.map { exposure[$0] }.reduce(0, +)
      let widthDays = Double(band.ageOnLeaving - band.lowestAge) * 365.25
      let rate = events > 0 && days > 0 ? events / days : 1 / widthDays
      for state in states { rates[state] = rate }
    }
    return rates
  }

  /// The window covering the `years` collection years ending 31 March `endingYear`: 1 April `endingYear - years`
  /// to 1 April `endingYear` (exclusive).
  public static func window(endingYear: Int, years: Int) -> (start: CalendarDay, end: CalendarDay) {
    (
      CalendarDay.thirtyFirstMarch(endingYear - years).adding(days: 1),
      CalendarDay.thirtyFirstMarch(endingYear).adding(days: 1)
    )
  }

  /// The entry multiplier `years` after the end of the window (1 when constant).
  public func entryFactor(yearsAfterWindow years: Double) -> Double { exp(entryGrowthPerYear * years) }

  /// The state a child moves to on ageing out of `state`, or `nil` when they leave care at 18.
  func ageingTarget(of state: Int) -> Int? {
    let current = PlacementState(index: state)
    return current.band.next.map { PlacementState(band: $0, provisionType: current.provisionType).index }
  }

  /// Total daily hazard of leaving a state.
  func totalRatePerDay(_ state: Int) -> Double {
    exitRatePerDay[state] + ageingRatePerDay[state] + transitionRatePerDay[state].reduce(0, +)
  }

  /// The expected stock by state on each of the next `years` 31 Marches after `origin` (a 31 March), starting
  /// from `initialStock` (by state), stepping one day at a time.
  public func expectedStock(initialStock: [Double], origin: CalendarDay, years: Int) -> [[Double]] {
    let states = PlacementState.count
    let types = EpisodeProvisionType.allCases.count
    var stock = initialStock
    var results: [[Double]] = []
    let originYear = origin.collectionYear
    var day = origin
    let yearsSinceWindow = Double(origin.dayNumber - windowEnd.dayNumber) / 365.25
    for year in 1...max(1, years) where year <= years {
      let census = CalendarDay.thirtyFirstMarch(originYear + year)
      while day < census {
        day = day.adding(days: 1)
        let factor = entryFactor(yearsAfterWindow: yearsSinceWindow + Double(day.dayNumber - origin.dayNumber) / 365.25)
        var next = Array(repeating: 0.0, count: states)
        for state in 0..<states {
          let amount = stock[state]
          let total = totalRatePerDay(state)
          if amount == 0 || total == 0 {
            next[state] += amount
            continue
          }
          let leaving = amount * (1 - exp(-total))
          next[state] += amount - leaving
          let share = leaving / total
          if let target = ageingTarget(of: state) { next[target] += share * ageingRatePerDay[state] }
          let band = state / types
          for type in 0..<types where transitionRatePerDay[state][type] > 0 {
            next[band * types + type] += share * transitionRatePerDay[state][type]
          }
        }
        for state in 0..<states { next[state] += entriesPerYear[state] * factor / 365.25 }
        stock = next
      }
      results.append(stock)
    }
    return results
  }
}

import Statistics

/// The distribution of one figure over a sweep's draws.
public struct SweepSummary: Sendable, Equatable {
  public var metric: String
  /// The plan year (ending 31 March) of a yearly figure; `nil` for a figure over the whole horizon.
  public var year: Int? = nil
  public var draws: Int
  public var mean: Double
  public var p10: Double
  public var p50: Double
  public var p90: Double
  public var minimum: Double
  public var maximum: Double

  /// The figures summarised, by name, in output order.
  public static let metrics: [(name: String, value: @Sendable (DemandSweep.Result) -> Double)] = [
    ("total_cost", { $0.totalCost }), ("objective", { $0.objective }),
    ("households_recruited", { $0.householdsRecruited }), ("unmet_placement_years", { $0.unmetPlacementYears }),
    ("last_resort_placement_years", { $0.lastResortPlacementYears }), ("emergency_beds_held", { $0.emergencyBedsHeld }),
  ]

  /// The prefix of a need group's demand figure (`children_emergency`): children to place in the group.
  public static let childrenPrefix = "children_"

  /// One summary per metric, then per plan year the spending (`total_cost`) and households approved
  /// (`households_recruited`) with their year, then each need group's demand (`children_GROUP`, groups by name) per
  /// plan year; `results` may come in any order (they are sorted by draw first).
  public static func summarize(_ results: [DemandSweep.Result]) -> [SweepSummary] {
    let ordered = results.sorted { $0.draw < $1.draw }
    let years = Set(ordered.flatMap { $0.annualCost.keys }).sorted()
    let needs = Set(ordered.flatMap { $0.childrenByNeed.values.flatMap(\.keys) }).sorted()
    typealias Figure = (name: String, year: Int?, value: @Sendable (DemandSweep.Result) -> Double)
    var yearly: [Figure] = years.map { year in ("total_cost", year, { $0.annualCost[year] ?? 0 }) }
    yearly += years.map { year in ("households_recruited", year, { $0.householdsRecruitedByYear[year] ?? 0 }) }
    for need in needs {
      yearly += years.map { year -> Figure in (childrenPrefix + need, year, { $0.childrenByNeed[year]?[need] ?? 0 }) }
    }
    let all = metrics.map { (name: $0.name, year: Int?.none, value: $0.value) } + yearly
    return all.map { metric in
      let values = ordered.map(metric.value)
      let sorted = values.sorted()
      return SweepSummary(
        metric: metric.name, year: metric.year, draws: values.count,
        mean: values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count),
        p10: SampleQuantile.type7(sorted, 0.1), p50: SampleQuantile.type7(sorted, 0.5),
        p90: SampleQuantile.type7(sorted, 0.9), minimum: sorted.first ?? 0,
        maximum: sorted.last ?? 0)
    }
  }

}

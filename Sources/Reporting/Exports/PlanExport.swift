import Foundation
import Planning
import TableIO

/// The plan's machine-readable files: `plan.json` and the CSV tables commissioners and finance teams open in Excel.
///
/// Each function returns the file's text; writing is left to the caller (atomically). Columns are fixed and
/// documented in `docs/outputs.md`; numbers use fixed decimals so two runs give the same bytes.
public enum PlanExport {
  /// Every file of a plan, by file name, in a fixed order.
  public static func files(for plan: Plan) throws -> [(name: String, text: String)] {
    [
      ("plan.json", try json(plan)),
      ("recruitment-targets.csv", recruitmentTargets(plan)),
      ("budget.csv", budget(plan)),
      ("placements.csv", placements(plan)),
      ("sufficiency-gap.csv", sufficiencyGap(plan)),
      ("shadow-prices.csv", shadowPrices(plan)),
      ("emergency-capacity.csv", emergencyCapacity(plan)),
    ]
  }

  /// The whole plan as pretty-printed JSON with sorted keys.
  public static func json(_ plan: Plan) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
  }

  /// `recruitment-targets.csv`: year, area, households to approve, households at year end, cost.
  public static func recruitmentTargets(_ plan: Plan) -> String {
    var document = CSVDocument(header: [
      "year", "area", "area_name", "households_to_approve", "households_at_year_end", "usable_places",
      "placements_made", "recruitment_cost_gbp",
    ])
    for line in plan.recruitment {
      document.append([
        String(line.year), line.area, line.areaName, count(line.householdsToApprove), count(line.householdsAtYearEnd),
        count(line.usablePlaces), count(line.placementsMade), money(line.recruitmentCost),
      ])
    }
    return document.render()
  }

  /// `budget.csv`: year, provision type, placements, weekly cost, annual cost, with the status-quo mix beside it.
  public static func budget(_ plan: Plan) -> String {
    var document = CSVDocument(header: [
      "year", "provision_type", "provision_name", "placements", "weekly_cost_per_placement_gbp", "placement_cost_gbp",
      "other_cost_gbp", "annual_cost_gbp", "status_quo_placements", "status_quo_annual_cost_gbp",
    ])
    for line in plan.budget {
      document.append([
        String(line.year), line.provisionType, line.provisionName, count(line.placements),
        money(line.weeklyCostPerPlacement), money(line.placementCost), money(line.otherCost), money(line.annualCost),
        line.statusQuoPlacements.map(count) ?? "", line.statusQuoAnnualCost.map(money) ?? "",
      ])
    }
    return document.render()
  }

  /// `placements.csv`: year, need group, home area, provider, placements, miles.
  public static func placements(_ plan: Plan) -> String {
    var document = CSVDocument(header: [
      "year", "need_group", "home_area", "provider", "provider_name", "provision_type", "tier", "placements",
      "road_miles", "weekly_price_gbp", "annual_cost_gbp",
    ])
    for line in plan.placements {
      document.append([
        String(line.year), line.needGroup, line.homeArea, line.provider, line.providerName, line.provisionType,
        line.tier.rawValue, count(line.placements), NumberFormat.fixed(line.roadMiles, decimals: 1),
        money(line.weeklyPrice),
        money(line.annualCost),
      ])
    }
    return document.render()
  }

  /// `sufficiency-gap.csv`: unmet need and last-resort use by year and need group.
  public static func sufficiencyGap(_ plan: Plan) -> String {
    var document = CSVDocument(header: ["year", "need_group", "demand", "placed", "last_resort", "unmet"])
    for line in plan.gap {
      document.append([
        String(line.year), line.needGroup, count(line.demand), count(line.placed), count(line.lastResort),
        count(line.unmet),
      ])
    }
    for line in plan.emergency {
      document.append([
        String(line.year), "emergency_beds_to_hold", String(line.bedsNeeded),
        count(line.bedsHeldVacant + line.emergencyPlacements), "0", count(line.shortfall),
      ])
    }
    return document.render()
  }

  /// `shadow-prices.csv`: the yearly saving from one more unit of each resource, and what binds.
  public static func shadowPrices(_ plan: Plan) -> String {
    var document = CSVDocument(header: ["year", "kind", "subject", "annual_saving_gbp", "binding", "explanation"])
    for price in plan.shadowPrices {
      document.append([
        String(price.year), price.kind.rawValue, price.subject, money(price.annualSaving),
        price.binding ? "true" : "false",
        price.explanation,
      ])
    }
    return document.render()
  }

  /// `emergency-capacity.csv`: the Erlang B sizing of emergency beds and where they are held.
  public static func emergencyCapacity(_ plan: Plan) -> String {
    var document = CSVDocument(header: [
      "year", "arrivals", "mean_stay_weeks", "offered_load_beds", "blocking_target", "beds_needed",
      "blocking_with_beds", "beds_held_vacant", "emergency_placements", "shortfall", "retainer_cost_gbp",
    ])
    for line in plan.emergency {
      document.append([
        String(line.year), count(line.arrivals), NumberFormat.fixed(line.meanStayWeeks, decimals: 2),
        count(line.offeredLoad), NumberFormat.fixed(line.blockingTarget, decimals: 4), String(line.bedsNeeded),
        NumberFormat.fixed(line.blockingWithBeds, decimals: 4), count(line.bedsHeldVacant),
        count(line.emergencyPlacements), count(line.shortfall), money(line.retainerCost),
      ])
    }
    return document.render()
  }

  private static func count(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 2) }
  private static func money(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 2) }
}

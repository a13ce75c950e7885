import Foundation
import MessageFormat
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
      ("recruitment-targets.csv", excelReadable(recruitmentTargets(plan))),
      ("budget.csv", excelReadable(budget(plan))),
      ("placements.csv", excelReadable(placements(plan))),
      ("placement-flows.csv", excelReadable(placementFlows(plan))),
      ("sufficiency-gap.csv", excelReadable(sufficiencyGap(plan))),
      ("shadow-prices.csv", excelReadable(shadowPrices(plan))),
      ("emergency-capacity.csv", excelReadable(emergencyCapacity(plan))),
      ("sibling-places.csv", excelReadable(siblingPlaces(plan))),
    ]
  }

  /// `sibling-places.csv`: per year and council, the children of sibling groups placed together at each site (an
  /// in-house area's carers or a provider) in households approved for siblings, then the council's gap (site
  /// `gap`): the sites' children and the gap add up to the council's children in sibling groups.
  public static func siblingPlaces(_ plan: Plan) -> String {
    var document = CSVDocument(header: yearHeader + ["authority", "site", "children_in_sibling_places"])
    for line in plan.siblings {
      for site in line.placedBySite.keys.sorted() {
        document.append(yearCells(line.year) + [line.authority, site, count(line.placedBySite[site] ?? 0)])
      }
      document.append(yearCells(line.year) + [line.authority, "gap", count(line.gap)])
    }
    return document.render()
  }

  /// The whole plan as pretty-printed JSON with sorted keys.
  public static func json(_ plan: Plan) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
  }

  /// `recruitment-targets.csv`: year, area, households to approve, households at year end, cost.
  public static func recruitmentTargets(_ plan: Plan) -> String {
    var document = CSVDocument(
      header: yearHeader + [
        "area", "area_name", "households_to_approve", "households_at_year_end", "usable_places", "staying_put",
        "placements_made", "sibling_places_used", "recruitment_cost_gbp",
      ])
    for line in plan.recruitment {
      document.append(
        yearCells(line.year) + [
          line.area, line.areaName, count(line.householdsToApprove), count(line.householdsAtYearEnd),
          count(line.usablePlaces), count(line.stayingPut), count(line.placementsMade),
          count(line.siblingPlacesUsed), money(line.recruitmentCost),
        ])
    }
    return document.render()
  }

  /// `budget.csv`: one line per year and provision type: its s251 line, placements, the average weekly fee, then
  /// every cost line (fees, mileage, recruitment, household support, emergency retainers, new-unit running costs,
  /// block contracts) and their sum at the price base's prices, the uplift to cash and the cash cost, with the
  /// status-quo mix (at the price base's prices) beside it.
  public static func budget(_ plan: Plan) -> String {
    var document = CSVDocument(
      header: yearHeader + [
        "provision_type", "provision_name", "s251_line", "placements", "weekly_fee_per_placement_gbp",
        "placement_fees_gbp", "mileage_gbp", "recruitment_gbp", "household_support_gbp", "emergency_retainers_gbp",
        "new_unit_running_costs_gbp", "block_contracts_gbp", "planned_moves_gbp", "annual_cost_gbp", "cash_factor",
        "annual_cost_cash_gbp", "status_quo_placements", "status_quo_annual_cost_gbp",
      ])
    for line in plan.budget {
      document.append(
        yearCells(line.year) + [
          line.provisionType, line.provisionName, line.s251Line.rawValue, count(line.placements),
          money(line.weeklyCostPerPlacement), money(line.placementCost), money(line.mileage), money(line.recruitment),
          money(line.householdSupport), money(line.emergencyRetainers), money(line.newUnitRunningCosts),
          money(line.blockContracts), money(line.plannedMoves), money(line.annualCost),
          NumberFormat.fixed(line.cashFactor, decimals: 6),
          money(line.annualCostCash), line.statusQuoPlacements.map(count) ?? "",
          line.statusQuoAnnualCost.map(money) ?? "",
        ])
    }
    return document.render()
  }

  /// `placement-flows.csv`: per year, council and provision type, the placements running on from earlier years and
  /// the new placements the plan makes (their sum is the year's placements of that type).
  public static func placementFlows(_ plan: Plan) -> String {
    var document = CSVDocument(
      header: yearHeader + ["authority", "provision_type", "placements", "continuing", "new_placements"])
    for line in plan.flows {
      document.append(
        yearCells(line.year) + [
          line.authority, line.provisionType, count(line.placements), count(line.continuing),
          count(line.newPlacements),
        ])
    }
    return document.render()
  }

  /// `placements.csv`: year, need group, home area, provider, placements, miles, fees and mileage.
  public static func placements(_ plan: Plan) -> String {
    var document = CSVDocument(
      header: yearHeader + [
        "need_group", "home_area", "provider", "provider_name", "provision_type", "tier", "placements", "road_miles",
        "weekly_price_gbp", "placement_fees_gbp", "mileage_gbp", "annual_cost_gbp",
      ])
    for line in plan.placements {
      document.append(
        yearCells(line.year) + [
          line.needGroup, line.homeArea, line.provider, line.providerName, line.provisionType, line.tier.rawValue,
          count(line.placements), NumberFormat.fixed(line.roadMiles, decimals: 1), money(line.weeklyPrice),
          money(line.feeCost), money(line.mileageCost), money(line.annualCost),
        ])
    }
    return document.render()
  }

  /// `sufficiency-gap.csv`: need and what meets it by year: children of each need group (on an average day), then
  /// emergency beds, then each council's children in sibling groups to be placed together (`met`: in households
  /// approved for siblings), each in its own unit; `unmet` is need left unmet (`needed` = `met` + `unmet`).
  public static func sufficiencyGap(_ plan: Plan) -> String {
    var document = CSVDocument(
      header: yearHeader + ["need", "unit", "needed", "met", "of_which_last_resort", "unmet"])
    for line in plan.gap {
      document.append(
        yearCells(line.year) + [
          line.needGroup, "children", count(line.demand), count(line.placed), count(line.lastResort),
          count(line.unmet),
        ])
    }
    for line in plan.emergency {
      document.append(
        yearCells(line.year) + [
          "emergency_beds", "beds", String(line.bedsNeeded), count(Double(line.bedsNeeded) - line.shortfall), "",
          count(line.shortfall),
        ])
    }
    for line in plan.siblings {
      document.append(
        yearCells(line.year) + [
          "siblings_together_\(line.authority)", "children_in_sibling_groups", count(line.childrenInSiblingGroups),
          count(line.inSiblingPlaces), "", count(line.gap),
        ])
    }
    return document.render()
  }

  /// `shadow-prices.csv`: what one more unit of each resource or policy limit does, one unit per column: real
  /// spending saved (£), children placed, placements nearer the in-house share target, and for how many more units.
  public static func shadowPrices(_ plan: Plan) -> String {
    var document = CSVDocument(
      header: yearHeader + [
        "kind", "subject", "one_more", "driven_by", "saving_gbp", "children_placed", "in_house_share_placements",
        "holds_for_units", "binding", "explanation",
      ])
    for price in plan.shadowPrices {
      document.append(
        yearCells(price.year) + [
          price.kind.rawValue, price.subject, price.kind.unitName, price.drivenBy.rawValue, money(price.saving),
          count(price.needMet), count(price.shareShortfallCut), price.holdsForUnits.map { String(Int($0)) } ?? "",
          price.binding ? "true" : "false", price.explanation,
        ])
    }
    return document.render()
  }

  /// `emergency-capacity.csv`: the Erlang B sizing of emergency beds, the beds secured and the shortfall.
  public static func emergencyCapacity(_ plan: Plan) -> String {
    var document = CSVDocument(
      header: yearHeader + [
        "arrivals", "mean_stay_weeks", "offered_load_beds", "blocking_target", "beds_needed",
        "blocking_with_beds_needed", "beds_held_vacant", "emergency_placements", "beds_secured",
        "blocking_with_beds_secured", "shortfall_beds", "retainer_cost_gbp",
      ])
    for line in plan.emergency {
      document.append(
        yearCells(line.year) + [
          count(line.arrivals), NumberFormat.fixed(line.meanStayWeeks, decimals: 2), count(line.offeredLoad),
          NumberFormat.fixed(line.blockingTarget, decimals: 4), String(line.bedsNeeded),
          NumberFormat.fixed(line.blockingWithBedsNeeded, decimals: 4), count(line.bedsHeldVacant),
          count(line.emergencyPlacements), count(line.bedsSecured),
          NumberFormat.fixed(line.blockingWithBedsSecured, decimals: 4), count(line.shortfall),
          money(line.retainerCost),
        ])
    }
    return document.render()
  }

  /// Every table's first columns: the financial year as councils write it, and the year ending 31 March as a
  /// number for pivots.
  static let yearHeader = ["financial_year", "year_ending_march"]

  static func yearCells(_ year: Int) -> [String] { [FinancialYear.label(year), String(year)] }

  /// A CSV's text as written: with a UTF-8 byte-order mark when it holds any character outside ASCII (such as £),
  /// which Excel needs to read UTF-8 when the file is opened by double-click; plain ASCII files have none.
  public static func excelReadable(_ text: String) -> String {
    text.utf8.allSatisfy { $0 < 0x80 } ? text : "\u{FEFF}" + text
  }

  private static func count(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 2) }
  private static func money(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 2) }
}

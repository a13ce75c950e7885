import CXLSXWriter
import Foundation
import PlacementDomain
import Planning

extension FinanceWorkbook.Sheets {
  private typealias Column = WorksheetWriter.Column

  private func writer(_ name: String, _ columns: [Column]) -> WorksheetWriter {
    WorksheetWriter(sheet: workbook_add_worksheet(workbook, name)!, formats: formats, columns: columns)
  }

  private static let yearColumns = [Column("Financial year", .text, width: 14), Column("Year ending March", .integer)]

  private static func year(_ year: Int) -> [WorksheetWriter.Cell] {
    [.text(FinancialYear.label(year)), .number(Double(year))]
  }

  /// Totals of the money columns (by column index) over some lines, to the penny.
  private static func totals<Line>(_ lines: [Line], _ columns: [Int: (Line) -> Double]) -> [Int: Double] {
    columns.mapValues { value in FinanceWorkbook.sum(lines.map(value)) }
  }

  /// Every budget line (financial year × provision type) with its s251 line and cost lines, beside the status quo.
  func budget() {
    var sheet = writer(
      "Budget",
      Self.yearColumns + [
        Column("Provision type", .text), Column("s251 line", .text, width: 30), Column("Placements", .count),
        Column("Average weekly fee", .money), Column("Placement fees", .money), Column("Mileage", .money),
        Column("Recruitment", .money), Column("Household support", .money), Column("Emergency retainers", .money),
        Column("New-unit running costs", .money), Column("Block contracts", .money), Column("Planned moves", .money),
        Column("Annual cost", .money),
        Column("Cash ÷ constant prices", .count), Column("Annual cost in cash", .money),
        Column("Carrying on as today: placements", .count), Column("Carrying on as today: cost", .money),
      ])
    for line in plan.budget {
      sheet.append(
        Self.year(line.year) + [
          .text(line.provisionName), .text(line.s251Line.rawValue), .number(line.placements),
          .number(line.weeklyCostPerPlacement), .number(line.placementCost), .number(line.mileage),
          .number(line.recruitment), .number(line.householdSupport), .number(line.emergencyRetainers),
          .number(line.newUnitRunningCosts), .number(line.blockContracts), .number(line.plannedMoves),
          .number(line.annualCost),
          .number(line.cashFactor), .number(line.annualCostCash),
          line.statusQuoPlacements.map { .number($0) } ?? .empty,
          line.statusQuoAnnualCost.map { .number($0) } ?? .empty,
        ])
    }
    sheet.appendTotals(
      label: "Total",
      totalled: Self.totals(
        plan.budget,
        [
          6: \.placementCost, 7: \.mileage, 8: \.recruitment, 9: \.householdSupport, 10: \.emergencyRetainers,
          11: \.newUnitRunningCosts, 12: \.blockContracts, 13: \.plannedMoves, 14: \.annualCost,
          16: \.annualCostCash, 18: { $0.statusQuoAnnualCost ?? 0 },
        ]))
  }

  /// Recruitment targets by area and year.
  func recruitment() {
    var sheet = writer(
      "Recruitment",
      Self.yearColumns + [
        Column("Area", .text, width: 36), Column("Households to approve", .count),
        Column("Households at year end", .count), Column("Usable places", .count), Column("Placements made", .count),
        Column("Recruitment cost", .money),
      ])
    for line in plan.recruitment {
      sheet.append(
        Self.year(line.year) + [
          .text(line.areaName), .number(line.householdsToApprove), .number(line.householdsAtYearEnd),
          .number(line.usablePlaces), .number(line.placementsMade), .number(line.recruitmentCost),
        ])
    }
    sheet.appendTotals(
      label: "Total", totalled: Self.totals(plan.recruitment, [3: \.householdsToApprove, 7: \.recruitmentCost]))
  }

  /// Every placement line.
  func placements() {
    var sheet = writer(
      "Placements",
      Self.yearColumns + [
        Column("Need group", .text), Column("Home area", .text), Column("Provider", .text, width: 40),
        Column("Provision type", .text), Column("Tier", .text, width: 8), Column("Placements", .count),
        Column("Road miles", .count), Column("Weekly price", .money), Column("Placement fees", .money),
        Column("Mileage", .money), Column("Annual cost", .money),
      ])
    for line in plan.placements {
      sheet.append(
        Self.year(line.year) + [
          .text(line.needGroup), .text(line.homeArea), .text(line.providerName), .text(line.provisionType),
          .text(line.tier.rawValue), .number(line.placements), .number(line.roadMiles), .number(line.weeklyPrice),
          .number(line.feeCost), .number(line.mileageCost), .number(line.annualCost),
        ])
    }
    sheet.appendTotals(
      label: "Total", totalled: Self.totals(plan.placements, [10: \.feeCost, 11: \.mileageCost, 12: \.annualCost]))
  }

  /// Need and what meets it: children by need group, then emergency beds, then each council's children in sibling
  /// groups to be placed together (met: in households approved for siblings), each in its unit, as
  /// `sufficiency-gap.csv`.
  func gap() {
    var sheet = writer(
      "Sufficiency gap",
      Self.yearColumns + [
        Column("Need", .text), Column("Unit", .text, width: 10), Column("Needed", .count), Column("Met", .count),
        Column("Of which last resort", .count), Column("Unmet", .count),
      ])
    for line in plan.gap {
      sheet.append(
        Self.year(line.year) + [
          .text(line.needGroup), .text("children"), .number(line.demand), .number(line.placed),
          .number(line.lastResort), .number(line.unmet),
        ])
    }
    for line in plan.emergency {
      sheet.append(
        Self.year(line.year) + [
          .text("emergency beds"), .text("beds"), .number(Double(line.bedsNeeded)),
          .number(Double(line.bedsNeeded) - line.shortfall), .empty, .number(line.shortfall),
        ])
    }
    for line in plan.siblings {
      sheet.append(
        Self.year(line.year) + [
          .text("siblings together, \(line.authority)"), .text("children in sibling groups"),
          .number(line.childrenInSiblingGroups), .number(line.inSiblingPlaces), .empty, .number(line.gap),
        ])
    }
  }

  /// Emergency beds: needed, secured, short, blocking and retainers.
  func emergency() {
    var sheet = writer(
      "Emergency capacity",
      Self.yearColumns + [
        Column("Arrivals a year", .count), Column("Average stay (weeks)", .count),
        Column("Beds in use on average", .count),
        Column("Blocking target", .share), Column("Beds needed", .integer), Column("Blocking with beds needed", .share),
        Column("Beds held vacant", .count), Column("Emergency placements", .count), Column("Beds secured", .count),
        Column("Blocking with beds secured", .share), Column("Beds short (unmet need)", .count),
        Column("Retainer cost", .money),
      ])
    for line in plan.emergency {
      sheet.append(
        Self.year(line.year) + [
          .number(line.arrivals), .number(line.meanStayWeeks), .number(line.offeredLoad), .number(line.blockingTarget),
          .number(Double(line.bedsNeeded)), .number(line.blockingWithBedsNeeded), .number(line.bedsHeldVacant),
          .number(line.emergencyPlacements), .number(line.bedsSecured), .number(line.blockingWithBedsSecured),
          .number(line.shortfall), .number(line.retainerCost),
        ])
    }
    if !plan.emergency.isEmpty {
      sheet.appendTotals(label: "Total", totalled: Self.totals(plan.emergency, [13: \.retainerCost]))
    }
  }

  /// What one more unit of each resource does, one unit per column.
  func shadowPrices() {
    var sheet = writer(
      "Shadow prices",
      Self.yearColumns + [
        Column("What", .text, width: 30), Column("Which", .text, width: 40), Column("One more", .text, width: 30),
        Column("Driven by", .text), Column("Real spending saved (£)", .money), Column("Children placed", .count),
        Column("Placements nearer in-house target", .count), Column("Holds for up to (units)", .integer),
        Column("Binds", .text, width: 8), Column("In words", .text, width: 100),
      ])
    for price in plan.shadowPrices {
      sheet.append(
        Self.year(price.year) + [
          .text(price.kind.displayName), .text(price.subjectName), .text(price.kind.unitName),
          .text(price.drivenBy.rawValue), .number(price.saving), .number(price.needMet),
          .number(price.shareShortfallCut), price.holdsForUnits.map { .number($0) } ?? .empty,
          .text(price.binding ? "yes" : "no"), .text(price.explanation),
        ])
    }
  }

  /// The scenario's assumptions with their sources, and how the workbook's money is stated.
  func assumptions() {
    var sheet = writer(
      "Assumptions",
      [Column("Item", .text, width: 36), Column("Value", .text, width: 60), Column("Source", .text, width: 80)])
    sheet.append([
      .text("Price base"),
      .text(
        "Costs are at \(FinancialYear.label(scenario.prices.baseYear)) prices (the scenario's prices); cash costs"
          + " uplift each provision type's costs by its yearly uplift, compounded from the price base"),
      .text("The scenario's provider prices and in-house costs"),
    ])
    for type in scenario.provisionTypes {
      let uplift = scenario.prices.uplift(of: type)
      sheet.append([
        .text("Yearly uplift: " + type.name),
        .text(String(format: "%.2f%% a year", uplift * 100)),
        .text(
          scenario.prices.annualUplift[type.id] != nil
            ? "The scenario (prices.annual_uplift)"
            : "Default: compound growth of England's DfE s251 weekly unit costs for its s251 line, 2016-17 to 2024-25"),
      ])
    }
    sheet.append([
      .text("Years"), .text("Financial years, 1 April to 31 March; 'Year ending March' is the year the March falls in"),
      .text("Councils' financial years"),
    ])
    sheet.append([
      .text("Weeks a year"), .text("52.14 (weekly prices × 52.14 = a year's cost)"), .text("365 / 7"),
    ])
    for assumption in scenario.assumptions {
      sheet.append([.text(assumption.item), .text(assumption.value), .text(assumption.source)])
    }
  }
}

import CXLSXWriter
import PlacementDomain
import Planning

extension FinanceWorkbook {
  /// Writes each sheet of the workbook.
  struct Sheets {
    let plan: Plan
    let scenario: Scenario
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let formats: WorkbookFormats

    private func sheet(_ name: String) -> UnsafeMutablePointer<lxw_worksheet> {
      workbook_add_worksheet(workbook, name)!
    }

    /// Provision types with any spending or placements in the plan, in scenario order.
    private var typesInPlan: [ProvisionType] {
      let used = Set(plan.budget.map(\.provisionType))
      return scenario.provisionTypes.filter { used.contains($0.id.rawValue) }
    }

    /// Key figures, then cost and children placed by financial year and provision type, each with its chart.
    mutating func summary() {
      let sheet = sheet("Summary")
      WorksheetWriter.setUpPrinting(sheet, repeatHeader: false)
      worksheet_fit_to_pages(sheet, 1, 1)
      worksheet_set_column(sheet, 0, 0, 44, nil)
      worksheet_set_column(sheet, 1, UInt16(typesInPlan.count + 3), 16, nil)
      worksheet_write_string(sheet, 0, 0, "Placement sufficiency plan: " + plan.scenarioName, formats.header)
      let first = plan.planYears.first.map(FinancialYear.label) ?? ""
      let last = plan.planYears.last.map(FinancialYear.label) ?? ""
      var figures: [(String, Double, WorksheetWriter.Kind)] = [
        (
          "Total cost, \(first) to \(last), at \(FinancialYear.label(plan.totals.priceBaseYear)) prices",
          plan.totals.totalCost, .money
        ),
        ("Total cost in cash (prices uplifted each year)", plan.totals.totalCostCash, .money),
        ("Placement fees", plan.totals.placementCost, .money),
        (
          "Other costs (mileage, recruitment, support, retainers, new units, blocks)",
          FinanceWorkbook.sum([plan.totals.totalCost, -plan.totals.placementCost]), .money
        ),
      ]
      if let statusQuo = plan.totals.statusQuoCost {
        figures.append(("Carrying on as today (same children and rules)", statusQuo, .money))
      }
      if let saving = plan.totals.saving {
        figures.append(("Saving against carrying on as today", saving, .money))
      }
      figures += [
        ("Households to approve", plan.totals.householdsToRecruit, .count),
        ("Unmet need (placement-years)", plan.totals.unmetPlacementYears, .count),
        ("Emergency beds short (bed-years, unmet need)", plan.totals.emergencyBedShortfall, .count),
        ("Last resort (placement-years)", plan.totals.lastResortPlacementYears, .count),
      ]
      var row: UInt32 = 2
      for (label, value, kind) in figures {
        worksheet_write_string(sheet, row, 0, label, nil)
        worksheet_write_number(sheet, row, 1, value, formats.format(for: kind))
        row += 1
      }
      row += 1
      let types = typesInPlan
      let cost = table(
        sheet, at: row,
        title:
          "Cost by financial year and provision type (£, \(FinancialYear.label(plan.totals.priceBaseYear)) prices)",
        types: types, kind: .money,
        statusQuo: true
      ) { year, type in
        plan.budget.filter { $0.year == year && $0.provisionType == type }.map(\.annualCost)
      }
      chart(
        sheet, title: "Budget by financial year", axis: "£ a year", numberFormat: "\u{00A3}#,##0", table: cost, at: 2,
        types: types.count)
      row = cost.end + 2
      let placed = table(
        sheet, at: row, title: "Children placed on an average day, by provision type", types: types, kind: .count,
        statusQuo: false
      ) { year, type in
        plan.budget.filter { $0.year == year && $0.provisionType == type }.map(\.placements)
      }
      chart(
        sheet, title: "Placement mix", axis: "Children placed", numberFormat: "#,##0", table: placed, at: 22,
        types: types.count)
    }

    /// Where a year × provision type table sits: its header row, first and last year rows, and the row after it.
    struct TablePosition {
      var header: UInt32
      var firstYear: UInt32
      var lastYear: UInt32
      var end: UInt32
    }

    /// Writes a table of years × provision types with a Total column and a Total row (formulas), and for cost the
    /// status quo beside it.
    private func table(
      _ sheet: UnsafeMutablePointer<lxw_worksheet>, at start: UInt32, title: String, types: [ProvisionType],
      kind: WorksheetWriter.Kind, statusQuo: Bool, values: (Int, String) -> [Double]
    ) -> TablePosition {
      worksheet_write_string(sheet, start, 0, title, formats.header)
      let header = start + 1
      worksheet_write_string(sheet, header, 0, "Financial year", formats.header)
      for (index, type) in types.enumerated() {
        worksheet_write_string(sheet, header, UInt16(index + 1), type.name, formats.header)
      }
      let totalColumn = types.count + 1
      worksheet_write_string(sheet, header, UInt16(totalColumn), "Total", formats.header)
      if statusQuo {
        worksheet_write_string(sheet, header, UInt16(totalColumn + 1), "Carrying on as today", formats.header)
      }
      let format = formats.format(for: kind)
      var row = header + 1
      var columnTotals = Array(repeating: [Double](), count: totalColumn + 2)
      for year in plan.planYears {
        worksheet_write_string(sheet, row, 0, FinancialYear.label(year), nil)
        var rowValues: [Double] = []
        for (index, type) in types.enumerated() {
          let value =
            kind == .money
            ? FinanceWorkbook.sum(values(year, type.id.rawValue)) : values(year, type.id.rawValue).reduce(0, +)
          worksheet_write_number(sheet, row, UInt16(index + 1), value, format)
          rowValues.append(value)
          columnTotals[index + 1].append(value)
        }
        let total = kind == .money ? FinanceWorkbook.sum(rowValues) : rowValues.reduce(0, +)
        let last = WorksheetWriter.columnLetter(types.count)
        worksheet_write_formula_num(
          sheet, row, UInt16(totalColumn), "=SUM(B\(row + 1):\(last)\(row + 1))", formats.total(for: kind), total)
        columnTotals[totalColumn].append(total)
        if statusQuo {
          let value = FinanceWorkbook.sum(plan.budget.filter { $0.year == year }.compactMap(\.statusQuoAnnualCost))
          worksheet_write_number(sheet, row, UInt16(totalColumn + 1), value, format)
          columnTotals[totalColumn + 1].append(value)
        }
        row += 1
      }
      worksheet_write_string(sheet, row, 0, kind == .money ? "Total" : "Total (placement-years)", formats.totalLabel)
      for column in 1...(statusQuo ? totalColumn + 1 : totalColumn) {
        let letter = WorksheetWriter.columnLetter(column)
        let values = columnTotals[column]
        worksheet_write_formula_num(
          sheet, row, UInt16(column), "=SUM(\(letter)\(header + 2):\(letter)\(row))", formats.total(for: kind),
          kind == .money ? FinanceWorkbook.sum(values) : values.reduce(0, +))
      }
      return TablePosition(header: header, firstYear: header + 1, lastYear: row - 1, end: row + 1)
    }

    /// A stacked column chart of a table's provision-type columns by year, placed to the right of the tables.
    private func chart(
      _ sheet: UnsafeMutablePointer<lxw_worksheet>, title: String, axis: String, numberFormat: String,
      table: TablePosition, at row: UInt32, types: Int
    ) {
      guard types > 0, let chart = workbook_add_chart(workbook, UInt8(LXW_CHART_COLUMN_STACKED.rawValue)) else {
        return
      }
      for column in 1...types {
        let series = chart_add_series(chart, nil, nil)
        chart_series_set_categories(series, "Summary", table.firstYear, 0, table.lastYear, 0)
        chart_series_set_values(series, "Summary", table.firstYear, UInt16(column), table.lastYear, UInt16(column))
        chart_series_set_name_range(series, "Summary", table.header, UInt16(column))
      }
      chart_title_set_name(chart, title)
      chart_axis_set_name(chart.pointee.y_axis, axis)
      chart_axis_set_num_format(chart.pointee.y_axis, numberFormat)
      chart_axis_set_name(chart.pointee.x_axis, "Financial year")
      var options = lxw_chart_options()
      options.x_scale = 1.4
      options.y_scale = 1.3
      worksheet_insert_chart_opt(sheet, row, UInt16(types + 4), chart, &options)
    }
  }
}

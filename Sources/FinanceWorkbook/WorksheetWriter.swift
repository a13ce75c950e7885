import CXLSXWriter

/// Writes one worksheet row by row: a bold, frozen header row, then cells in the workbook's number formats, and
/// totals as `SUM` formulas whose cached results are the sums of the figures shown.
struct WorksheetWriter {
  /// How a column's numbers are shown.
  enum Kind {
    case text
    /// Whole years and other plain integers.
    case integer
    /// Children, households, beds: thousands separators, 2 decimals.
    case count
    /// Pounds and pence: £ with thousands separators.
    case money
    /// A probability or share, as a percentage.
    case share
  }

  /// One column: its header and kind, and its width in characters.
  struct Column {
    var header: String
    var kind: Kind
    var width: Double

    init(_ header: String, _ kind: Kind, width: Double? = nil) {
      self.header = header
      self.kind = kind
      self.width = width ?? (kind == .text ? 24 : 16)
    }
  }

  let sheet: UnsafeMutablePointer<lxw_worksheet>
  let formats: WorkbookFormats
  let columns: [Column]
  /// The next row to write (0-based); row 0 holds the headers.
  private(set) var row: UInt32 = 1

  /// Starts a sheet with its header row frozen.
  init(sheet: UnsafeMutablePointer<lxw_worksheet>, formats: WorkbookFormats, columns: [Column]) {
    self.sheet = sheet
    self.formats = formats
    self.columns = columns
    for (index, column) in columns.enumerated() {
      worksheet_set_column(sheet, UInt16(index), UInt16(index), column.width, nil)
      worksheet_write_string(sheet, 0, UInt16(index), column.header, formats.header)
    }
    worksheet_freeze_panes(sheet, 1, 0)
    WorksheetWriter.setUpPrinting(sheet)
  }

  /// Prints landscape, one page wide, with the header row repeated on every page.
  static func setUpPrinting(_ sheet: UnsafeMutablePointer<lxw_worksheet>, repeatHeader: Bool = true) {
    worksheet_set_landscape(sheet)
    worksheet_set_paper(sheet, 9)  // A4
    worksheet_fit_to_pages(sheet, 1, 0)
    if repeatHeader { worksheet_repeat_rows(sheet, 0, 0) }
  }

  /// A cell's value.
  enum Cell {
    case text(String)
    case number(Double)
    case empty
  }

  /// Writes one row of cells, in the columns' formats.
  mutating func append(_ cells: [Cell]) {
    for (index, cell) in cells.enumerated() {
      let format = formats.format(for: columns[index].kind)
      switch cell {
      case .text(let text): worksheet_write_string(sheet, row, UInt16(index), text, format)
      case .number(let value): worksheet_write_number(sheet, row, UInt16(index), value, format)
      case .empty: break
      }
    }
    row += 1
  }

  /// Writes a totals row: `label` in the first column and, in each column of `totalled`, `=SUM(…)` over the rows
  /// written so far, cached with `values[column]` (the sum of the figures shown, so a reader that does not
  /// recalculate sees the same total).
  mutating func appendTotals(label: String, totalled: [Int: Double]) {
    worksheet_write_string(sheet, row, 0, label, formats.totalLabel)
    for (column, value) in totalled.sorted(by: { $0.key < $1.key }) {
      let letter = Self.columnLetter(column)
      let formula = "=SUM(\(letter)2:\(letter)\(row))"
      worksheet_write_formula_num(sheet, row, UInt16(column), formula, formats.total(for: columns[column].kind), value)
    }
    row += 1
  }

  /// The spreadsheet letters of a 0-based column: 0 is A, 26 is AA.
  static func columnLetter(_ column: Int) -> String {
    var number = column + 1
    var letters = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters
  }
}

/// The workbook's cell formats, made once.
struct WorkbookFormats {
  let header: UnsafeMutablePointer<lxw_format>
  let totalLabel: UnsafeMutablePointer<lxw_format>
  private let byKind: [WorksheetWriter.Kind: UnsafeMutablePointer<lxw_format>]
  private let totalByKind: [WorksheetWriter.Kind: UnsafeMutablePointer<lxw_format>]

  /// The Excel number format of each kind.
  static func numberFormat(_ kind: WorksheetWriter.Kind) -> String? {
    switch kind {
    case .text: nil
    case .integer: "0"
    case .count: "#,##0.00"
    case .money: "\u{00A3}#,##0.00"
    case .share: "0.00%"
    }
  }

  init(workbook: UnsafeMutablePointer<lxw_workbook>) {
    func make(bold: Bool, kind: WorksheetWriter.Kind?, topBorder: Bool = false) -> UnsafeMutablePointer<lxw_format> {
      let format = workbook_add_format(workbook)!
      if bold { format_set_bold(format) }
      if let kind, let code = Self.numberFormat(kind) { format_set_num_format(format, code) }
      if topBorder { format_set_top(format, UInt8(LXW_BORDER_THIN.rawValue)) }
      return format
    }
    header = make(bold: true, kind: nil)
    format_set_text_wrap(header)
    format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue))
    totalLabel = make(bold: true, kind: nil, topBorder: true)
    let kinds: [WorksheetWriter.Kind] = [.text, .integer, .count, .money, .share]
    byKind = Dictionary(uniqueKeysWithValues: kinds.map { ($0, make(bold: false, kind: $0)) })
    totalByKind = Dictionary(uniqueKeysWithValues: kinds.map { ($0, make(bold: true, kind: $0, topBorder: true)) })
  }

  func format(for kind: WorksheetWriter.Kind) -> UnsafeMutablePointer<lxw_format> { byKind[kind]! }
  func total(for kind: WorksheetWriter.Kind) -> UnsafeMutablePointer<lxw_format> { totalByKind[kind]! }
}

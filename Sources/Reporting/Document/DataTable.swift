/// A table of figures with a caption, typed columns and rows of cells.
public struct DataTable: Sendable, Hashable {
  /// One column: its header and how its cells are aligned.
  public struct Column: Sendable, Hashable {
    /// The header text.
    public var title: String
    /// True for numbers: right-aligned with tabular digits so that places line up.
    public var isNumeric: Bool

    /// A column with a header; `isNumeric` right-aligns it.
    public init(_ title: String, isNumeric: Bool = false) {
      self.title = title
      self.isNumeric = isNumeric
    }
  }

  /// A sentence saying what the table shows (an HTML `<caption>`; a bold line above a Markdown table).
  public var caption: String
  /// The columns, left to right.
  public var columns: [Column]
  /// The rows of cell text; a short row is padded with empty cells and a long one is cut to the columns.
  public var rows: [[String]]
  /// Rows shown after the body in bold, such as totals.
  public var footerRows: [[String]]

  /// A table with a caption, columns, rows and optional footer (totals) rows.
  public init(caption: String, columns: [Column], rows: [[String]], footerRows: [[String]] = []) {
    self.caption = caption
    self.columns = columns
    self.rows = rows
    self.footerRows = footerRows
  }

  /// `row` padded or cut to exactly one cell per column.
  func normalised(_ row: [String]) -> [String] {
    let cut = Array(row.prefix(columns.count))
    return cut + Array(repeating: "", count: columns.count - cut.count)
  }
}

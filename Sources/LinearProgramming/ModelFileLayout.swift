/// What the LP and MPS writers share: validated input, safe unique names, merged rows, and the extra columns a file
/// needs (a column fixed at 1 that carries the objective constant, since GLPK's LP reader accepts no constant and
/// MPS readers disagree on the sign of an objective right-hand side).
struct ModelFileLayout {
  let program: LinearProgram
  let rowNames: [String]
  let columnNames: [String]
  let problemName: String
  let objectiveName: String
  /// The name of the column fixed at 1 whose objective coefficient is the constant; `nil` when the constant is 0.
  let constantColumnName: String?
  /// Each row's terms with duplicates merged.
  let rows: [[LinearTerm]]
  /// Names taken so far by columns, for writers that add their own columns.
  private(set) var takenColumnNames: Set<String>

  init(program: LinearProgram, genericNames: Bool) throws {
    try program.requireValid()
    self.program = program
    rowNames = ModelNaming.rowNames(of: program, generic: genericNames)
    columnNames = ModelNaming.columnNames(of: program, generic: genericNames)
    problemName = !genericNames && ModelNaming.isSafe(program.name) ? program.name : "model"
    objectiveName = Self.unique("obj", avoiding: Set(rowNames))
    var taken = Set(columnNames)
    if program.objectiveConstant != 0 {
      let name = Self.unique("obj_constant", avoiding: taken)
      taken.insert(name)
      constantColumnName = name
    } else {
      constantColumnName = nil
    }
    takenColumnNames = taken
    rows = program.constraints.indices.map { program.mergedTerms(of: ConstraintID(index: $0)) }
  }

  /// A row's bounds with infinite values read as absent. A row with neither bound (a free row) gets the lower bound
  /// `-1e30`, which every reader treats as minus infinity, so that it can be written as an ordinary `≥` row.
  func rowBounds(_ index: Int) -> (lower: Double?, upper: Double?) {
    let sense = program.constraints[index].sense
    let lower = Self.finite(sense.lowerBound)
    let upper = Self.finite(sense.upperBound)
    return lower == nil && upper == nil ? (-1e30, nil) : (lower, upper)
  }

  /// A column's bounds with infinite values read as absent.
  func columnBounds(_ index: Int) -> (lower: Double?, upper: Double?) {
    let variable = program.variables[index]
    return (Self.finite(variable.lowerBound), Self.finite(variable.upperBound))
  }

  private static func finite(_ value: Double?) -> Double? {
    value.flatMap { $0.isFinite ? $0 : nil }
  }

  /// Reserves and returns a column name based on `base` that no other column uses.
  mutating func reserveColumnName(_ base: String) -> String {
    let name = Self.unique(base, avoiding: takenColumnNames)
    takenColumnNames.insert(name)
    return name
  }

  /// `base`, or `base_2`, `base_3`, … (the first not in `taken`).
  static func unique(_ base: String, avoiding taken: Set<String>) -> String {
    if !taken.contains(base) { return base }
    var suffix = 2
    while taken.contains("\(base)_\(suffix)") { suffix += 1 }
    return "\(base)_\(suffix)"
  }
}

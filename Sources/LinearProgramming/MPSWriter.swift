/// Writes a ``LinearProgram`` in free MPS format, with the objective sense in an `OBJSENSE` section.
///
/// The output is deterministic: rows and columns in programme order, one entry per line, numbers from
/// ``ModelFileNumber``, names from ``ModelNaming`` (unsafe or repeated names become `x<n>` and `c<n>`;
/// `genericNames` uses those for every name).
///
/// Layout and the choices behind it:
/// - `OBJSENSE` with `MAX` or `MIN` on the next line is always written. GLPK 5.0's free MPS reader
///   (`glpsol --freemps`) rejects the section ("invalid indicator record"): drop those two lines and pass `--max`
///   or `--min` to `glpsol` instead.
/// - Rows: `N obj`, then `L`, `G` or `E` per row. A ranged row `l ≤ a·x ≤ u` is a `G` row with right-hand side `l`
///   and a `RANGES` entry `u − l`; a row with no finite bound is `G` with `-1e30`.
/// - Columns: the objective entry first, then one entry per row, in row order; a column with no entries at all gets
///   an explicit zero objective entry so it is declared. Runs of integer columns sit between
///   `MARKER 'MARKER' 'INTORG'` and `'INTEND'` lines.
/// - A non-zero objective constant is a column `obj_constant` fixed at 1 (readers disagree on the sign of an
///   objective right-hand side: GLPK takes it as the constant, CPLEX and HiGHS as its negation).
/// - Bounds: `FR`, `MI`, `LO`, `UP`, `FX`; the default `0 ≤ x` is left out for continuous columns. Integer columns
///   without an upper bound get `PL`, because GLPK and other readers give integer columns in a marker block a
///   default upper bound of 1.
public struct MPSWriter: Sendable {
  /// Use `x<n>` and `c<n>` for every column and row instead of the programme's names.
  public var genericNames: Bool

  /// Creates a writer.
  public init(genericNames: Bool = false) {
    self.genericNames = genericNames
  }

  /// The whole file as text. Throws ``LinearProgrammingError/invalidModel(_:)`` when the programme fails
  /// ``LinearProgram/validate()``.
  public func write(_ program: LinearProgram) throws -> String {
    let layout = try ModelFileLayout(program: program, genericNames: genericNames)
    var output = "NAME \(layout.problemName)\n"
    output += "OBJSENSE\n    \(program.sense == .minimize ? "MIN" : "MAX")\n"
    output += "ROWS\n N \(layout.objectiveName)\n"
    var ranges: [(row: String, width: Double)] = []
    var rightHandSides: [(row: String, value: Double)] = []
    for index in program.constraints.indices {
      let name = layout.rowNames[index]
      let type: String
      let rightHandSide: Double
      switch layout.rowBounds(index) {
      case (nil, let upper?): (type, rightHandSide) = ("L", upper)
      case (let lower?, nil): (type, rightHandSide) = ("G", lower)
      case (let lower?, let upper?) where lower == upper: (type, rightHandSide) = ("E", lower)
      case (let lower?, let upper?):
        (type, rightHandSide) = ("G", lower)
        ranges.append((name, upper - lower))
      case (nil, nil): (type, rightHandSide) = ("G", -1e30)
      }
      output += " \(type) \(name)\n"
      if rightHandSide != 0 { rightHandSides.append((name, rightHandSide)) }
    }

    var entries = [[(row: Int, coefficient: Double)]](repeating: [], count: program.variables.count)
    for (rowIndex, terms) in layout.rows.enumerated() {
      for term in terms { entries[term.variable.index].append((rowIndex, term.coefficient)) }
    }
    output += "COLUMNS\n"
    var insideIntegerBlock = false
    for (index, variable) in program.variables.enumerated() {
      let isInteger = variable.kind == .integer
      if isInteger != insideIntegerBlock {
        output += isInteger ? " MARKER 'MARKER' 'INTORG'\n" : " MARKER 'MARKER' 'INTEND'\n"
        insideIntegerBlock = isInteger
      }
      let name = layout.columnNames[index]
      if variable.objective != 0 || entries[index].isEmpty {
        output += " \(name) \(layout.objectiveName) \(ModelFileNumber.format(variable.objective))\n"
      }
      for entry in entries[index] {
        output += " \(name) \(layout.rowNames[entry.row]) \(ModelFileNumber.format(entry.coefficient))\n"
      }
    }
    if insideIntegerBlock { output += " MARKER 'MARKER' 'INTEND'\n" }
    if let constant = layout.constantColumnName {
      output += " \(constant) \(layout.objectiveName) \(ModelFileNumber.format(program.objectiveConstant))\n"
    }

    output += "RHS\n"
    for entry in rightHandSides { output += " RHS \(entry.row) \(ModelFileNumber.format(entry.value))\n" }
    if !ranges.isEmpty {
      output += "RANGES\n"
      for entry in ranges { output += " RNG \(entry.row) \(ModelFileNumber.format(entry.width))\n" }
    }
    output += "BOUNDS\n"
    for (index, variable) in program.variables.enumerated() {
      let bounds = layout.columnBounds(index)
      output += Self.boundLines(
        layout.columnNames[index], lower: bounds.lower, upper: bounds.upper, isInteger: variable.kind == .integer)
    }
    if let constant = layout.constantColumnName { output += " FX BND \(constant) 1\n" }
    output += "ENDATA\n"
    return output
  }

  private static func boundLines(_ name: String, lower: Double?, upper: Double?, isInteger: Bool) -> String {
    switch (lower, upper) {
    case (nil, nil):
      return " FR BND \(name)\n"
    case (let lower?, nil):
      let lowerLine = lower == 0 ? "" : " LO BND \(name) \(ModelFileNumber.format(lower))\n"
      return lowerLine + (isInteger ? " PL BND \(name)\n" : "")
    case (nil, let upper?):
      return " MI BND \(name)\n UP BND \(name) \(ModelFileNumber.format(upper))\n"
    case (let lower?, let upper?) where lower == upper:
      return " FX BND \(name) \(ModelFileNumber.format(lower))\n"
    case (let lower?, let upper?):
      let lowerLine = lower == 0 ? "" : " LO BND \(name) \(ModelFileNumber.format(lower))\n"
      return lowerLine + " UP BND \(name) \(ModelFileNumber.format(upper))\n"
    }
  }
}

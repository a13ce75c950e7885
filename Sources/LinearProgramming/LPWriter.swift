/// Writes a ``LinearProgram`` in the CPLEX LP format, as read by CPLEX, GLPK (`glpsol --cpxlp`), HiGHS and others.
///
/// The output is deterministic: rows and columns in programme order, numbers from ``ModelFileNumber``, names from
/// ``ModelNaming`` (unsafe or repeated names become `x<n>` and `c<n>`; `genericNames` uses those for every name,
/// like PuLP's `rename` and MathOptInterface's `generic_names`). Lines stay under 256 characters.
///
/// Layout and the choices behind it:
/// - `Minimize` or `Maximize`, then the objective row `obj: …`. A non-zero objective constant is written as a column
///   `obj_constant` fixed at 1 (GLPK's LP reader rejects a constant term).
/// - `Subject To`: `≤`, `≥` and `=` rows as such (a row with no finite bound becomes `≥ -1e+30`). A ranged row
///   `l ≤ a·x ≤ u` is written as `a·x − Rg<row> = l` with `0 ≤ Rg<row> ≤ u − l`, the form CPLEX and GLPK
///   themselves write (GLPK's reader rejects `l ≤ a·x ≤ u`).
///   A row whose terms all cancel is written with a zero coefficient so that it keeps its place.
/// - `Bounds`: `x free`, `x >= l`, `-inf <= x <= u`, `x = v` or `l <= x <= u`; the default `0 ≤ x` is left out,
///   except as `x >= 0` for a column that appears nowhere else (so that it is declared). Empty sections are left out.
/// - `General`: the integer columns.
///
/// GLPK's LP reader needs at least one row; a programme without rows is written correctly but only readers that
/// accept an empty `Subject To` section (such as CPLEX) read it back.
public struct LPWriter: Sendable {
  /// Use `x<n>` and `c<n>` for every column and row instead of the programme's names.
  public var genericNames: Bool

  /// Creates a writer.
  public init(genericNames: Bool = false) {
    self.genericNames = genericNames
  }

  /// The whole file as text. Throws ``LinearProgrammingError/invalidModel(_:)`` when the programme fails
  /// ``LinearProgram/validate()``.
  public func write(_ program: LinearProgram) throws -> String {
    var layout = try ModelFileLayout(program: program, genericNames: genericNames)
    var rangeColumns: [(name: String, width: Double)] = []
    var placeholder: String?
    func placeholderColumn() -> String {
      if let placeholder { return placeholder }
      let name = layout.columnNames.first ?? layout.reserveColumnName("zero")
      placeholder = name
      return name
    }

    var output = "\\ Problem: \(layout.problemName)\n\n"
    output += program.sense == .minimize ? "Minimize\n" : "Maximize\n"
    var objectiveTerms: [(String, Double)] = []
    for (index, variable) in program.variables.enumerated() where variable.objective != 0 {
      objectiveTerms.append((layout.columnNames[index], variable.objective))
    }
    if let constant = layout.constantColumnName { objectiveTerms.append((constant, program.objectiveConstant)) }
    if objectiveTerms.isEmpty { objectiveTerms.append((placeholderColumn(), 0)) }
    Self.appendExpression(label: layout.objectiveName, terms: objectiveTerms, suffix: "", to: &output)

    output += "\nSubject To\n"
    for index in program.constraints.indices {
      var terms = layout.rows[index].map { (layout.columnNames[$0.variable.index], $0.coefficient) }
      if terms.isEmpty { terms.append((placeholderColumn(), 0)) }
      let suffix: String
      switch layout.rowBounds(index) {
      case (nil, let upper?): suffix = "<= \(ModelFileNumber.format(upper))"
      case (let lower?, nil): suffix = ">= \(ModelFileNumber.format(lower))"
      case (let lower?, let upper?) where lower == upper: suffix = "= \(ModelFileNumber.format(lower))"
      case (let lower?, let upper?):
        let name = layout.reserveColumnName("Rg\(layout.rowNames[index])")
        rangeColumns.append((name, upper - lower))
        terms.append((name, -1))
        suffix = "= \(ModelFileNumber.format(lower))"
      case (nil, nil): suffix = ">= -1e+30"
      }
      Self.appendExpression(label: layout.rowNames[index], terms: terms, suffix: suffix, to: &output)
    }

    var appears = program.variables.map { $0.objective != 0 }
    for terms in layout.rows { for term in terms { appears[term.variable.index] = true } }
    var bounds = ""
    for index in program.variables.indices {
      let (lower, upper) = layout.columnBounds(index)
      let name = layout.columnNames[index]
      if let line = Self.boundLine(name, lower: lower, upper: upper) {
        bounds += line
      } else if !appears[index] && name != placeholder {
        // A column used nowhere else must still be declared, or the reader would drop it.
        bounds += " \(name) >= 0\n"
      }
    }
    for range in rangeColumns { bounds += " 0 <= \(range.name) <= \(ModelFileNumber.format(range.width))\n" }
    if let constant = layout.constantColumnName { bounds += " \(constant) = 1\n" }
    if let placeholder, placeholder != layout.columnNames.first { bounds += " \(placeholder) = 0\n" }
    if !bounds.isEmpty { output += "\nBounds\n" + bounds }

    let integers = program.variables.indices.filter { program.variables[$0].kind == .integer }
    if !integers.isEmpty {
      output += "\nGeneral\n"
      for index in integers { output += " \(layout.columnNames[index])\n" }
    }
    output += "\nEnd\n"
    return output
  }

  /// Appends ` label: t1 + t2 … suffix`, breaking lines before a term so that none passes 255 characters.
  private static func appendExpression(
    label: String, terms: [(String, Double)], suffix: String, to output: inout String
  ) {
    let lineLimit = 250
    var line = " \(label):"
    for (position, (name, coefficient)) in terms.enumerated() {
      let magnitude = ModelFileNumber.format(abs(coefficient))
      let sign = coefficient < 0 ? "-" : "+"
      let term = position == 0 && coefficient >= 0 ? " \(magnitude) \(name)" : " \(sign) \(magnitude) \(name)"
      if line.utf8.count + term.utf8.count > lineLimit {
        output += line
        output += "\n"
        line = ""
      }
      line += term
    }
    if !suffix.isEmpty {
      if line.utf8.count + suffix.utf8.count + 1 > lineLimit {
        output += line
        output += "\n"
        line = ""
      }
      line += " \(suffix)"
    }
    output += line
    output += "\n"
  }

  private static func boundLine(_ name: String, lower: Double?, upper: Double?) -> String? {
    switch (lower, upper) {
    case (nil, nil): return " \(name) free\n"
    case (let lower?, nil): return lower == 0 ? nil : " \(name) >= \(ModelFileNumber.format(lower))\n"
    case (nil, let upper?): return " -inf <= \(name) <= \(ModelFileNumber.format(upper))\n"
    case (let lower?, let upper?) where lower == upper: return " \(name) = \(ModelFileNumber.format(lower))\n"
    case (let lower?, let upper?):
      return " \(ModelFileNumber.format(lower)) <= \(name) <= \(ModelFileNumber.format(upper))\n"
    }
  }
}

/// A programme rewritten without its chain rows, and the way back.
///
/// A chain row is `x − c₁·y₁ − c₂·y₂ − … ≥ 0` (every `cᵢ > 0`, every `yᵢ` a column with a lower bound of 0 or more)
/// whose `x` is a continuous column with bounds `[0, ∞)` that no other chain row has as its `x`. Its slack
/// `n = x − Σ cᵢ·yᵢ ≥ 0` can stand in for `x`: `x = n + Σ cᵢ·yᵢ` (which is ≥ 0, as `x` must be), and each `yᵢ` may be
/// the `x` of another chain row, so along a chain `x(t) = n(t) + c·n(t−1) + c²·n(t−2) + …`. The reduced programme has
/// the same columns, in the same order, each chain row's `x` column now meaning its `n` (still `[0, ∞)`), every other
/// row with the substitution made, the objective too, and no chain rows: the same feasible set and optimum, with
/// fewer rows. Placements that run on from year to year are such chains (`x(t) ≥ c·x(t−1)`, and a child turning 16
/// running on into the 16–17 placement), most of a plan's rows.
///
/// The way back (``originalSolution(from:)``) is exact: the columns' values follow the chains; a chain row's dual is
/// its `n` column's reduced cost and its `x` column is basic with reduced cost 0; every other row and column keeps
/// its dual, reduced cost and status. The basis returned is an optimal basis of the original programme when the
/// reduced one's is.
public struct ChainSubstitution: Sendable {
  /// One chain row: `later − Σ rate·earlier ≥ 0`.
  struct Link: Sendable {
    var row: Int
    var later: Int
    var earlier: [(column: Int, rate: Double)]
  }

  /// A chain row substituted, as the way back needs it: the row and its `later` column.
  struct Chain: Sendable {
    var row: Int
    var later: Int
  }

  /// Each link's `later` column as reduced columns, `(column, coefficient)` in column order, all in one array rather
  /// than one allocation per column (a national programme has over half a million).
  struct Expansion: Sendable {
    /// Where each original column's terms start in `terms`, and how many there are (0 for a column that is no link's
    /// `later`; a recorded column has at least its own term). 8 bytes a column where optional ranges took 24.
    private(set) var starts: [UInt32]
    private(set) var counts: [UInt32]
    private(set) var terms: [(column: Int, coefficient: Double)] = []

    init(columnCount: Int) {
      starts = [UInt32](repeating: 0, count: columnCount)
      counts = [UInt32](repeating: 0, count: columnCount)
    }

    /// True when `column` is a link's `later` whose terms are recorded.
    func isExpanded(_ column: Int) -> Bool { counts[column] != 0 }

    /// Records `column`'s terms (at least one).
    mutating func record(_ column: Int, _ columnTerms: [(column: Int, coefficient: Double)]) {
      precondition(!columnTerms.isEmpty, "a chain column's expansion has its own term")
      starts[column] = UInt32(terms.count)
      counts[column] = UInt32(columnTerms.count)
      terms += columnTerms
    }

    /// Calls `body` with each term of `column` in reduced columns: its recorded terms, or `(column, 1)`.
    func forEachTerm(of column: Int, _ body: (_ column: Int, _ coefficient: Double) -> Void) {
      let count = Int(counts[column])
      guard count > 0 else { return body(column, 1) }
      let start = Int(starts[column])
      for index in start..<(start + count) { body(terms[index].column, terms[index].coefficient) }
    }
  }

  /// The programme without the chain rows; same columns (empty once handed over by ``takeReduced()``).
  public private(set) var reduced: LinearProgram
  /// The original rows kept, in order: reduced row `k` is original row `keptRows[k]`.
  public let keptRows: [Int]
  /// Number of original rows.
  let originalRowCount: Int
  /// The chain rows substituted, each after the links of its `earlier` columns.
  let links: [Chain]
  /// For each original column that is a link's `later`, its value in the reduced columns.
  let expansion: Expansion

  /// The number of chain rows substituted.
  public var substitutedRowCount: Int { links.count }

  /// Finds the chain rows among `candidateRows` (others of those rows, and `excludedRows`, stay rows) and builds the
  /// reduced programme. Rows outside `candidateRows` are never removed, so a caller that keeps indices of rows
  /// before the candidates can use them in the reduced programme unchanged.
  public init(program: LinearProgram, candidateRows: Range<Int>, excludedRows: Set<Int> = []) {
    let variables = program.variables
    var linkOfLater: [Int: Link] = [:]
    var order: [Int] = []
    for row in candidateRows where !excludedRows.contains(row) {
      guard let link = Self.link(row: row, in: program), linkOfLater[link.later] == nil,
        !Self.leadsBack(link, through: linkOfLater)
      else { continue }
      linkOfLater[link.later] = link
      order.append(link.later)
    }

    // Each later column's value in reduced columns, its earlier columns' first (memoised, iteratively).
    var expansion = Expansion(columnCount: variables.count)
    var links: [Chain] = []
    var substituted = [Bool](repeating: false, count: program.constraints.count)
    for later in order {
      var pending = [later]
      while let current = pending.last {
        guard !expansion.isExpanded(current), let link = linkOfLater[current] else {
          pending.removeLast()
          continue
        }
        let unexpanded = link.earlier.filter { linkOfLater[$0.column] != nil && !expansion.isExpanded($0.column) }
        if !unexpanded.isEmpty {
          pending += unexpanded.map(\.column)
          continue
        }
        var terms: [Int: Double] = [current: 1]
        for (column, rate) in link.earlier {
          expansion.forEachTerm(of: column) { terms[$0, default: 0] += rate * $1 }
        }
        expansion.record(current, terms.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        links.append(Chain(row: link.row, later: link.later))
        substituted[link.row] = true
        pending.removeLast()
      }
    }
    linkOfLater = [:]

    var reduced = LinearProgram(name: program.name, sense: program.sense, objectiveConstant: program.objectiveConstant)
    var objective = [Double](repeating: 0, count: variables.count)
    for (index, variable) in variables.enumerated() where variable.objective != 0 {
      expansion.forEachTerm(of: index) { objective[$0] += variable.objective * $1 }
    }
    for (index, variable) in variables.enumerated() {
      reduced.addVariable(
        name: variable.name, lowerBound: variable.lowerBound, upperBound: variable.upperBound,
        objective: objective[index], kind: variable.kind)
    }
    var keptRows: [Int] = []
    // Each row's substituted terms are summed per column in `sum`, the columns met listed once, in column order.
    var sum = [Double](repeating: 0, count: variables.count)
    var met = [Bool](repeating: false, count: variables.count)
    var columnsMet: [Int] = []
    for (row, constraint) in program.constraints.enumerated() where !substituted[row] {
      keptRows.append(row)
      guard constraint.terms.contains(where: { expansion.isExpanded($0.variable.index) }) else {
        reduced.addConstraint(name: constraint.name, terms: constraint.terms, sense: constraint.sense)
        continue
      }
      for term in constraint.terms {
        expansion.forEachTerm(of: term.variable.index) { column, coefficient in
          if !met[column] {
            met[column] = true
            columnsMet.append(column)
          }
          sum[column] += term.coefficient * coefficient
        }
      }
      columnsMet.sort()
      let terms = columnsMet.compactMap { column in
        sum[column] == 0 ? nil : LinearTerm(VariableID(index: column), sum[column])
      }
      for column in columnsMet {
        sum[column] = 0
        met[column] = false
      }
      columnsMet.removeAll(keepingCapacity: true)
      reduced.addConstraint(name: constraint.name, terms: terms, sense: constraint.sense)
    }
    self.reduced = reduced
    self.keptRows = keptRows
    self.originalRowCount = program.constraints.count
    self.links = links
    self.expansion = expansion
  }

  /// Row `row` as a chain link, or `nil` when it is not one: `≥ 0`, one term +1 on a continuous `[0, ∞)` column, every
  /// other term negative on a column bounded below by 0 or more (so the later column's own bound holds by itself).
  static func link(row: Int, in program: LinearProgram) -> Link? {
    let constraint = program.constraints[row]
    guard constraint.sense == .greaterOrEqual(0), constraint.terms.count >= 2,
      let later = constraint.terms.first(where: { $0.coefficient == 1 })
    else { return nil }
    let column = program.variables[later.variable.index]
    guard column.kind == .continuous, column.lowerBound == 0, column.upperBound == nil else { return nil }
    var earlier: [(column: Int, rate: Double)] = []
    var seenLater = false
    for term in constraint.terms {
      if term.variable == later.variable {
        guard !seenLater, term.coefficient == 1 else { return nil }
        seenLater = true
        continue
      }
      guard term.coefficient < 0, term.coefficient.isFinite,
        let lower = program.variables[term.variable.index].lowerBound, lower >= 0
      else { return nil }
      earlier.append((term.variable.index, -term.coefficient))
    }
    return Link(row: row, later: later.variable.index, earlier: earlier)
  }

  /// True when one of `link`'s earlier columns leads back, through the links so far, to its later column (which
  /// would then be defined by itself).
  static func leadsBack(_ link: Link, through linkOfLater: [Int: Link]) -> Bool {
    var pending = link.earlier.map(\.column)
    var seen: Set<Int> = []
    while let column = pending.popLast() {
      if column == link.later { return true }
      guard seen.insert(column).inserted, let earlier = linkOfLater[column] else { continue }
      pending += earlier.earlier.map(\.column)
    }
    return false
  }

  /// Hands over ``reduced``, keeping none of it, so that a solver taking it (``LinearSolver/solve(taking:variants:options:)``)
  /// can let it go while it solves; the way back does not need it.
  public mutating func takeReduced() -> LinearProgram {
    let taken = reduced
    reduced = LinearProgram(name: taken.name, sense: taken.sense, objectiveConstant: taken.objectiveConstant)
    return taken
  }

  /// The reduced row of original row `row`, or `nil` for a substituted chain row.
  public func reducedRow(of row: Int) -> Int? {
    var low = 0
    var high = keptRows.count
    while low < high {
      let middle = (low + high) / 2
      if keptRows[middle] < row { low = middle + 1 } else { high = middle }
    }
    return low < keptRows.count && keptRows[low] == row ? low : nil
  }

  /// A solution of the reduced programme as one of the original (see the type's discussion). Arrays the reduced
  /// solution leaves empty stay empty.
  public func originalSolution(from solution: Solution) -> Solution {
    var original = solution
    if !solution.variableValues.isEmpty {
      var values = solution.variableValues
      for link in links {
        var value = 0.0
        expansion.forEachTerm(of: link.later) { value += $1 * solution.variableValues[$0] }
        values[link.later] = value
      }
      original.variableValues = values
    }
    if !solution.rowActivities.isEmpty {
      original.rowActivities = spread(solution.rowActivities, filler: 0) { solution.variableValues[$0.later] }
    }
    if !solution.duals.isEmpty {
      original.duals = spread(solution.duals, filler: 0) {
        solution.reducedCosts.isEmpty ? 0 : solution.reducedCosts[$0.later]
      }
    }
    if !solution.reducedCosts.isEmpty {
      var reducedCosts = solution.reducedCosts
      for link in links { reducedCosts[link.later] = 0 }
      original.reducedCosts = reducedCosts
    }
    if let basis = solution.basis {
      var columns = basis.columns
      for link in links { columns[link.later] = .basic }
      let rows = spread(basis.rows, filler: .basic) { basis.columns[$0.later] == .basic ? .basic : .atLower }
      original.basis = Basis(rows: rows, columns: columns)
    }
    return original
  }

  /// A basis of the original programme as one of the reduced: each chain row's status goes to its `n` column.
  /// `nil` when it is not one (a chain row's `x` column is not basic, so the count of basic columns would not fit).
  public func reducedBasis(from basis: Basis) -> Basis? {
    guard basis.rows.count == originalRowCount, links.allSatisfy({ basis.columns[$0.later] == .basic }) else {
      return nil
    }
    var columns = basis.columns
    for link in links { columns[link.later] = basis.rows[link.row] == .basic ? .basic : .atLower }
    return Basis(rows: keptRows.map { basis.rows[$0] }, columns: columns)
  }

  /// Solve options for the reduced programme: `options` with its warm start mapped by ``reducedBasis(from:)`` (none
  /// where it does not map).
  public func reducedOptions(_ options: SolveOptions) -> SolveOptions {
    var reduced = options
    reduced.warmStart = options.warmStart.flatMap(reducedBasis(from:))
    return reduced
  }

  /// Per-row values of the reduced programme (values or basis statuses) spread over the original rows, each chain
  /// row's from `chainValue`.
  private func spread<Value>(_ reducedValues: [Value], filler: Value, chainValue: (Chain) -> Value) -> [Value] {
    var values = [Value](repeating: filler, count: originalRowCount)
    for (position, row) in keptRows.enumerated() { values[row] = reducedValues[position] }
    for link in links { values[link.row] = chainValue(link) }
    return values
  }
}

/// A programme rewritten without its chain rows, and the way back.
///
/// A chain row is `x − c·y ≥ 0` (two terms, `c > 0`) whose `x` is a continuous column with bounds `[0, ∞)` that no
/// other chain row has as its `x`. Its slack `n = x − c·y ≥ 0` can stand in for `x`: `x = n + c·y`, and `y` may be
/// the `x` of another chain row, so along a chain `x(t) = n(t) + c·n(t−1) + c²·n(t−2) + …`. The reduced programme has
/// the same columns, in the same order, each chain row's `x` column now meaning its `n` (still `[0, ∞)`), every other
/// row with the substitution made, the objective too, and no chain rows: the same feasible set and optimum, with
/// fewer rows. Placements that run on from year to year are such chains (``x(t) ≥ c·x(t−1)``), most of a plan's rows.
///
/// The way back (``originalSolution(from:)``) is exact: the columns' values follow the chains; a chain row's dual is
/// its `n` column's reduced cost and its `x` column is basic with reduced cost 0; every other row and column keeps
/// its dual, reduced cost and status. The basis returned is an optimal basis of the original programme when the
/// reduced one's is.
public struct ChainSubstitution: Sendable {
  /// One chain row: `later − rate·earlier ≥ 0`.
  struct Link: Sendable {
    var row: Int
    var later: Int
    var earlier: Int
    var rate: Double
  }

  /// The programme without the chain rows; same columns.
  public let reduced: LinearProgram
  /// The original rows kept, in order: reduced row `k` is original row `keptRows[k]`.
  public let keptRows: [Int]
  /// Number of original rows.
  let originalRowCount: Int
  /// The chain rows substituted, each after the link of its `earlier` column.
  let links: [Link]
  /// For each original column that is a link's `later`, its value in the reduced columns: `(column, coefficient)`;
  /// `nil` for every other column.
  let expansion: [[(column: Int, coefficient: Double)]?]

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
      let constraint = program.constraints[row]
      guard constraint.sense == .greaterOrEqual(0), constraint.terms.count == 2 else { continue }
      let (first, second) = (constraint.terms[0], constraint.terms[1])
      let (later, earlier) = first.coefficient == 1 ? (first, second) : (second, first)
      let column = variables[later.variable.index]
      guard later.coefficient == 1, earlier.coefficient < 0, earlier.coefficient.isFinite,
        later.variable != earlier.variable, column.kind == .continuous, column.lowerBound == 0,
        column.upperBound == nil, linkOfLater[later.variable.index] == nil
      else { continue }
      // A link whose earlier column leads back to its later one would define the column by itself.
      var ancestor: Int? = earlier.variable.index
      var closesCycle = false
      while let current = ancestor {
        if current == later.variable.index {
          closesCycle = true
          break
        }
        ancestor = linkOfLater[current]?.earlier
      }
      guard !closesCycle else { continue }
      let link = Link(
        row: row, later: later.variable.index, earlier: earlier.variable.index, rate: -earlier.coefficient)
      linkOfLater[link.later] = link
      order.append(link.later)
    }

    // Each later column's value in reduced columns, its earlier column's first (memoised, iteratively).
    var expansion = [[(column: Int, coefficient: Double)]?](repeating: nil, count: variables.count)
    var links: [Link] = []
    func expand(_ column: Int) {
      var pending = [column]
      while let current = pending.last {
        guard expansion[current] == nil, let link = linkOfLater[current] else {
          pending.removeLast()
          continue
        }
        if linkOfLater[link.earlier] != nil && expansion[link.earlier] == nil {
          pending.append(link.earlier)
          continue
        }
        let earlierTerms = expansion[link.earlier] ?? [(link.earlier, 1)]
        expansion[current] = [(current, 1)] + earlierTerms.map { ($0.column, $0.coefficient * link.rate) }
        links.append(link)
        pending.removeLast()
      }
    }
    for later in order { expand(later) }

    let substituted = Set(links.map(\.row))
    var reduced = LinearProgram(name: program.name, sense: program.sense, objectiveConstant: program.objectiveConstant)
    var objective = [Double](repeating: 0, count: variables.count)
    for (index, variable) in variables.enumerated() where variable.objective != 0 {
      for (column, coefficient) in expansion[index] ?? [(index, 1)] {
        objective[column] += variable.objective * coefficient
      }
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
    for (row, constraint) in program.constraints.enumerated() where !substituted.contains(row) {
      keptRows.append(row)
      guard constraint.terms.contains(where: { expansion[$0.variable.index] != nil }) else {
        reduced.addConstraint(name: constraint.name, terms: constraint.terms, sense: constraint.sense)
        continue
      }
      for term in constraint.terms {
        for (column, coefficient) in expansion[term.variable.index] ?? [(term.variable.index, 1)] {
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
        values[link.later] = (expansion[link.later] ?? []).reduce(0) {
          $0 + $1.coefficient * solution.variableValues[$1.column]
        }
      }
      original.variableValues = values
    }
    original.rowActivities = spread(solution.rowActivities) { solution.variableValues[$0.later] }
    original.duals = spread(solution.duals) { solution.reducedCosts.isEmpty ? 0 : solution.reducedCosts[$0.later] }
    if !solution.reducedCosts.isEmpty {
      var reducedCosts = solution.reducedCosts
      for link in links { reducedCosts[link.later] = 0 }
      original.reducedCosts = reducedCosts
    }
    if let basis = solution.basis {
      var columns = basis.columns
      for link in links { columns[link.later] = .basic }
      let rows = spreadStatuses(basis.rows) { basis.columns[$0.later] == .basic ? .basic : .atLower }
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

  /// Per-row values of the reduced programme spread over the original rows, each chain row's from `chainValue`.
  private func spread(_ reducedValues: [Double], chainValue: (Link) -> Double) -> [Double] {
    guard !reducedValues.isEmpty else { return [] }
    var values = [Double](repeating: 0, count: originalRowCount)
    for (position, row) in keptRows.enumerated() { values[row] = reducedValues[position] }
    for link in links { values[link.row] = chainValue(link) }
    return values
  }

  private func spreadStatuses(_ reducedStatuses: [BasisStatus], chainStatus: (Link) -> BasisStatus) -> [BasisStatus] {
    var statuses = [BasisStatus](repeating: .basic, count: originalRowCount)
    for (position, row) in keptRows.enumerated() { statuses[row] = reducedStatuses[position] }
    for link in links { statuses[link.row] = chainStatus(link) }
    return statuses
  }
}

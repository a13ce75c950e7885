extension LinearProgram {
  /// Every problem that would stop a solver, all at once: non-finite numbers, lower bounds above upper bounds,
  /// infinite bounds used as values, integer variables with fractional fixed values, and terms that name a variable
  /// outside the programme. Names are not checked here: writers and backends replace unsafe names with generic
  /// ones (see ``ModelNaming``). Duplicate terms are allowed (they are merged).
  public func validate() -> [ModelIssue] {
    var issues: [ModelIssue] = []
    if !objectiveConstant.isFinite {
      issues.append(ModelIssue(path: "objectiveConstant", message: "must be a finite number, got \(objectiveConstant)"))
    }
    for (index, variable) in variables.enumerated() {
      let path = "variables[\(index)]" + (variable.name.isEmpty ? "" : " (\(variable.name))")
      if !variable.objective.isFinite {
        issues.append(ModelIssue(path: "\(path).objective", message: "must be finite, got \(variable.objective)"))
      }
      issues += Self.boundIssues(lower: variable.lowerBound, upper: variable.upperBound, path: path)
    }
    for (index, constraint) in constraints.enumerated() {
      let path = "constraints[\(index)]" + (constraint.name.isEmpty ? "" : " (\(constraint.name))")
      issues += constraint.sense.validationIssues(path: path)
      for (termIndex, term) in constraint.terms.enumerated() {
        if term.variable.index < 0 || term.variable.index >= variables.count {
          issues.append(
            ModelIssue(
              path: "\(path).terms[\(termIndex)]",
              message: "refers to variable \(term.variable.index), but the programme has \(variables.count)"))
        }
        if !term.coefficient.isFinite {
          issues.append(
            ModelIssue(
              path: "\(path).terms[\(termIndex)]", message: "coefficient must be finite, got \(term.coefficient)"))
        }
      }
    }
    return issues
  }

  /// Throws ``LinearProgrammingError/invalidModel(_:)`` when ``validate()`` finds anything.
  public func requireValid() throws {
    let issues = validate()
    if !issues.isEmpty { throw LinearProgrammingError.invalidModel(issues) }
  }

  static func boundIssues(lower: Double?, upper: Double?, path: String) -> [ModelIssue] {
    var issues: [ModelIssue] = []
    if let lower, lower.isNaN || lower == .infinity {
      issues.append(ModelIssue(path: "\(path).lowerBound", message: "must be a number below +infinity, got \(lower)"))
    }
    if let upper, upper.isNaN || upper == -.infinity {
      issues.append(ModelIssue(path: "\(path).upperBound", message: "must be a number above -infinity, got \(upper)"))
    }
    if let lower, let upper, lower > upper {
      issues.append(ModelIssue(path: path, message: "lower bound \(lower) is above upper bound \(upper)"))
    }
    return issues
  }
}

extension ConstraintSense {
  /// What ``LinearProgram/validate()`` reports about a row's bounds: NaN or wrong-way infinities, lower above upper.
  public func validationIssues(path: String) -> [ModelIssue] {
    LinearProgram.boundIssues(lower: lowerBound, upper: upperBound, path: path)
  }
}

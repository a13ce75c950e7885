import LinearProgramming

/// Reference programmes shared by the solver and writer tests.
public enum ReferencePrograms {
  /// Every bound kind, every row kind, duplicate and cancelling terms, unsafe and repeated names, integer columns
  /// with and without upper bounds, and an objective constant.
  ///
  /// By hand: `pinned` fixes `lower = 4`; `balance` gives `count = 3 + pick`, so the integer part costs
  /// `9 − pick` and `pick = 1`, `count = 4`; `band` leaves `boxed + 2·upper ≤ 8.25` with `boxed` best at 3, so
  /// `upper = 2.625`; `floor` gives `free = −0.5`. Objective `−0.5 − 3 + 0.2 − 2.625e−7 + 4 + 12 − 4 + 2.5`.
  public static var everyFeature: LinearProgram {
    var program = LinearProgram(name: "every feature", sense: .minimize, objectiveConstant: 2.5)
    let free = program.addVariable(name: "free_x", lowerBound: nil, upperBound: nil, objective: 1)
    let boxed = program.addVariable(name: "boxed", lowerBound: -1.5, upperBound: 3, objective: -1)
    let fixed = program.addVariable(name: "fixed", lowerBound: 2, upperBound: 2, objective: 0.1)
    let upperOnly = program.addVariable(name: "upper only", lowerBound: nil, upperBound: 7, objective: -1e-7)
    let lowerOnly = program.addVariable(name: "lower", lowerBound: -2, upperBound: nil, objective: 1)
    let count = program.addVariable(name: "count", objective: 3, kind: .integer)
    let pick = program.addVariable(name: "count", upperBound: 1, objective: -4, kind: .integer)
    program.addVariable(name: "idle\tcolumn")
    program.addConstraint(
      name: "floor", terms: [LinearTerm(free, 1), LinearTerm(free, 1), LinearTerm(boxed, -1)],
      sense: .greaterOrEqual(-4))
    program.addConstraint(
      name: "band", terms: [LinearTerm(boxed, 1), LinearTerm(upperOnly, 2), LinearTerm(lowerOnly, 1)],
      sense: .ranged(lower: -3, upper: 12.25))
    program.addConstraint(
      name: "balance", terms: [LinearTerm(fixed, 1), LinearTerm(count, 1), LinearTerm(pick, -1)], sense: .equal(5))
    program.addConstraint(name: "band", terms: [LinearTerm(count, 1)], sense: .lessOrEqual(1e6))
    program.addConstraint(
      name: "cancelled", terms: [LinearTerm(boxed, 1), LinearTerm(boxed, -1)], sense: .lessOrEqual(1))
    program.addConstraint(name: "pinned", terms: [LinearTerm(lowerOnly, 1)], sense: .ranged(lower: 4, upper: 4))
    return program
  }

  /// The optimum of ``everyFeature``, computed by hand (see its doc comment).
  public static let everyFeatureOptimum = -0.5 - 3 + 0.2 - 2.625e-7 + 4 + 12 - 4 + 2.5
}

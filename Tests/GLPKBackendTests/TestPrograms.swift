import LinearProgramming

/// Deterministic programmes shared by the GLPK tests.
enum TestPrograms {
  /// A `size × size` transportation LP: supplies of 30 (`≤` rows), demands of 25 (`≥` rows), and deterministic,
  /// varied unit costs `(7i + 3j) mod 11 + 1`. Supply exceeds demand, so it is feasible and bounded.
  static func transportation(size: Int, demand: (Int) -> Double = { _ in 25 }) -> LinearProgram {
    var program = LinearProgram(name: "transport_\(size)")
    var ship: [[VariableID]] = []
    for source in 0..<size {
      ship.append(
        (0..<size).map { sink in
          program.addVariable(name: "ship_\(source)_\(sink)", objective: Double((7 * source + 3 * sink) % 11 + 1))
        })
    }
    for source in 0..<size {
      program.addConstraint(
        name: "supply_\(source)", terms: ship[source].map { LinearTerm($0, 1) }, sense: .lessOrEqual(30))
    }
    for sink in 0..<size {
      program.addConstraint(
        name: "demand_\(sink)", terms: (0..<size).map { LinearTerm(ship[$0][sink], 1) },
        sense: .greaterOrEqual(demand(sink)))
    }
    return program
  }
}

extension TestPrograms {
  /// Every bound kind, every row kind, duplicate and cancelling terms, unsafe and repeated names, integer columns
  /// with and without upper bounds, and an objective constant.
  ///
  /// By hand: `pinned` fixes `lower = 4`; `balance` gives `count = 3 + pick`, so the integer part costs
  /// `9 − pick` and `pick = 1`, `count = 4`; `band` leaves `boxed + 2·upper ≤ 8.25` with `boxed` best at 3, so
  /// `upper = 2.625`; `floor` gives `free = −0.5`. Objective `−0.5 − 3 + 0.2 − 2.625e−7 + 4 + 12 − 4 + 2.5`.
  static var everyFeature: LinearProgram {
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
  static let everyFeatureOptimum = -0.5 - 3 + 0.2 - 2.625e-7 + 4 + 12 - 4 + 2.5
}

/// The text in a NUL-terminated C log buffer.
func logText(_ buffer: [CChar]) -> String {
  String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

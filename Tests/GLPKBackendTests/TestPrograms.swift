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

/// The text in a NUL-terminated C log buffer.
func logText(_ buffer: [CChar]) -> String {
  String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

import LinearProgramming

/// Small programmes that exercise every feature of the LP and MPS writers.
enum WriterModels {
  /// Wyndor Glass (Hillier and Lieberman): maximise `3 doors + 5 windows`.
  static var wyndorGlass: LinearProgram {
    var program = LinearProgram(name: "wyndor", sense: .maximize)
    let doors = program.addVariable(name: "doors", objective: 3)
    let windows = program.addVariable(name: "windows", objective: 5)
    program.addConstraint(name: "plant_1", terms: [LinearTerm(doors, 1)], sense: .lessOrEqual(4))
    program.addConstraint(name: "plant_2", terms: [LinearTerm(windows, 2)], sense: .lessOrEqual(12))
    program.addConstraint(
      name: "plant_3", terms: [LinearTerm(doors, 3), LinearTerm(windows, 2)], sense: .lessOrEqual(18))
    return program
  }

  /// Every bound kind, every row kind, duplicate and cancelling terms, unsafe and repeated names, integer columns
  /// with and without upper bounds, an objective constant, and awkward numbers.
  static var everyFeature: LinearProgram {
    var program = LinearProgram(name: "every feature", sense: .minimize, objectiveConstant: 2.5)
    let free = program.addVariable(name: "free_x", lowerBound: nil, upperBound: nil, objective: 1)
    let boxed = program.addVariable(name: "boxed", lowerBound: -1.5, upperBound: 3, objective: -1)
    let fixed = program.addVariable(name: "fixed", lowerBound: 2, upperBound: 2, objective: 0.1)
    let upperOnly = program.addVariable(name: "upper only", lowerBound: nil, upperBound: 7, objective: -1e-7)
    let lowerOnly = program.addVariable(name: "lower", lowerBound: -2, upperBound: nil, objective: 1)
    let count = program.addVariable(name: "count", objective: 3, kind: .integer)
    let pick = program.addVariable(name: "count", upperBound: 1, objective: -4, kind: .integer)
    let idle = program.addVariable(name: "idle\tcolumn")
    _ = idle
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
}

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
}

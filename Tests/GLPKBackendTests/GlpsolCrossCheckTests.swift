import Foundation
import GLPKBackend
import LinearProgramming
import LinearProgrammingConformance
import PropertyBased
import Testing

/// Runs GLPK's command-line solver on files from ``LPWriter`` and ``MPSWriter`` (PuLP's `GLPK_CMD` idea): a second,
/// independent path from our model to GLPK, through GLPK's own file readers.
enum Glpsol {
  /// `glpsol` on `PATH`, or `nil` (the `glpk-utils` package provides it).
  static let path: String? = {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return directories.map { "\($0)/glpsol" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  enum Format {
    case cplexLP
    case freeMPS
  }

  /// Writes `program` in `format`, solves it with `glpsol`, and returns the objective from its `-o` report.
  ///
  /// GLPK 5.0's free MPS reader rejects an `OBJSENSE` section ("invalid indicator record"; checked with
  /// `glpsol --freemps` here), so for MPS the two `OBJSENSE` lines are removed and the sense is passed as
  /// `--max` or `--min` instead. The LP reader understands `Maximize` and `Minimize` itself.
  static func objective(of program: LinearProgram, format: Format) throws -> Double? {
    guard let path else { return nil }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glpsol-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = directory.appendingPathComponent(format == .cplexLP ? "model.lp" : "model.mps")
    let report = directory.appendingPathComponent("report.txt")
    var arguments: [String]
    switch format {
    case .cplexLP:
      try Data(LPWriter().write(program).utf8).write(to: model)
      arguments = ["--cpxlp", model.path]
    case .freeMPS:
      let text = try MPSWriter().write(program)
      let withoutSense = text.replacingOccurrences(of: "OBJSENSE\n    MAX\n", with: "")
        .replacingOccurrences(of: "OBJSENSE\n    MIN\n", with: "")
      try Data(withoutSense.utf8).write(to: model)
      arguments = ["--freemps", model.path, program.sense == .maximize ? "--max" : "--min"]
    }
    arguments += ["-o", report.path]
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: report.path) else {
      Issue.record("glpsol failed (\(process.terminationStatus)):\n\(log)")
      return nil
    }
    // The report has a line such as `Objective:  obj = 36 (MAXimum)`.
    let text = String(decoding: data, as: UTF8.self)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
      let equals = line.firstIndex(of: "=")
    else {
      Issue.record("no objective in glpsol's report:\n\(text)")
      return nil
    }
    let value = line[line.index(after: equals)...].split(separator: " ").first.map(String.init) ?? ""
    return Double(value)
  }
}

/// Programmes for the cross-check, with objectives known by hand.
private let crossCheckCases: [(String, LinearProgram, Double)] = {
  var diet = LinearProgram(name: "diet")
  let bread = diet.addVariable(name: "bread", objective: 2)
  let milk = diet.addVariable(name: "milk", objective: 3)
  diet.addConstraint(name: "protein", terms: [LinearTerm(bread, 1), LinearTerm(milk, 2)], sense: .greaterOrEqual(8))
  diet.addConstraint(name: "energy", terms: [LinearTerm(bread, 3), LinearTerm(milk, 1)], sense: .greaterOrEqual(9))

  var wyndor = LinearProgram(name: "wyndor", sense: .maximize)
  let doors = wyndor.addVariable(name: "doors", objective: 3)
  let windows = wyndor.addVariable(name: "windows", objective: 5)
  wyndor.addConstraint(name: "plant_1", terms: [LinearTerm(doors, 1)], sense: .lessOrEqual(4))
  wyndor.addConstraint(name: "plant_2", terms: [LinearTerm(windows, 2)], sense: .lessOrEqual(12))
  wyndor.addConstraint(name: "plant_3", terms: [LinearTerm(doors, 3), LinearTerm(windows, 2)], sense: .lessOrEqual(18))

  // Knapsack: the best subset of weight ≤ 7 is items 1 and 2, worth 23.
  var knapsack = LinearProgram(name: "knapsack", sense: .maximize)
  let items = [(10.0, 3.0), (13, 4), (7, 2), (8, 3)].enumerated().map { index, item in
    (knapsack.addVariable(name: "take_\(index)", upperBound: 1, objective: item.0, kind: .integer), item.1)
  }
  knapsack.addConstraint(name: "capacity", terms: items.map { LinearTerm($0.0, $0.1) }, sense: .lessOrEqual(7))

  // Integers without upper bounds: a reader that made them binary would find 2, not 3.
  var rounding = LinearProgram(name: "rounding", sense: .maximize)
  let x = rounding.addVariable(name: "x", objective: 1, kind: .integer)
  let y = rounding.addVariable(name: "y", objective: 1, kind: .integer)
  rounding.addConstraint(name: "cap", terms: [LinearTerm(x, 2), LinearTerm(y, 2)], sense: .lessOrEqual(7))

  return [
    ("diet", diet, 13), ("wyndor", wyndor, 36), ("knapsack", knapsack, 23), ("rounding", rounding, 3),
    ("every feature", ReferencePrograms.everyFeature, ReferencePrograms.everyFeatureOptimum),
  ]
}()

@Test(
  "glpsol reading our LP and MPS files finds the same objective as the in-process solver",
  .enabled(if: Glpsol.path != nil, "glpsol is not on PATH (install glpk-utils); cross-check skipped"),
  arguments: crossCheckCases.map(\.0))
func glpsolAgreesWithInProcessSolver(name: String) throws {
  let (_, program, expected) = try #require(crossCheckCases.first { $0.0 == name })
  let solution = try GLPKSolver().solve(program, options: SolveOptions())
  let inProcess = try #require(solution.objectiveValue)
  #expect(abs(inProcess - expected) <= 1e-9 * max(1, abs(expected)), "in-process \(inProcess), by hand \(expected)")
  for format in [Glpsol.Format.cplexLP, .freeMPS] {
    let fromFile = try #require(try Glpsol.objective(of: program, format: format))
    // glpsol's report prints about 10 significant digits.
    #expect(abs(fromFile - inProcess) <= 1e-8 * max(1, abs(inProcess)), "\(format): glpsol \(fromFile) vs \(inProcess)")
  }
}

@Test(
  "random LPs written as LP and MPS solve to the in-process optimum in glpsol", .shrinking(false),
  .enabled(if: Glpsol.path != nil, "glpsol is not on PATH (install glpk-utils); cross-check skipped"))
func randomProgramsRoundTripThroughGlpsol() async {
  await propertyCheck(
    count: 15, input: Gen.int(in: 1...4), Gen.int(in: 1...5),
    zip(
      Gen.double(in: -5...5).array(of: 20), Gen.double(in: 0...5).array(of: 5), Gen.double(in: 0...3).array(of: 4),
      Gen.double(in: -5...5).array(of: 5)),
    zip(Gen.int(in: 0...3).array(of: 4), Gen.double(in: 0...4).array(of: 5), Gen.int(in: 0...1))
  ) { rows, columns, numbers, shapes in
    let lp = RandomFeasibleLP(
      rows: rows, columns: columns, coefficients: numbers.0, point: numbers.1, slack: numbers.2, costs: numbers.3,
      senseCodes: shapes.0, margins: shapes.1, sense: shapes.2 == 0 ? .minimize : .maximize, boundAll: true)
    let inProcess = try #require(try GLPKSolver().solve(lp.program, options: SolveOptions()).objectiveValue)
    for format in [Glpsol.Format.cplexLP, .freeMPS] {
      let fromFile = try #require(try Glpsol.objective(of: lp.program, format: format))
      #expect(abs(fromFile - inProcess) <= 1e-8 * max(1, abs(inProcess)), "\(format): \(fromFile) vs \(inProcess)")
    }
  }
}

import CGLPKShims
import GLPKBackend
import LinearProgramming
import Testing

@Test("dual signs: change in objective per unit RHS increase")
func dualSigns() throws {
  func solveOne(_ sense: ObjectiveSense, _ cost: Double, _ row: ConstraintSense) throws -> Double {
    var program = LinearProgram(sense: sense)
    let x = program.addVariable(name: "x", lowerBound: nil, upperBound: nil, objective: cost)
    let c = program.addConstraint(name: "c", terms: [LinearTerm(x, 1)], sense: row)
    let solution = try GLPKSolver().solve(program, options: SolveOptions())
    print(sense, cost, row, solution.summary, solution.duals)
    return solution.shadowPrice(of: c)
  }
  #expect(try solveOne(.maximize, 1, .lessOrEqual(3)) == 1)
  #expect(try solveOne(.minimize, 1, .greaterOrEqual(2)) == 1)
  #expect(try solveOne(.minimize, -1, .lessOrEqual(3)) == -1)
  #expect(try solveOne(.maximize, -1, .greaterOrEqual(2)) == -1)
}

@Test("guard survives")
func guardSurvives() throws {
  var log = [CChar](repeating: 0, count: 4096)
  for kind in 1...3 {
    let code = CGLPKShims_provokeFatalError(Int32(kind), &log, log.count)
    print(kind, code, String(cString: log))
    #expect(code == Int32(CGLPKShims_guardTripped))
  }
  var program = LinearProgram()
  _ = program.addVariable(name: "x", objective: 1)
  let s = try GLPKSolver().solve(program, options: SolveOptions())
  #expect(s.isOptimal)
  let empty = try GLPKSolver().solve(LinearProgram(), options: SolveOptions())
  print("empty:", empty.summary)
}

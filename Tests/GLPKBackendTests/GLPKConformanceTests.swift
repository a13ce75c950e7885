import GLPKBackend
import LinearProgramming
import LinearProgrammingConformance
import Testing

/// The shared conformance suite against GLPK, once per algorithm. Exclusions live only here, each with a reason.
enum GLPKConformance {
  static func config(for method: SolveMethod) -> ConformanceConfig {
    switch method {
    case .primalSimplex, .dualSimplex:
      return ConformanceConfig(options: SolveOptions(method: method))
    case .interiorPoint:
      return ConformanceConfig(
        // glp_interior stops at a relative gap of about 1e-8, so its duals are slightly less exact.
        absoluteTolerance: 1e-5, relativeTolerance: 1e-5,
        options: SolveOptions(method: .interiorPoint),
        excluded: [
          "iterationLimit": "glp_interior has no iteration limit (glp_iptcp has no it_lim field)",
          "timeLimit": "glp_interior has no time limit (glp_iptcp has no tm_lim field)",
        ],
        // glp_interior returns GLP_ENOFEAS for both infeasible and unbounded problems.
        acceptsInfeasibleOrUnbounded: true)
    }
  }
}

@Test("GLPK passes every conformance case", arguments: SolveMethod.allCases, ConformanceSuite.cases.map(\.name))
func glpkConformance(method: SolveMethod, caseName: String) throws {
  let config = GLPKConformance.config(for: method)
  let conformanceCase = try #require(ConformanceSuite.case(named: caseName))
  if config.excluded[caseName] != nil { return }
  for failure in conformanceCase.run(GLPKSolver(), config: config) {
    Issue.record("\(method.rawValue): \(failure)")
  }
}

@Test("GLPK conformance exclusions name real cases")
func glpkConformanceExclusionsAreKnown() {
  for method in SolveMethod.allCases {
    #expect(GLPKConformance.config(for: method).unknownExclusions.isEmpty)
  }
}

@Test("ConformanceSuite.run reports skipped cases with their reason")
func conformanceRunReportsSkips() {
  let config = GLPKConformance.config(for: .interiorPoint)
  let results = ConformanceSuite.run(GLPKSolver(), config: config)
  #expect(results.count == ConformanceSuite.cases.count)
  let skipped = results.filter { $0.skippedReason != nil }.map(\.name).sorted()
  #expect(skipped == ["iterationLimit", "timeLimit"])
  for result in results where result.skippedReason == nil {
    #expect(result.failures.isEmpty, "\(result.name): \(result.failures)")
  }
}

import GLPKBackend
import LinearProgrammingConformance
import PropertyBased
import Synchronization
import Testing

@testable import LinearProgramming

/// Solving with chain rows substituted out (``ChainSubstitution``) gives the original programme's optimum, duals,
/// reduced costs and an optimal basis of it.
@Suite("Chain substitution")
struct ChainSubstitutionTests {
  /// Two sites over two years, a demand of 10 each year; site A takes 6 at most in year 1 and costs 1 then 9, site B
  /// costs 5 then 2; half of each year-1 placement runs on (`a2 − 0.5·a1 ≥ 0`, `b2 − 0.5·b1 ≥ 0`). By hand: the plan
  /// costs 70 − 0.5·a1, so a1 = 6, b1 = 4, a2 = 3 (held by continuation), b2 = 7, cost 67. Basic: a1, b1, a2, b2 and
  /// B's continuation slack, so b2: 2 − y2 = 0 (y2 = 2); a2: 9 − y2 − μA = 0 (μA = 7); b1: 5 − y1 = 0 (y1 = 5);
  /// a1: 1 − y1 − u + 0.5·μA = 0 (u = −0.5: one more place for A in year 1 saves 0.5).
  static func twoSites() -> LinearProgram {
    var program = LinearProgram(name: "two_sites")
    let a1 = program.addVariable(name: "a1", objective: 1)
    let b1 = program.addVariable(name: "b1", objective: 5)
    let a2 = program.addVariable(name: "a2", objective: 9)
    let b2 = program.addVariable(name: "b2", objective: 2)
    program.addConstraint(name: "demand1", terms: [LinearTerm(a1, 1), LinearTerm(b1, 1)], sense: .equal(10))
    program.addConstraint(name: "demand2", terms: [LinearTerm(a2, 1), LinearTerm(b2, 1)], sense: .equal(10))
    program.addConstraint(name: "capacityA", terms: [LinearTerm(a1, 1)], sense: .lessOrEqual(6))
    program.addConstraint(
      name: "continueA", terms: [LinearTerm(a2, 1), LinearTerm(a1, -0.5)], sense: .greaterOrEqual(0))
    program.addConstraint(
      name: "continueB", terms: [LinearTerm(b2, 1), LinearTerm(b1, -0.5)], sense: .greaterOrEqual(0))
    return program
  }

  @Test("the hand-solved two-site plan: same optimum and duals, from a programme without its continuation rows")
  func handSolved() throws {
    let program = Self.twoSites()
    let substitution = ChainSubstitution(program: program, candidateRows: 3..<5)
    #expect(substitution.substitutedRowCount == 2)
    #expect(substitution.reduced.constraints.count == 3)
    // a2 stands for the new placements at A in year 2, and counts in year 2's demand; a1 runs on into it at 0.5.
    let yearTwo = substitution.reduced.constraints[1].terms
    #expect(yearTwo.map(\.variable.index) == [0, 1, 2, 3])
    #expect(yearTwo.map(\.coefficient) == [0.5, 0.5, 1, 1])
    let objective: [Double] = [5.5, 6, 9, 2]
    #expect(substitution.reduced.variables.map(\.objective) == objective)

    let solver = ChainSubstitutingSolver(base: GLPKSolver(), chainRows: 3..<5)
    let solution = try solver.solve(program, options: SolveOptions())
    #expect(solution.isOptimal)
    #expect(abs((solution.objectiveValue ?? 0) - 67) < 1e-9)
    for (value, expected) in zip(solution.variableValues, [6.0, 4, 3, 7]) { #expect(abs(value - expected) < 1e-9) }
    for (dual, expected) in zip(solution.duals, [5.0, 2, -0.5, 7, 0]) { #expect(abs(dual - expected) < 1e-9) }
    for (activity, expected) in zip(solution.rowActivities, [10.0, 10, 6, 0, 5]) {
      #expect(abs(activity - expected) < 1e-9)
    }
    #expect(OptimalityCheck.violations(of: solution, for: program).isEmpty)
    // The basis returned is an optimal basis of the original programme: the solver starts there and stops.
    var warm = SolveOptions()
    warm.warmStart = solution.basis
    warm.presolve = false
    let again = try GLPKSolver().solve(program, options: warm)
    #expect(again.iterationCount == 0)
    #expect(!again.rawStatus.contains("rejected"))
  }

  @Test(
    "variants solved with the reduced programme handed over to GLPK: the whole programme's optima (by hand, 70 − 0.5·a1)"
  )
  func variantsThroughSubstitution() throws {
    let program = Self.twoSites()
    let variants = RightHandSideVariants(
      rows: [ConstraintID(index: 2)], senses: [[.lessOrEqual(4)], [.lessOrEqual(8)], [.lessOrEqual(0)]])
    let solver = ChainSubstitutingSolver(base: GLPKSolver(), chainRows: 3..<5)
    let substituted = try solver.solve(program, variants: variants, options: SolveOptions())
    let direct = try GLPKSolver().solve(program, variants: variants, options: SolveOptions())
    #expect(substituted.count == 3)
    for (index, expected) in [68.0, 66, 70].enumerated() {
      #expect(substituted[index].isOptimal)
      #expect(abs((substituted[index].objectiveValue ?? .nan) - expected) < 1e-9)
      #expect(substituted[index].variableValues.count == 4)
      for (value, whole) in zip(substituted[index].variableValues, direct[index].variableValues) {
        #expect(abs(value - whole) < 1e-9)
      }
    }
  }

  @Test("a caller deciding whether a row's variants are still wanted is shown the whole programme's solutions")
  func carriesOnSeesTheWholeProgramme() throws {
    let program = Self.twoSites()
    let seen = Mutex<[[Double]]>([])
    // Capacity at A raised from 6 to 7, 12 and 14 (past 10, where a1 takes all of year 1's demand, so each is
    // solved); stop after the second.
    let variants = RightHandSideVariants(
      rows: [ConstraintID(index: 2)], senses: [7.0, 12, 14].map { [.lessOrEqual($0)] }, movedRows: [0, 0, 0],
      carriesOn: { variant, solution in
        seen.withLock { $0.append(solution.variableValues) }
        return variant < 1
      })
    let solver = ChainSubstitutingSolver(base: GLPKSolver(), chainRows: 3..<5)
    let solutions = try solver.solve(program, variants: variants, options: SolveOptions())
    #expect(solutions.map(\.notWanted) == [false, false, true])
    // a2 = 0.5·a1 comes back from the substitution: a1 = 7, b1 = 3, a2 = 3.5, b2 = 6.5, then a1 = 10.
    let rounded = seen.withLock { $0 }.map { $0.map { ($0 * 1e9).rounded() / 1e9 } }
    #expect(rounded == [[7, 3, 3.5, 6.5], [10, 0, 5, 5]])
  }

  @Test("a chain row that is not of the form x − c·y ≥ 0 with x in [0, ∞) stays a row")
  func onlyChainRowsGo() {
    var program = LinearProgram()
    let x = program.addVariable(name: "x", upperBound: 4)
    let y = program.addVariable(name: "y")
    let z = program.addVariable(name: "z")
    program.addConstraint(name: "bounded", terms: [LinearTerm(x, 1), LinearTerm(y, -0.5)], sense: .greaterOrEqual(0))
    program.addConstraint(
      name: "three", terms: [LinearTerm(z, 1), LinearTerm(y, -0.5), LinearTerm(x, 1)], sense: .greaterOrEqual(0))
    program.addConstraint(name: "rhs", terms: [LinearTerm(z, 1), LinearTerm(y, -0.5)], sense: .greaterOrEqual(1))
    program.addConstraint(name: "cycle1", terms: [LinearTerm(y, 1), LinearTerm(z, -0.5)], sense: .greaterOrEqual(0))
    program.addConstraint(name: "cycle2", terms: [LinearTerm(z, 1), LinearTerm(y, -0.5)], sense: .greaterOrEqual(0))
    let free = program.addVariable(name: "free", lowerBound: nil)
    let w = program.addVariable(name: "w")
    let v = program.addVariable(name: "v")
    program.addConstraint(
      name: "from_free", terms: [LinearTerm(w, 1), LinearTerm(free, -0.5)], sense: .greaterOrEqual(0))
    program.addConstraint(
      name: "two_earlier", terms: [LinearTerm(v, 1), LinearTerm(w, -0.5), LinearTerm(y, -0.25)],
      sense: .greaterOrEqual(0))
    let substitution = ChainSubstitution(program: program, candidateRows: 0..<7)
    // cycle1 goes, cycle2 would define z through y, which is defined through z; from_free would let w go below 0;
    // two_earlier goes (v = n + 0.5·w + 0.25·y, with y = n_y + 0.5·z).
    #expect(substitution.substitutedRowCount == 2)
    #expect(substitution.keptRows == [0, 1, 2, 4, 5])
    var vTerms: [(column: Int, coefficient: Double)] = []
    substitution.expansion.forEachTerm(of: v.index) { vTerms.append(($0, $1)) }
    #expect(vTerms.map(\.column) == [y.index, z.index, w.index, v.index])
    #expect(vTerms.map(\.coefficient) == [0.25, 0.125, 0.5, 1])
    // A column that is no chain's later column stands for itself.
    #expect(!substitution.expansion.isExpanded(x.index) && substitution.expansion.isExpanded(v.index))
    var xTerms: [(column: Int, coefficient: Double)] = []
    substitution.expansion.forEachTerm(of: x.index) { xTerms.append(($0, $1)) }
    #expect(xTerms.map(\.column) == [x.index] && xTerms.map(\.coefficient) == [1])
  }

  @Test("a programme handed over (solve(taking:)) gives the same solution, bit for bit, as one lent")
  func takenEqualsLent() throws {
    for solver in [ChainSubstitutingSolver(base: GLPKSolver(), chainRows: 3..<5) as any LinearSolver, GLPKSolver()] {
      let lent = try solver.solve(Self.twoSites(), options: SolveOptions())
      let taken = try solver.solve(taking: Self.twoSites(), options: SolveOptions())
      #expect(lent.isOptimal && abs((lent.objectiveValue ?? 0) - 67) < 1e-9)
      #expect(taken.objectiveValue == lent.objectiveValue)
      #expect(taken.variableValues == lent.variableValues && taken.duals == lent.duals)
      #expect(taken.reducedCosts == lent.reducedCosts && taken.rowActivities == lent.rowActivities)
      #expect(taken.basis == lent.basis)
    }
  }

  @Test(
    "random plans with chains: the substituted solve meets the original programme's optimality conditions",
    .shrinking(false))
  func randomChains() async {
    await propertyCheck(
      count: 60, input: Gen.int(in: 2...4), Gen.double(in: 0...9).array(of: 16), Gen.double(in: 0.1...1).array(of: 16),
      Gen.double(in: 1...20).array(of: 4)
    ) { sites, costs, rates, demand in
      // Sites × 4 years; demand each year met by the sites (equality) with an unmet column at 50; each site-year has
      // room for 6; each site's placements run on at its rate.
      var program = LinearProgram(name: "chains")
      var place: [[VariableID]] = []
      for site in 0..<sites {
        place.append(
          (0..<4).map { year in program.addVariable(name: "x\(site)_\(year)", objective: costs[site * 4 + year]) })
      }
      for year in 0..<4 {
        let unmet = program.addVariable(name: "u\(year)", objective: 50)
        program.addConstraint(
          name: "d\(year)", terms: place.map { LinearTerm($0[year], 1) } + [LinearTerm(unmet, 1)],
          sense: .greaterOrEqual(demand[year]))
      }
      for site in 0..<sites {
        for year in 0..<4 {
          program.addConstraint(
            name: "c\(site)_\(year)", terms: [LinearTerm(place[site][year], 1)], sense: .lessOrEqual(6))
        }
      }
      let first = program.constraints.count
      for site in 0..<sites {
        for year in 1..<4 {
          // Site 1 also takes on a tenth of site 0's placements (as a child turning 16 runs on as a 16–17 placement).
          let ageing = site == 1 ? [LinearTerm(place[0][year - 1], -0.1)] : []
          program.addConstraint(
            name: "k\(site)_\(year)",
            terms: [LinearTerm(place[site][year], 1), LinearTerm(place[site][year - 1], -rates[site * 4 + year])]
              + ageing,
            sense: .greaterOrEqual(0))
        }
      }
      let direct = try GLPKSolver().solve(program, options: SolveOptions())
      let solver = ChainSubstitutingSolver(base: GLPKSolver(), chainRows: first..<program.constraints.count)
      let substituted = try solver.solve(program, options: SolveOptions())
      #expect(direct.isOptimal && substituted.isOptimal)
      let (a, b) = (direct.objectiveValue ?? .nan, substituted.objectiveValue ?? .nan)
      #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "\(a) vs \(b)")
      let violations = OptimalityCheck.violations(
        of: substituted, for: program, tolerance: OptimalityCheck.Tolerance(absolute: 1e-7, relative: 1e-9))
      #expect(violations.isEmpty, "\(violations)")
      var warm = SolveOptions()
      warm.warmStart = substituted.basis
      warm.presolve = false
      let again = try GLPKSolver().solve(program, options: warm)
      #expect(again.iterationCount == 0, "\(again.rawStatus)")
    }
  }
}

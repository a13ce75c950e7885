import LinearProgramming
import PlacementDomain
import Testing

@testable import Planning

/// A formulation built without names (``PlanFormulation/keepsNames``, as the planner builds them) is the same
/// programme with every name empty; cost terms, stored narrow, give back what they were made with.
@Suite("Formulation names and cost terms")
struct FormulationNamesTests {
  @Test("without names: the same columns, rows, terms and cost terms, every name empty")
  func sameProgrammeWithoutNames() throws {
    let scenario = ScenarioBuilder(horizonYears: 3, attrition: 0.1, maximumRecruits: 3).build()
    let demand = try DemandResolver().resolve(scenario)
    let named = PlanFormulation(scenario: scenario, demand: demand)
    let unnamed = PlanFormulation(scenario: scenario, demand: demand, keepsNames: false)
    #expect(named.keepsNames && !unnamed.keepsNames)
    #expect(!named.continuationRowRange.isEmpty && named.continuationRowRange == unnamed.continuationRowRange)
    #expect(named.program.variables.count == unnamed.program.variables.count)
    #expect(named.program.constraints.count == unnamed.program.constraints.count)
    #expect(named.program.variables.allSatisfy { !$0.name.isEmpty })
    #expect(named.program.constraints.allSatisfy { !$0.name.isEmpty })
    #expect(unnamed.program.variables.allSatisfy { $0.name.isEmpty })
    #expect(unnamed.program.constraints.allSatisfy { $0.name.isEmpty })
    for (left, right) in zip(named.program.variables, unnamed.program.variables) {
      var renamed = right
      renamed.name = left.name
      #expect(renamed == left)
    }
    for (left, right) in zip(named.program.constraints, unnamed.program.constraints) {
      #expect(left.terms == right.terms && left.sense == right.sense)
    }
    #expect(named.costTerms.count == unnamed.costTerms.count)
    for (left, right) in zip(named.costTerms, unnamed.costTerms) {
      #expect(left.year == right.year && left.variable == right.variable && left.annualCost == right.annualCost)
      #expect(left.provisionType == right.provisionType && left.item == right.item)
    }
  }

  @Test("a cost term gives back its year, column, cost, provision type and item, and takes new ones")
  func costTermRoundTrip() {
    var term = PlanFormulation.CostTerm(
      year: 2031, variable: VariableID(index: 870_504), annualCost: 41_600.25, provisionType: "ifa", item: .mileage)
    #expect(term.year == 2031 && term.variable == VariableID(index: 870_504))
    #expect(term.annualCost == 41_600.25 && term.provisionType == "ifa" && term.item == .mileage)
    term.year = 1990
    term.variable = VariableID(index: 0)
    #expect(term.year == 1990 && term.variable == VariableID(index: 0) && term.annualCost == 41_600.25)
    #expect(MemoryLayout<PlanFormulation.CostTerm>.stride == 32)
    #expect(MemoryLayout<Variable>.stride == 56)
  }
}

import Foundation
import Planning
import Testing

@Suite("Erlang B")
struct ErlangBTests {
  /// B(E, A) from its definition, (A^E / E!) / Σ_{k=0..E} A^k / k!, computed independently of the recursion.
  func direct(_ beds: Int, _ load: Double) -> Double {
    var terms: [Double] = []
    var term = 1.0
    terms.append(term)
    if beds > 0 {
      for k in 1...beds {
        term *= load / Double(k)
        terms.append(term)
      }
    }
    return terms.last! / terms.reduce(0, +)
  }

  @Test(
    "matches the published Erlang B table",
    arguments: [
      // (beds, offered load, blocking) from standard Erlang B tables.
      (1, 1.0, 0.5), (2, 1.0, 0.2), (3, 1.0, 0.0625), (5, 2.0, 0.0367), (10, 5.0, 0.0184), (20, 12.0, 0.0098),
    ])
  func referenceTable(beds: Int, load: Double, blocking: Double) {
    #expect(abs(ErlangB.blockingProbability(beds: beds, offeredLoad: load) - blocking) < 5e-4)
  }

  @Test("the recursion equals the definition", arguments: [0, 1, 4, 8, 15, 30])
  func recursionMatchesDefinition(beds: Int) {
    for load in [0.3, 2.76, 7.5, 20.0] {
      #expect(abs(ErlangB.blockingProbability(beds: beds, offeredLoad: load) - direct(beds, load)) < 1e-12)
    }
  }

  @Test("DOMAIN's example: 24 arrivals staying 6 weeks need 6 beds at 5 %, 8 at 1 %")
  func domainExample() {
    let load = 24 * 6 / 52.14
    #expect(ErlangB.bedsNeeded(offeredLoad: load, blockingTarget: 0.05) == 6)
    #expect(ErlangB.bedsNeeded(offeredLoad: load, blockingTarget: 0.01) == 8)
    #expect(ErlangB.blockingProbability(beds: 6, offeredLoad: load) < 0.05)
    #expect(ErlangB.blockingProbability(beds: 5, offeredLoad: load) > 0.05)
  }

  @Test("no load needs no beds")
  func noLoad() {
    #expect(ErlangB.bedsNeeded(offeredLoad: 0, blockingTarget: 0.05) == 0)
  }
}

import ArgumentParser
import Planning

/// `--risk-draws N`: how much of the report's risk section to compute, shared by `report` and `plan --report`.
struct RiskOptionGroup: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Demand draws in the report's risk section (each re-solved, with the plan re-solved for each main assumption"
        + " changed); 0 leaves them out, for example for a national scenario."))
  var riskDraws: Int = PlanRiskAnalysis.defaultDraws

  func validate() throws {
    guard riskDraws >= 0 && riskDraws <= 100_000 else { throw ValidationError("--risk-draws must be 0 to 100,000") }
  }
}

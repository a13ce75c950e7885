import ArgumentParser
import PlacementDomain
import Planning

extension SufficiencyCommand {
  /// `sufficiency validate SCENARIO`: checks a scenario without solving it.
  struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check a scenario file and the tables it references without solving it.",
      discussion: "Lists every problem at once with file, line, field path and a fix. Exit code 2 if there are errors.")

    @Argument(help: "The scenario file (or a folder holding scenario.yaml). Default: the bundled default scenario.")
    var scenario: String?

    @OptionGroup var whatIf: WhatIfOptionGroup

    func validate() throws {
      try PathOption.requireNonEmpty(scenario, "the scenario path", example: "Scenarios/redcar-cleveland-2018")
    }

    func run() throws {
      let loaded = try ScenarioLocator.load(scenario, options: try whatIf.loadOptions())
      let scenario = loaded.scenario
      let demand = try DemandResolver(forecaster: Forecasters.history()).resolve(scenario)
      let formulation = PlanFormulation(scenario: scenario, demand: demand)
      print("OK: \(loaded.scenario.sourcePath ?? "scenario") is valid (\(loaded.warnings.count) warning(s)).")
      print("  \(scenario.name)")
      print(
        "  plan years \(scenario.planYears.first ?? 0)-\(scenario.planYears.last ?? 0); \(scenario.authorities.count) authority(ies), \(scenario.areas.count) area(s), \(scenario.needGroups.count) need group(s), \(scenario.providers.count) provider(s), \(scenario.inHouseFostering.count) in-house supply area(s)"
      )
      print(
        "  linear programme: \(formulation.program.variables.count) variables, \(formulation.program.constraints.count) constraints\(formulation.program.hasIntegerVariables ? " (mixed-integer)" : "")"
      )
      print("  content hash \(loaded.contentHash)")
    }
  }
}

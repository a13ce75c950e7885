import PlannerCLI

SufficiencyCommand.main()

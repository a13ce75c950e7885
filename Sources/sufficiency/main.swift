import PlannerCLI

SufficiencyCommand.runAndExit()

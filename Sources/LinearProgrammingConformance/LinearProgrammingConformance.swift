// LinearProgrammingConformance: work in progress.

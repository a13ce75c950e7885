// Reporting: work in progress.

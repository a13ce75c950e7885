import TableIO

/// A problem with the command line's own inputs (paths, option values): exit code 2.
struct CLIInputError: ReportableError {
  var message: String
  var isInvalidInput: Bool { true }
  var description: String { message }
}

import MessageFormat
import TableIO

/// A problem with the command line's own inputs (paths, option values): exit code 2.
typealias CLIInputError = InvalidInputError

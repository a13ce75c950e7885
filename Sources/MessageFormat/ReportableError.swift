/// An error the command line can explain to an analyst: its description says what happened and how to fix it, and
/// it says whether the user's input caused it (exit code 2) or the run failed (exit code 1).
public protocol ReportableError: Error, CustomStringConvertible {
  /// True when the input (a file, a scenario, an option) is at fault: the CLI exits with code 2.
  var isInvalidInput: Bool { get }
}

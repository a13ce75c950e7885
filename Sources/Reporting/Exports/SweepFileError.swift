import TableIO

/// A sweep shard's `draws.csv` that cannot be merged: a cell missing or not a number, or a bad draw number. The
/// message names the file, line and column (exit code 2).
public struct SweepFileError: ReportableError {
  /// What is wrong, and where.
  public var message: String
  public var isInvalidInput: Bool { true }
  public var description: String { message }
}

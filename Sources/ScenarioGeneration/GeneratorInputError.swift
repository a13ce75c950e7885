import TableIO

/// The national statistics lack what the generator needs: exit code 2, with the file named.
public struct GeneratorInputError: ReportableError {
  /// What is missing, and where.
  public var message: String
  public var isInvalidInput: Bool { true }
  public var description: String { message }
}

/// A problem with an input, said in words that name the file, line or option and what to do (exit code 2): for
/// inputs with no error type of their own (command-line options, sweep shards, the generator's statistics).
public struct InvalidInputError: ReportableError, Equatable {
  /// What is wrong, where, and how to fix it.
  public var message: String

  /// An error with `message`.
  public init(message: String) { self.message = message }

  public var isInvalidInput: Bool { true }
  public var description: String { message }
}

import MessageFormat

/// Table and file errors, explained to an analyst: a failed write is the run's fault, anything else the input's.
extension TableIOError: ReportableError {
  public var isInvalidInput: Bool {
    switch self {
    case .writeFailed, .wouldOverwriteInput: false
    default: true
    }
  }
}

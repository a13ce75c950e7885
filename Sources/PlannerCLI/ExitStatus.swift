import ArgumentParser
import Forecasting
import Foundation
import LinearProgramming
import MessageFormat
import TableIO

// Forecasting has no dependency on TableIO; its errors are reported like every other input error.
extension ForecastingError: ReportableError {}

/// The exit codes the README documents: 0 success, 1 runtime failure, 2 invalid input.
public enum ExitStatus {
  public static let success: Int32 = 0
  public static let runtimeFailure: Int32 = 1
  public static let invalidInput: Int32 = 2

  /// The exit code and the message (for stderr) for an error that ended a command.
  public static func classify(_ error: any Error) -> (code: Int32, message: String) {
    if let reportable = error as? any ReportableError {
      return (reportable.isInvalidInput ? invalidInput : runtimeFailure, "error: \(reportable.description)")
    }
    if let lpError = error as? LinearProgrammingError {
      return (runtimeFailure, "error: \(lpError.description)")
    }
    if let exit = error as? ExitCode {
      return (exit.rawValue, "")
    }
    let code = SufficiencyCommand.exitCode(for: error)
    let message = SufficiencyCommand.fullMessage(for: error)
    if code == .success { return (success, message) }
    // Bad options and arguments are invalid input too.
    if code == .validationFailure || error is ValidationError { return (invalidInput, message) }
    return (code.rawValue == 0 ? runtimeFailure : code.rawValue, message)
  }
}

extension SufficiencyCommand {
  /// Parses the command line, runs the command, and exits with the documented code.
  public static func runAndExit(arguments: [String]? = nil) -> Never {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Foundation.exit(ExitStatus.success)
    } catch {
      let (code, raw) = ExitStatus.classify(error)
      // Text from the input (a NUL byte, an escape sequence) is shown, never sent to the terminal raw.
      let message = MessageText.sanitised(raw)
      if !message.isEmpty {
        if code == ExitStatus.success {
          print(message)
        } else {
          FileHandle.standardError.write(Data((message + "\n").utf8))
        }
      }
      Foundation.exit(code)
    }
  }
}

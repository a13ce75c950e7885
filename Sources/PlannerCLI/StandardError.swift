import Foundation

/// Writes diagnostics to stderr, keeping stdout for data and summaries.
enum StandardError {
  static func print(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}

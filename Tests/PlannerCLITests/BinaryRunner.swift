import Foundation

/// Runs the built `sufficiency` binary, as a user would, and captures what it prints.
struct BinaryRunner {
  struct Result {
    var exitCode: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The repository root (three levels above this file).
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The built executable: next to the test bundle in the build products folder.
  static var executable: URL? {
    var candidates: [URL] = []
    let testBinary = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(folder.appendingPathComponent("sufficiency"))
      folder = folder.deletingLastPathComponent()
    }
    candidates.append(repositoryRoot.appendingPathComponent(".build/debug/sufficiency"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs the binary with `arguments` in `folder` (the repository root by default).
  static func run(_ arguments: [String], in folder: URL = repositoryRoot) throws -> Result {
    guard let executable else { throw RunnerError.noExecutable }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      exitCode: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sufficiency-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Every bundled scenario file, sorted.
  static func bundledScenarios() throws -> [URL] {
    let root = repositoryRoot.appendingPathComponent("Scenarios")
    return try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
      .map { root.appendingPathComponent($0).appendingPathComponent("scenario.yaml") }
      .filter { FileManager.default.fileExists(atPath: $0.path) }
  }

  enum RunnerError: Error { case noExecutable }
}

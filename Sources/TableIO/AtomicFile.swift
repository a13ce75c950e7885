import Foundation

/// Writes files all at once: to a temporary file in the same folder, then renamed over the target, so a reader
/// never sees half a file and a failed run leaves no partial output.
public enum AtomicFile {
  /// Writes `text` as UTF-8 to `url` atomically, creating the folder if needed.
  ///
  /// - Parameter inputs: paths that must never be overwritten (the run's inputs).
  /// - Throws: ``TableIOError/wouldOverwriteInput(path:)`` or ``TableIOError/writeFailed(path:reason:)``.
  public static func write(_ text: String, to url: URL, protecting inputs: Set<String> = []) throws {
    try write(Data(text.utf8), to: url, protecting: inputs)
  }

  /// Writes `data` to `url` atomically, creating the folder if needed.
  public static func write(_ data: Data, to url: URL, protecting inputs: Set<String> = []) throws {
    let target = url.standardizedFileURL
    let resolvedInputs = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
    if resolvedInputs.contains(target.resolvingSymlinksInPath().path) {
      throw TableIOError.wouldOverwriteInput(path: target.path)
    }
    let folder = target.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try data.write(to: temporary)
      if rename(temporary.path, target.path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw TableIOError.writeFailed(path: target.path, reason: reason)
      }
    } catch let error as TableIOError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw TableIOError.writeFailed(path: target.path, reason: FileErrorText.reason(error))
    }
  }
}

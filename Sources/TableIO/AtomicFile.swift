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
    if isSpecialFile(target.path) {
      // A device or pipe (/dev/null, /dev/stdout, a FIFO): write into it; renaming over it would replace the
      // device itself with a plain file.
      guard let handle = FileHandle(forWritingAtPath: target.path) else {
        throw TableIOError.writeFailed(path: target.path, reason: String(cString: strerror(errno)))
      }
      defer { try? handle.close() }
      do { try handle.write(contentsOf: data) } catch {
        throw TableIOError.writeFailed(path: target.path, reason: FileErrorText.reason(error))
      }
      return
    }
    let folder = target.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
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

  /// Removes the regular file at `url` if there is one: an earlier run's output that the new run does not write.
  /// Folders, devices and pipes are left alone.
  ///
  /// - Parameter inputs: paths that must never be removed (the run's inputs).
  /// - Throws: ``TableIOError/wouldOverwriteInput(path:)`` or ``TableIOError/writeFailed(path:reason:)``.
  public static func remove(_ url: URL, protecting inputs: Set<String> = []) throws {
    let target = url.standardizedFileURL
    var status = stat()
    guard lstat(target.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return }
    let resolvedInputs = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
    if resolvedInputs.contains(target.resolvingSymlinksInPath().path) {
      throw TableIOError.wouldOverwriteInput(path: target.path)
    }
    if unlink(target.path) != 0 {
      throw TableIOError.writeFailed(path: target.path, reason: String(cString: strerror(errno)))
    }
  }

  /// True when `path` exists and is neither a regular file nor a folder (a device, pipe or socket).
  private static func isSpecialFile(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    let kind = status.st_mode & S_IFMT
    return kind != S_IFREG && kind != S_IFDIR
  }
}

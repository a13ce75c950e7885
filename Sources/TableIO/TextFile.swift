import Foundation

/// Reading text files with messages a user can act on.
public enum TextFile {
  /// The largest table read whole, in bytes: the England panel is 0.2 MB, every bundled table under 0.5 MB, and a
  /// sweep's draws.csv about 0.15 MB per 1,000 draws. Bigger files are refused before they are read, so a wrong or
  /// damaged file is reported in seconds rather than parsed for minutes.
  public static let defaultByteLimit = 16 * 1024 * 1024

  /// The whole file as UTF-8 text (Windows-1252 is accepted as a fallback, as Excel writes it).
  ///
  /// - Parameter byteLimit: files larger than this are refused with a message, without being read.
  /// - Throws: ``TableIOError/missingFile(path:)``, ``TableIOError/tooLarge(path:size:limit:)``, or
  ///   ``TableIOError/unreadable(path:reason:)`` for a folder, a device or pipe, a file that cannot be opened, or one
  ///   that is not text.
  public static func read(_ url: URL, byteLimit: Int = defaultByteLimit) throws -> String {
    let data = try readData(url, byteLimit: byteLimit)
    if let text = String(data: data, encoding: .utf8) { return text }
    if let text = String(data: data, encoding: .windowsCP1252) { return text }
    throw TableIOError.unreadable(path: url.path, reason: "it is not text")
  }

  /// The whole file's bytes, after checking that it is a regular file no bigger than `byteLimit`.
  public static func readData(_ url: URL, byteLimit: Int = defaultByteLimit) throws -> Data {
    let path = url.path
    try checkReadable(path, byteLimit: byteLimit)
    do {
      return try Data(contentsOf: url)
    } catch {
      throw TableIOError.unreadable(path: path, reason: FileErrorText.reason(error))
    }
  }

  /// Throws unless `path` is a regular file of at most `byteLimit` bytes.
  public static func checkReadable(_ path: String, byteLimit: Int = defaultByteLimit) throws {
    var status = stat()
    guard stat(path, &status) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw TableIOError.missingFile(path: path) }
      throw TableIOError.unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw TableIOError.unreadable(path: path, reason: "it is a folder, not a file")
    default: throw TableIOError.unreadable(path: path, reason: "it is a device, pipe or socket, not a file")
    }
    if Int(status.st_size) > byteLimit {
      throw TableIOError.tooLarge(path: path, size: megabytes(Int(status.st_size)), limit: megabytes(byteLimit))
    }
  }

  private static func megabytes(_ bytes: Int) -> String {
    let value = Double(bytes) / 1_048_576
    return value >= 10 || value == value.rounded() ? "\(Int(value.rounded())) MiB" : String(format: "%.1f MiB", value)
  }
}

/// A file-system error in plain words: the POSIX reason ("Permission denied", "Not a directory") instead of a
/// Foundation domain and code.
public enum FileErrorText {
  /// The reason behind `error`, as the operating system states it; for an error without one, what is in the way
  /// on the error's path (a file where a folder is needed, a folder that cannot be written).
  public static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code)))
    }
    switch nsError.code {
    case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
    case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
    case NSFileWriteOutOfSpaceError: return "the disk is full"
    case NSFileWriteVolumeReadOnlyError: return "the disk is read-only"
    case NSFileWriteFileExistsError: return "a file is in the way"
    default:
      let path = (nsError.userInfo[NSFilePathErrorKey] as? String) ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
      return path.flatMap(obstacle) ?? "the file system refused"
    }
  }

  /// A file standing where `path` needs a folder, or the nearest existing folder on it when it is not writable.
  private static func obstacle(on path: String) -> String? {
    var current = URL(fileURLWithPath: path).deletingLastPathComponent()
    while current.path != "/" && !current.path.isEmpty {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: current.path, isDirectory: &isDirectory) {
        if !isDirectory.boolValue { return "\(current.path) is a file, not a folder" }
        return access(current.path, W_OK) == 0 ? nil : "\(current.path) is not writable (permission denied)"
      }
      current = current.deletingLastPathComponent()
    }
    return nil
  }
}

import Foundation

/// Reading text files with messages a user can act on.
public enum TextFile {
  /// The whole file as UTF-8 text (Windows-1252 is accepted as a fallback, as Excel writes it).
  public static func read(_ url: URL) throws -> String {
    let path = url.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw TableIOError.missingFile(path: path)
    }
    if isDirectory.boolValue { throw TableIOError.unreadable(path: path, reason: "it is a folder, not a file") }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw TableIOError.unreadable(path: path, reason: error.localizedDescription)
    }
    if let text = String(data: data, encoding: .utf8) { return text }
    if let text = String(data: data, encoding: .windowsCP1252) { return text }
    throw TableIOError.unreadable(path: path, reason: "it is not text")
  }
}

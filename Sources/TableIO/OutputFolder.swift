import Foundation

/// Writes a set of files that belong together (a plan's tables and its report) so the folder never holds a mix of
/// two runs: every file is first written to a staging folder next to the target, and only when all are written is
/// the set moved into place, with `manifest.json` naming what produced it.
///
/// When the target holds nothing but files of an earlier set, the whole folder is swapped (the old one renamed
/// aside, the new one renamed in, the old one removed). When it also holds other files (the scenario itself, a
/// user's notes), those are left alone: the old manifest is removed first, files of the earlier set that the new
/// one lacks are removed (no stale report beside a new plan), the new files are renamed in, and the manifest last,
/// so a folder with a manifest always holds exactly the set it lists.
public enum OutputFolder {
  /// The manifest's file name.
  public static let manifestName = "manifest.json"

  /// Writes `files` (text, written as UTF-8) and `binaryFiles` (such as a workbook) into `folder` as one set.
  ///
  /// - Parameters:
  ///   - manifest: what produced the set, written as `manifest.json` (its keys sorted) with the file names added.
  ///   - setNames: every file name a set of this kind may hold, so files of an earlier set are recognised (and
  ///     removed when the new set lacks them) even without a manifest.
  ///   - inputs: paths that must never be overwritten or removed.
  /// - Throws: ``TableIOError/wouldOverwriteInput(path:)`` before anything is written, or
  ///   ``TableIOError/writeFailed(path:reason:)``, leaving the target as it was.
  public static func write(
    _ files: [(name: String, text: String)], binaryFiles: [(name: String, data: Data)] = [], to folder: URL,
    manifest: [String: String], setNames: Set<String>, protecting inputs: Set<String>
  ) throws {
    let files = files.map { (name: $0.name, data: Data($0.text.utf8)) } + binaryFiles
    // A symbolic link to a folder is followed, so the folder it names receives the set (the link stays).
    let target = folder.standardizedFileURL.resolvingSymlinksInPath()
    let protected = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
    let names = files.map(\.name) + [manifestName]
    for name in names where protected.contains(target.appendingPathComponent(name).resolvingSymlinksInPath().path) {
      throw TableIOError.wouldOverwriteInput(path: target.appendingPathComponent(name).path)
    }
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory)
    if exists && !isDirectory.boolValue {
      throw TableIOError.writeFailed(path: target.path, reason: "it is a file, not a folder")
    }
    let staging = try makeStaging(for: target, targetExists: exists)
    defer { try? fileManager.removeItem(at: staging) }
    do {
      for file in files { try file.data.write(to: staging.appendingPathComponent(file.name)) }
      try Data(manifestText(manifest, files: files.map(\.name)).utf8)
        .write(to: staging.appendingPathComponent(manifestName))
    } catch {
      throw TableIOError.writeFailed(path: target.path, reason: FileErrorText.reason(error))
    }
    guard exists else {
      try move(staging, to: target)
      return
    }
    let present = try contents(of: target)
    let earlierSet = setNames.union(listedFiles(in: target)).union([manifestName])
    let foreign = present.filter { !earlierSet.contains($0) && $0 != staging.lastPathComponent }
    let holdsInput = present.contains {
      protected.contains(target.appendingPathComponent($0).resolvingSymlinksInPath().path)
    }
    let workingFolder = URL(fileURLWithPath: fileManager.currentDirectoryPath).standardizedFileURL.path + "/"
    let holdsWorkingFolder = workingFolder.hasPrefix(target.path + "/")
    if foreign.isEmpty && !holdsInput && !holdsWorkingFolder && staging.deletingLastPathComponent() != target {
      try swapFolder(target, with: staging)
    } else {
      try replaceInPlace(
        target, staging: staging, names: names, earlierSet: earlierSet, present: present,
        protected: protected)
    }
  }

  /// A fresh staging folder beside the target (or, when its parent is not writable, hidden inside it).
  private static func makeStaging(for target: URL, targetExists: Bool) throws -> URL {
    let fileManager = FileManager.default
    let suffix = "\(ProcessInfo.processInfo.processIdentifier)"
    let parent = target.deletingLastPathComponent()
    let beside = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(suffix)")
    do {
      try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
      try? fileManager.removeItem(at: beside)
      try fileManager.createDirectory(at: beside, withIntermediateDirectories: false)
      return beside
    } catch {
      guard targetExists else {
        throw TableIOError.writeFailed(path: target.path, reason: FileErrorText.reason(error))
      }
    }
    let inside = target.appendingPathComponent(".staging-\(suffix)")
    do {
      try? fileManager.removeItem(at: inside)
      try fileManager.createDirectory(at: inside, withIntermediateDirectories: false)
      return inside
    } catch {
      throw TableIOError.writeFailed(path: target.path, reason: FileErrorText.reason(error))
    }
  }

  /// The target's entries, by name.
  private static func contents(of folder: URL) throws -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    } catch {
      throw TableIOError.writeFailed(path: folder.path, reason: FileErrorText.reason(error))
    }
  }

  /// The files an earlier manifest in `folder` lists (none when there is no readable manifest).
  private static func listedFiles(in folder: URL) -> [String] {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent(manifestName)),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let files = object["files"] as? [String]
    else { return [] }
    return files.filter { !$0.contains("/") && $0 != ".." && $0 != "." }
  }

  private static func swapFolder(_ target: URL, with staging: URL) throws {
    let aside = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: aside)
    try move(target, to: aside)
    do {
      try move(staging, to: target)
    } catch {
      try? move(aside, to: target)
      throw error
    }
    try? FileManager.default.removeItem(at: aside)
  }

  private static func replaceInPlace(
    _ target: URL, staging: URL, names: [String], earlierSet: Set<String>, present: [String], protected: Set<String>
  ) throws {
    let fileManager = FileManager.default
    // Everything that could stop a rename is checked before the first file is touched.
    for name in names {
      var isDirectory: ObjCBool = false
      let destination = target.appendingPathComponent(name)
      if fileManager.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
        throw TableIOError.writeFailed(path: destination.path, reason: "a folder of that name is in the way")
      }
    }
    let manifest = target.appendingPathComponent(manifestName)
    if fileManager.fileExists(atPath: manifest.path) {
      do { try fileManager.removeItem(at: manifest) } catch {
        throw TableIOError.writeFailed(path: manifest.path, reason: FileErrorText.reason(error))
      }
    }
    for name in present where earlierSet.contains(name) && !names.contains(name) {
      let stale = target.appendingPathComponent(name)
      if protected.contains(stale.resolvingSymlinksInPath().path) { continue }
      try? fileManager.removeItem(at: stale)
    }
    for name in names where name != manifestName {
      try move(staging.appendingPathComponent(name), to: target.appendingPathComponent(name))
    }
    try move(staging.appendingPathComponent(manifestName), to: manifest)
  }

  private static func move(_ source: URL, to destination: URL) throws {
    if rename(source.path, destination.path) != 0 {
      throw TableIOError.writeFailed(path: destination.path, reason: String(cString: strerror(errno)))
    }
  }

  /// The manifest: `manifest` plus the file names, as JSON with sorted keys (so two runs give the same bytes).
  static func manifestText(_ manifest: [String: String], files: [String]) -> String {
    func quoted(_ text: String) -> String {
      let data = try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
      let array = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
      return String(array.dropFirst().dropLast())
    }
    var lines = manifest.keys.sorted().map { "  \(quoted($0)): \(quoted(manifest[$0] ?? ""))," }
    lines.append("  \"files\": [" + files.map(quoted).joined(separator: ", ") + "]")
    return "{\n" + lines.joined(separator: "\n") + "\n}\n"
  }
}

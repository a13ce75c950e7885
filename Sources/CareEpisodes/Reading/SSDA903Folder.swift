import Foundation

/// The SSDA903 files found in a folder, by kind and year, recognised by name: a four-digit year and `episodes` or
/// `header` anywhere in the name, in any case (`2019-episodes.csv`, `SSDA903_2019_Header.CSV`).
struct SSDA903Folder {
  /// One recognised file.
  struct File: Comparable {
    /// The year in the file name.
    let nameYear: Int
    /// The file's location.
    let url: URL

    static func < (lhs: File, rhs: File) -> Bool { (lhs.nameYear, lhs.url.path) < (rhs.nameYear, rhs.url.path) }
  }

  /// Episodes files, by name year.
  let episodes: [File]
  /// Header files, by name year.
  let headers: [File]
  /// CSV files that are neither (UASC, OC2, …), by name.
  let ignored: [String]
  /// Problems with the folder's contents (two files of one kind for the same year).
  let problems: [IngestProblem]

  /// Lists the folder.
  /// - Throws: ``EpisodeIngestError/folderNotFound(path:reason:)`` or
  ///   ``EpisodeIngestError/noEpisodeFiles(folder:found:)`` when there is no episodes file.
  init(folder: URL) throws {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    } catch {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
      let reason = !exists ? "it does not exist" : (!isDirectory.boolValue ? "it is a file" : "it cannot be read")
      throw EpisodeIngestError.folderNotFound(path: folder.path, reason: reason)
    }
    var episodes: [File] = []
    var headers: [File] = []
    var ignored: [String] = []
    var problems: [IngestProblem] = []
    for name in names where name.lowercased().hasSuffix(".csv") && !name.hasPrefix(".") {
      let lower = name.lowercased()
      let isEpisodes = lower.contains("episode")
      let isHeader = lower.contains("header")
      guard isEpisodes != isHeader, let year = Self.year(in: name) else {
        ignored.append(name)
        continue
      }
      let file = File(nameYear: year, url: folder.appendingPathComponent(name))
      if isEpisodes { episodes.append(file) } else { headers.append(file) }
    }
    for (kind, files) in [("episodes", episodes), ("header", headers)] {
      let byYear = Dictionary(grouping: files, by: \.nameYear)
      for (year, group) in byYear.sorted(by: { $0.key < $1.key }) where group.count > 1 {
        problems.append(
          IngestProblem(
            file: folder.path, line: nil, column: nil,
            message: "\(group.count) \(kind) files for \(year) ("
              + group.map(\.url.lastPathComponent).sorted().joined(separator: ", ") + "); keep one per year"))
      }
    }
    if episodes.isEmpty { throw EpisodeIngestError.noEpisodeFiles(folder: folder.path, found: names) }
    self.episodes = episodes.sorted()
    self.headers = headers.sorted()
    self.ignored = ignored
    self.problems = problems
  }

  /// The first four-digit number from 1990 to 2099 in a name.
  static func year(in name: String) -> Int? {
    let characters = Array(name)
    var index = 0
    while index < characters.count {
      if characters[index].isASCII, characters[index].isNumber {
        var end = index
        while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
        if end - index == 4, let value = Int(String(characters[index..<end])), (1990...2099).contains(value) {
          return value
        }
        index = end
      } else {
        index += 1
      }
    }
    return nil
  }
}

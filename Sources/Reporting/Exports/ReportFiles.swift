import Foundation
import TableIO

/// Writes a report's two files, `report.html` and `report.md`, into a folder, each atomically.
public enum ReportFiles {
  /// The HTML file's name.
  public static let htmlFileName = "report.html"
  /// The Markdown file's name.
  public static let markdownFileName = "report.md"

  /// Writes `document` as `directory/report.html` and `directory/report.md` and returns their URLs.
  ///
  /// - Parameter inputs: input paths that must never be overwritten.
  /// - Throws: `TableIOError` when a file cannot be written or would overwrite an input.
  @discardableResult
  public static func write(_ document: ReportDocument, to directory: URL, protecting inputs: Set<String> = []) throws
    -> [URL]
  {
    try write(files(for: document), to: directory, protecting: inputs)
  }

  /// Writes `document` as `directory/BASE.html` and `directory/BASE.md` (such as `compare.html` and `compare.md`)
  /// and returns their URLs.
  @discardableResult
  public static func write(
    _ document: ReportDocument, to directory: URL, baseName: String, protecting inputs: Set<String> = []
  ) throws -> [URL] {
    try write(files(for: document, baseName: baseName), to: directory, protecting: inputs)
  }

  /// The report's two files, by name: `BASE.html`, then `BASE.md` (`report.html` and `report.md` by default).
  public static func files(for document: ReportDocument, baseName: String = "report") -> [(name: String, text: String)]
  {
    [
      (baseName + ".html", HTMLReportRenderer().render(document)),
      (baseName + ".md", MarkdownReportRenderer().render(document)),
    ]
  }

  private static func write(_ files: [(name: String, text: String)], to directory: URL, protecting inputs: Set<String>)
    throws -> [URL]
  {
    var urls: [URL] = []
    for file in files {
      let url = directory.appendingPathComponent(file.name)
      try AtomicFile.write(file.text, to: url, protecting: inputs)
      urls.append(url)
    }
    return urls
  }
}

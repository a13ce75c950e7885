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
    var urls: [URL] = []
    for file in files(for: document) {
      let url = directory.appendingPathComponent(file.name)
      try AtomicFile.write(file.text, to: url, protecting: inputs)
      urls.append(url)
    }
    return urls
  }

  /// The report's two files, by name: `report.html`, then `report.md`.
  public static func files(for document: ReportDocument) -> [(name: String, text: String)] {
    [
      (htmlFileName, HTMLReportRenderer().render(document)),
      (markdownFileName, MarkdownReportRenderer().render(document)),
    ]
  }
}

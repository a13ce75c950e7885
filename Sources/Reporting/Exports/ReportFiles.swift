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
    try write(
      document, html: directory.appendingPathComponent(htmlFileName),
      markdown: directory.appendingPathComponent(markdownFileName), protecting: inputs)
  }

  /// Writes `document` as `directory/BASE.html` and `directory/BASE.md` (such as `compare.html` and `compare.md`)
  /// and returns their URLs.
  @discardableResult
  public static func write(
    _ document: ReportDocument, to directory: URL, baseName: String, protecting inputs: Set<String> = []
  ) throws -> [URL] {
    try write(
      document, html: directory.appendingPathComponent(baseName + ".html"),
      markdown: directory.appendingPathComponent(baseName + ".md"), protecting: inputs)
  }

  private static func write(_ document: ReportDocument, html: URL, markdown: URL, protecting inputs: Set<String>)
    throws -> [URL]
  {
    try AtomicFile.write(HTMLReportRenderer().render(document), to: html, protecting: inputs)
    try AtomicFile.write(MarkdownReportRenderer().render(document), to: markdown, protecting: inputs)
    return [html, markdown]
  }
}

/// One titled part of a report, holding blocks in reading order.
public struct ReportSection: Sendable, Hashable {
  /// The section heading (an `<h2>` in HTML, `##` in Markdown).
  public var heading: String
  /// The content of the section, in order.
  public var blocks: [ReportBlock]

  /// A section with a heading and its blocks.
  public init(heading: String, blocks: [ReportBlock]) {
    self.heading = heading
    self.blocks = blocks
  }
}

/// A tiny tree of HTML or SVG markup, rendered with every text and attribute value escaped.
///
/// The same tree type serves the HTML page and the inline SVG charts, so there is one escaping routine to trust.
indirect enum MarkupNode: Sendable {
  /// An element with ordered attributes (the order is kept so output is byte-identical) and children.
  case element(name: String, attributes: [(String, String)], children: [MarkupNode])
  /// Text content, escaped when rendered.
  case text(String)
  /// Trusted constant text written as it is (the style sheet, which HTML does not unescape). Never user data.
  case raw(StaticString)

  /// Shorthand for an element.
  static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [MarkupNode] = []) -> MarkupNode {
    .element(name: name, attributes: attributes, children: children)
  }

  /// Shorthand for an element holding only text.
  static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> MarkupNode {
    .element(name: name, attributes: attributes, children: [.text(text)])
  }

  /// HTML void elements, written as `<name ... />` (valid HTML5 and well-formed XML).
  private static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col", "wbr"]

  /// The markup as a string. Inside `<svg>` every childless element self-closes; in HTML only void elements do.
  /// Elements whose children are all elements put each child on its own line, to keep diffs readable.
  func rendered(inSVG: Bool = false) -> String {
    var output = ""
    write(into: &output, inSVG: inSVG)
    return output
  }

  private func write(into output: inout String, inSVG: Bool) {
    switch self {
    case .text(let text):
      output += MarkupEscaping.escaped(text)
    case .raw(let text):
      output += text.description
    case .element(let name, let attributes, let children):
      let svgContext = inSVG || name == "svg"
      output += "<" + name
      for (key, value) in attributes {
        output += " " + key + "=\"" + MarkupEscaping.escaped(value) + "\""
      }
      if children.isEmpty, svgContext || Self.voidElements.contains(name) {
        output += "/>"
        return
      }
      output += ">"
      let blockLayout = !children.isEmpty && children.allSatisfy { if case .element = $0 { true } else { false } }
      for child in children {
        if blockLayout { output += "\n" }
        child.write(into: &output, inSVG: svgContext)
      }
      if blockLayout { output += "\n" }
      output += "</" + name + ">"
    }
  }
}

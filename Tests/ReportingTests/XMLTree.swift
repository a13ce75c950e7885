import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed XML element, for checking the SVG and HTML the renderers write.
struct XMLTree {
  var name: String
  var attributes: [String: String]
  var children: [XMLTree]
  var text: String

  /// Every element below this one (depth first, in document order), including itself.
  var allElements: [XMLTree] { [self] + children.flatMap(\.allElements) }

  /// All elements named `name`.
  func elements(named name: String) -> [XMLTree] { allElements.filter { $0.name == name } }

  /// All elements whose class list contains `className`.
  func elements(withClass className: String) -> [XMLTree] {
    allElements.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
  }

  /// The text of this element and all its descendants.
  var allText: String { text + children.map(\.allText).joined() }

  /// A numeric attribute.
  func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

  /// Parses `markup` (an SVG or the XHTML-compatible HTML the renderer writes).
  static func parse(_ markup: String) throws -> XMLTree {
    let builder = Builder()
    let parser = XMLParser(data: Data(markup.utf8))
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw ParseFailure(message: parser.parserError.map { "\($0)" } ?? "no root element")
    }
    return root
  }

  struct ParseFailure: Error { let message: String }

  private final class Builder: NSObject, XMLParserDelegate {
    var stack: [XMLTree] = []
    var root: XMLTree?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      stack.append(XMLTree(name: elementName, attributes: attributes, children: [], text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
      guard let finished = stack.popLast() else { return }
      if stack.isEmpty { root = finished } else { stack[stack.count - 1].children.append(finished) }
    }
  }
}

/// The value axis read back from an SVG: tick values (parsed from the visible labels) and their y positions.
struct ReadAxis {
  let ticks: [(value: Double, y: Double)]

  init(_ svg: XMLTree) {
    ticks = svg.elements(withClass: "y-tick").compactMap { tick in
      guard let line = tick.elements(named: "line").first, let y = line.number("y1"),
        let label = tick.elements(named: "text").first
      else { return nil }
      let digits = label.allText.filter { "0123456789.-".contains($0) }
      return Double(digits).map { ($0, y) }
    }.sorted { $0.value < $1.value }
  }

  /// Pixels per unit of value (positive: values grow upward).
  var pixelsPerUnit: Double {
    guard let low = ticks.first, let high = ticks.last, high.value != low.value else { return .nan }
    return (low.y - high.y) / (high.value - low.value)
  }

  /// The y pixel of `value` on this axis.
  func y(of value: Double) -> Double {
    guard let low = ticks.first else { return .nan }
    return low.y - (value - low.value) * pixelsPerUnit
  }
}

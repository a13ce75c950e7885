/// Escaping of text for HTML, SVG and Markdown.
enum MarkupEscaping {
  /// `text` safe inside an HTML/XML text node or a double- or single-quoted attribute value.
  ///
  /// Markup characters become entities, every non-ASCII character becomes a numeric character reference (so the
  /// file is plain ASCII and reads correctly whatever encoding a mail client guesses), and control characters that
  /// XML 1.0 forbids are dropped.
  static func escaped(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "\n", "\t": output.unicodeScalars.append(scalar)
      case "\r": output += "\n"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) {
          continue
        }
        if scalar.isASCII {
          output.unicodeScalars.append(scalar)
        } else {
          output += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
        }
      }
    }
    return output
  }

  /// `text` as literal Markdown inline text: punctuation that Markdown would interpret is backslash-escaped,
  /// line breaks become spaces (so a value cannot break a table row), and `&` that could start an entity is escaped.
  static func markdownInline(_ text: String) -> String {
    var output = ""
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~":
        output += "\\"
        output.unicodeScalars.append(scalar)
      case "&":
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        let mayStartEntity = next == "#" || next.properties.isAlphabetic
        output += mayStartEntity ? "&amp;" : "&"
      case "\n", "\r", "\t":
        output += " "
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}

import Foundation

/// The fields of a submitted HTML form or a query string (`application/x-www-form-urlencoded`), in order.
struct FormFields: Sendable {
  /// (name, value) pairs as submitted.
  var pairs: [(name: String, value: String)]

  /// Decodes `a=1&b=x+y&c=%C2%A3`.
  init(encoded: String) {
    pairs = encoded.split(separator: "&", omittingEmptySubsequences: true).map { part in
      let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
      }
      return (decode(pieces[0]), pieces.count > 1 ? decode(pieces[1]) : "")
    }
  }

  /// The last value given for `name`.
  subscript(name: String) -> String? {
    pairs.last { $0.name == name }?.value
  }

  /// Every value given for `name`, in order.
  func all(_ name: String) -> [String] {
    pairs.filter { $0.name == name }.map(\.value)
  }

  /// `pairs` encoded as a query string.
  static func encode(_ pairs: [(String, String)]) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return pairs.map { name, value in
      (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "="
        + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }.joined(separator: "&")
  }
}

import PlacementDomain
import Yams

/// A bound on how many nodes a YAML document stands for once its aliases are followed, so an alias bomb ("billion
/// laughs": anchors that repeat anchors) is refused in well under a second instead of being walked until memory
/// runs out.
///
/// A document without aliases needs at least two characters of text per node (`1,` in a flow list), so the bound,
/// one node per character of text with a floor of 100,000, never refuses an ordinary scenario, and leaves room for
/// anchors reused a few times.
struct YAMLExpansionLimit {
  /// The most nodes the document may expand to.
  let maximumNodes: Int

  /// The limit for a document of `text`.
  init(text: String) {
    maximumNodes = max(100_000, text.utf8.count)
  }

  /// True when `root`, with every alias followed, has no more than ``maximumNodes`` nodes. Stops counting as soon
  /// as the limit is passed, so the check itself is bounded.
  func allows(_ root: Node) -> Bool {
    var remaining = maximumNodes
    return count(root, &remaining)
  }

  private func count(_ node: Node, _ remaining: inout Int) -> Bool {
    remaining -= 1
    if remaining < 0 { return false }
    switch node {
    case .scalar, .alias: return true
    case .mapping(let mapping):
      for (key, value) in mapping where !count(key, &remaining) || !count(value, &remaining) { return false }
      return true
    case .sequence(let sequence):
      for item in sequence where !count(item, &remaining) { return false }
      return true
    }
  }
}

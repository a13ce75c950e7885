import PlacementDomain

/// Where each entry of a scenario came from, so checks made after reading point at the right entry and line, and
/// an entry that could not be read does not cause knock-on errors elsewhere.
///
/// The reader fills it in; the validator reads it. Entries that fail to read are dropped from the ``Scenario``, so
/// the n-th area kept is not always the n-th area in the file: ``path(_:_:)`` maps one to the other.
final class ScenarioSourceMap {
  /// A reference to another section's id, made by an entry that could not be read as a whole.
  struct UnreadReference {
    /// The field path of the reference, such as `areas[2].authority`.
    let path: String
    /// The section whose ids it names, such as `authorities`.
    let section: String
    let id: String
  }

  /// For each list section, the position in the file of each entry kept.
  private var keptIndices: [String: [Int]] = [:]
  /// The ids named by entries that could not be read, by section (`demand` and `in_house_fostering` by the
  /// authority or area they are for).
  private(set) var unreadIDs: [String: Set<String>] = [:]
  /// References made by entries that could not be read, checked all the same.
  private(set) var unreadReferences: [UnreadReference] = []
  /// The file and line of each provider read from `providers_csv`, after those listed in the scenario.
  var tableProviderRows: [(file: String, line: Int)] = []

  /// The field naming each section's entries.
  static let idFields = [
    "authorities": "id", "areas": "id", "need_groups": "id", "provision_types": "id", "providers": "id",
    "demand": "authority", "in_house_fostering": "area",
  ]

  /// The fields of each section that name another section's ids.
  static let referenceFields: [String: [(field: String, section: String)]] = [
    "areas": [("authority", "authorities")],
    "providers": [("provision", "provision_types")],
    "demand": [("authority", "authorities")],
    "in_house_fostering": [("area", "areas")],
    "suitability": [("need", "need_groups"), ("provision", "provision_types")],
  ]

  /// Records that the entry at `index` of `section` in the file was read.
  func kept(_ section: String, index: Int) { keptIndices[section, default: []].append(index) }

  /// Records an entry that could not be read: the id it names and the references it makes, where readable.
  func unread(_ section: String, _ entry: YAMLCursor) {
    if let field = Self.idFields[section], let id = entry.optional(field)?.node.scalar?.string {
      unreadIDs[section, default: []].insert(id)
    }
    for (field, target) in Self.referenceFields[section] ?? [] {
      if let id = entry.optional(field)?.node.scalar?.string {
        unreadReferences.append(UnreadReference(path: "\(entry.path).\(field)", section: target, id: id))
      }
    }
  }

  /// The field path, in the file, of the `index`-th entry kept in `section`.
  func path(_ section: String, _ index: Int) -> String {
    let positions = keptIndices[section] ?? []
    return "\(section)[\(index < positions.count ? positions[index] : index)]"
  }

  /// True when an entry of `section` naming `id` was given but could not be read.
  func isUnread(_ section: String, id: String) -> Bool { unreadIDs[section]?.contains(id) == true }

  /// True when an unread entry of `section` referred to `id`.
  func unreadEntry(of section: String, refersTo id: String) -> Bool {
    unreadReferences.contains { $0.path.hasPrefix("\(section)[") && $0.id == id }
  }
}

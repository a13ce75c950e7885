import ArgumentParser

/// Checks on paths given on the command line, made before anything runs.
enum PathOption {
  /// Throws when `value` is given but empty or only spaces: an empty `--out ''` would otherwise mean the current
  /// folder, and an empty scenario path the current folder's scenario.yaml.
  static func requireNonEmpty(_ value: String?, _ name: String, example: String) throws {
    guard let value, value.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    throw ValidationError("\(name) is empty; give a path such as \(example) (write '.' for the current folder)")
  }
}

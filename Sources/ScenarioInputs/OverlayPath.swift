import Foundation
import PlacementDomain

/// A field path into a scenario, as written after `--set` or in a what-if file: keys joined by `.`, list items
/// picked by `[id]` or `[index]`, such as `in_house_fostering[east_cleveland].max_recruits_per_year`,
/// `providers[ifa_teesside].weekly_price` or `emergency.arrivals_per_year.2021`.
struct OverlayPath: Sendable, Equatable {
  /// One step of a path.
  enum Step: Sendable, Equatable {
    /// A key of a mapping.
    case key(String)
    /// An item of a list: its `id` (or `area`, `authority`), or its position counted from 0.
    case item(String)
  }

  /// The steps, outermost first.
  let steps: [Step]

  /// Parses `text`, or returns what is wrong with it.
  static func parse(_ text: String) -> Result<OverlayPath, OverlayPathError> {
    func failure(_ problem: String) -> Result<OverlayPath, OverlayPathError> {
      .failure(OverlayPathError(text: text, problem: problem))
    }
    let characters = Array(text)
    var steps: [Step] = []
    var index = 0
    guard !characters.isEmpty else { return failure("is empty") }
    while index < characters.count {
      // A key: everything up to the next '.', '[' or the end.
      var key = ""
      while index < characters.count, characters[index] != ".", characters[index] != "[" {
        if characters[index] == "]" { return failure("has a ']' without its '['") }
        key.append(characters[index])
        index += 1
      }
      let trimmedKey = key.trimmingCharacters(in: .whitespaces)
      guard !trimmedKey.isEmpty else {
        return failure(
          index < characters.count && characters[index] == "["
            ? "has '[' with no list name before it" : "has an empty part")
      }
      steps.append(.key(trimmedKey))
      // Any number of [selector] after the key.
      while index < characters.count, characters[index] == "[" {
        guard let close = characters[index...].firstIndex(of: "]") else { return failure("has a '[' without its ']'") }
        let selector = String(characters[(index + 1)..<close]).trimmingCharacters(in: .whitespaces)
        guard !selector.isEmpty else { return failure("has '[]' with no id or position inside") }
        steps.append(.item(selector))
        index = close + 1
      }
      if index < characters.count {
        guard characters[index] == "." else { return failure("needs a '.' after ']'") }
        index += 1
        guard index < characters.count else { return failure("ends with '.'") }
      }
    }
    return .success(OverlayPath(steps: steps))
  }
}

/// Why a path could not be read.
struct OverlayPathError: Error, Sendable, Equatable {
  /// The path as written.
  let text: String
  /// What is wrong, as a phrase after "the path 'x' ...".
  let problem: String
}

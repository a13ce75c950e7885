import Foundation

/// Where the test fixtures and the package's shipped data are.
enum TestFiles {
  /// The copied `Fixtures` folder.
  static var fixtures: URL {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil) ?? URL(fileURLWithPath: "/nonexistent")
  }

  /// A file or folder inside `Fixtures`.
  static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

  /// The package root (for the shipped `Data/` files).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Days between two DD/MM/YYYY dates, worked out with Foundation's Gregorian calendar (independent of
  /// `CalendarDay`).
  static func days(from start: String, to end: String) -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    func date(_ text: String) -> Date {
      let parts = text.split(separator: "/").compactMap { Int($0) }
      return calendar.date(from: DateComponents(year: parts[2], month: parts[1], day: parts[0])) ?? Date()
    }
    return calendar.dateComponents([.day], from: date(start), to: date(end)).day ?? -1
  }
}

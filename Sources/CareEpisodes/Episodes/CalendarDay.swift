/// A calendar date stored as a day number (days since 1 January 1970, proleptic Gregorian), so that comparing and
/// subtracting dates is integer arithmetic and no time zone is involved.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1 January 1970.
  public let dayNumber: Int

  /// The day with this day number.
  public init(dayNumber: Int) { self.dayNumber = dayNumber }

  /// The day for a year, month (1–12) and day of month, or `nil` when the date does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
    self.dayNumber = Self.daysFromCivil(year: year, month: month, day: day)
  }

  /// 31 March of `year`: the census day for a collection year ending then.
  public static func thirtyFirstMarch(_ year: Int) -> CalendarDay {
    CalendarDay(dayNumber: daysFromCivil(year: year, month: 3, day: 31))
  }

  /// The year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let shifted = dayNumber + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// The collection year this day falls in, named by the 31 March that ends it (1 April 2023 to 31 March 2024 is
  /// 2024).
  public var collectionYear: Int {
    let (year, month, _) = components
    return month >= 4 ? year + 1 : year
  }

  /// Whole years of age on `day` for someone born on this day (a 29 February birthday falls on 1 March in other
  /// years).
  public func age(on day: CalendarDay) -> Int {
    let birth = components
    let now = day.components
    var years = now.year - birth.year
    if (now.month, now.day) < (birth.month, birth.day) { years -= 1 }
    return years
  }

  /// The day someone born on this day reaches `years` of age.
  public func birthday(years: Int) -> CalendarDay {
    let birth = components
    if birth.month == 2, birth.day == 29, !Self.isLeap(birth.year + years) {
      return CalendarDay(dayNumber: Self.daysFromCivil(year: birth.year + years, month: 3, day: 1))
    }
    return CalendarDay(dayNumber: Self.daysFromCivil(year: birth.year + years, month: birth.month, day: birth.day))
  }

  /// The day `days` later.
  public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

  /// The date as DD/MM/YYYY, the SSDA903 format.
  public var description: String {
    let (year, month, day) = components
    return "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(year)"
  }

  /// The date as YYYY-MM-DD.
  public var isoDescription: String {
    let (year, month, day) = components
    return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

  /// Parses a date written DD/MM/YYYY (SSDA903), also D/M/YYYY, DD-MM-YYYY and YYYY-MM-DD, ignoring surrounding
  /// spaces and a trailing time of day (`00:00:00`), as spreadsheets often add one. `nil` if it is not a real date.
  public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> CalendarDay? {
    var parts = (0, 0, 0)
    var lengths = (0, 0, 0)
    var index = 0
    var current = 0
    var length = 0
    var started = false
    scan: for byte in bytes {
      switch byte {
      case 48...57:
        current = current * 10 + Int(byte - 48)
        length += 1
        started = true
        if length > 4 { return nil }
      case 47, 45, 46:  // / - .
        guard length > 0, index < 2 else { return nil }
        if index == 0 {
          parts.0 = current
          lengths.0 = length
        } else {
          parts.1 = current
          lengths.1 = length
        }
        index += 1
        current = 0
        length = 0
      case 32, 9, 84:  // space, tab, 'T': leading spaces are skipped; a time of day after the date is ignored
        if !started { continue }
        if index == 2, length > 0 { break scan }
        return nil
      default:
        return nil
      }
    }
    guard index == 2, length > 0 else { return nil }
    parts.2 = current
    lengths.2 = length
    if lengths.0 == 4 {
      guard lengths.1 <= 2, lengths.2 <= 2 else { return nil }
      return CalendarDay(year: parts.0, month: parts.1, day: parts.2)
    }
    guard lengths.2 == 4, lengths.0 <= 2, lengths.1 <= 2 else { return nil }
    return CalendarDay(year: parts.2, month: parts.1, day: parts.0)
  }

  /// Parses a date from text; see ``parse(_:)-(Bytes)``.
  public static func parse(_ text: String) -> CalendarDay? { parse(Array(text.utf8)) }

  static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // Howard Hinnant's days_from_civil.
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}

import Testing

@testable import CareEpisodes

@Suite("Calendar days")
struct CalendarDayTests {
  /// Year, month and day of a parsed date.
  func parts(_ text: String) -> [Int]? {
    CalendarDay.parse(text).map { [$0.components.year, $0.components.month, $0.components.day] }
  }

  @Test("SSDA903 dates parse, with or without leading zeros and a time of day")
  func parsesDates() throws {
    let day = try #require(CalendarDay.parse("31/03/2024"))
    #expect(day.components.year == 2024 && day.components.month == 3 && day.components.day == 31)
    #expect(parts("1/4/2023") == [2023, 4, 1])
    #expect(parts(" 31/03/2024 00:00:00") == [2024, 3, 31])
    #expect(parts("2024-03-31") == [2024, 3, 31])
    #expect(CalendarDay.parse("29/02/2024") != nil)
  }

  @Test("Impossible or garbled dates do not parse")
  func rejectsBadDates() {
    for text in [
      "29/02/2023", "31/04/2024", "00/01/2024", "yesterday", "", "12/2024", "01/01/24", "1/1/2024x",
      "2023-13-01",
    ] {
      #expect(CalendarDay.parse(text) == nil, "\(text)")
    }
  }

  @Test("Day numbers count days since 1 January 1970")
  func dayNumbers() throws {
    #expect(CalendarDay(year: 1970, month: 1, day: 1)?.dayNumber == 0)
    // 19,813 days: 54 years from 1970 to 2024 hold 13 leap days (1972 … 2020), 54 × 365 + 13 = 19,723, plus the 90
    // days of January to March 2024 before 31 March (31 + 29 + 30).
    #expect(CalendarDay(year: 2024, month: 3, day: 31)?.dayNumber == 19_813)
    let span =
      try #require(CalendarDay.parse("05/01/2024")).dayNumber - #require(CalendarDay.parse("01/02/2022")).dayNumber
    #expect(span == TestFiles.days(from: "01/02/2022", to: "05/01/2024"))
  }

  @Test("Collection years end on 31 March")
  func collectionYears() {
    #expect(CalendarDay.parse("31/03/2024")?.collectionYear == 2024)
    #expect(CalendarDay.parse("01/04/2024")?.collectionYear == 2025)
    #expect(CalendarDay.parse("01/01/2024")?.collectionYear == 2024)
  }

  @Test("Ages count whole years, and a 29 February birthday falls on 1 March")
  func ages() throws {
    let birth = try #require(CalendarDay.parse("29/02/2008"))
    #expect(birth.age(on: try #require(CalendarDay.parse("28/02/2026"))) == 17)
    #expect(birth.age(on: try #require(CalendarDay.parse("01/03/2026"))) == 18)
    #expect(birth.birthday(years: 18) == CalendarDay.parse("01/03/2026"))
    #expect(birth.birthday(years: 16) == CalendarDay.parse("29/02/2024"))
    #expect(AgeBand(ageInYears: 0) == .under1)
    #expect(AgeBand(ageInYears: 4) == .age1to4)
    #expect(AgeBand(ageInYears: 5) == .age5to9)
    #expect(AgeBand(ageInYears: 15) == .age10to15)
    #expect(AgeBand(ageInYears: 17) == .age16plus)
  }
}

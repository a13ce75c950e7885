import Testing

@testable import Planning

/// LP names keep ASCII letters, digits and `_`; the fast path for names already safe must agree with the slow one.
@Suite("Row names")
struct RowNamesTests {
  @Test("every other character, one per Unicode scalar, becomes _; safe names come back as they are")
  func safeNames() {
    #expect(RowNames.safe("place_ifa_ts24_2025") == "place_ifa_ts24_2025")
    #expect(RowNames.safe("home área-1") == "home__rea_1")
    #expect(RowNames.safe("a\u{0301}b") == "a_b")
    #expect(RowNames.safe("") == "")
  }
}

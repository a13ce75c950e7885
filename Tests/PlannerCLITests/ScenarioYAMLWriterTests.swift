import ScenarioGeneration
import Testing

/// The one writer of scenario files: indentation, list items, trailing comments and quoting, written out by hand.
@Suite("Scenario YAML writer")
struct ScenarioYAMLWriterTests {
  @Test("sections indent by two, a list item's first field follows '- ' and the rest align under it")
  func layout() {
    var file = ScenarioYAMLWriter()
    file.comment("first\nsecond")
    file.field("base_year", "2025", comment: "the year", commentColumn: 20)
    file.blankLine()
    file.section("areas") { list in
      list.item { area in
        area.field("id", "north")
        area.field("latitude", 54.6, decimals: 2)
        area.section("mix") { mix in mix.field("a", "0.5") }
        area.comment("a note")
      }
      list.item { area in area.field("id", "south") }
    }
    #expect(
      file.text == """
        # first
        # second
        base_year: 2025     # the year

        areas:
          - id: north
            latitude: 54.60
            mix:
              a: 0.5
            # a note
          - id: south

        """)
  }

  @Test("a comment too close to its value keeps two spaces; quoting escapes backslashes and quotes")
  func commentsAndQuoting() {
    var file = ScenarioYAMLWriter()
    file.field("name", "a long value", comment: "note", commentColumn: 3)
    #expect(file.text == "name: a long value  # note\n")
    #expect(ScenarioYAMLWriter.quoted(#"St "Mary's" \ Home"#) == #""St \"Mary's\" \\ Home""#)
    #expect(ScenarioYAMLWriter.inlineMap([("2026", "200"), ("2027", "206")]) == "{2026: 200, 2027: 206}")
  }

  @Test("init's template is a whole file: it ends with one newline")
  func templateEndsWithNewline() {
    #expect(ScenarioTemplate.text.hasSuffix("supported: 0.45\n"))
    #expect(!ScenarioTemplate.text.hasSuffix("\n\n"))
  }
}

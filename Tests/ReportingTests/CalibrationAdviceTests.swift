import Reporting
import Testing

@Suite("Advice to calibrate a small panel on the England panel")
struct CalibrationAdviceTests {
  @Test("a region-sized panel calibrated on itself gets the note; one series, England, or --calibrate-on do not")
  func noteOnlyForSmallPanels() throws {
    let note = try #require(
      CalibrationAdvice.note(
        seriesCount: 12, calibratedElsewhere: false, englandPanelPath: CalibrationAdvice.englandPanel))
    #expect(note.contains("these 12 series") && note.contains("--calibrate-on"))
    #expect(note.contains(CalibrationAdvice.englandPanel))
    #expect(
      CalibrationAdvice.note(
        seriesCount: 12, calibratedElsewhere: true, englandPanelPath: CalibrationAdvice.englandPanel) == nil)
    #expect(
      CalibrationAdvice.note(
        seriesCount: 1, calibratedElsewhere: false, englandPanelPath: CalibrationAdvice.englandPanel) == nil)
    #expect(
      CalibrationAdvice.note(
        seriesCount: 145, calibratedElsewhere: false, englandPanelPath: CalibrationAdvice.englandPanel) == nil)
  }
}

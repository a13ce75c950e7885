import Testing

@testable import Reporting

@Suite("Number formats")
struct ValueFormatTests {
  @Test("pounds, thousands, millions, percentages and years, written by hand")
  func formats() {
    #expect(ValueFormat.pounds.string(1_234_567.4) == "£1,234,567")
    #expect(ValueFormat.pounds.string(-31_200) == "-£31,200")
    #expect(ValueFormat.pounds.string(999) == "£999")
    #expect(ValueFormat.poundsMillions(decimals: 2).string(12_345_678) == "£12.35m")
    #expect(ValueFormat.poundsThousands(decimals: 0).string(350_400) == "£350k")
    #expect(ValueFormat.percent(decimals: 1).string(0.215) == "21.5%")
    #expect(ValueFormat.number(decimals: 1).string(83_760) == "83,760.0")
    #expect(ValueFormat.number(decimals: 0).string(-0.2) == "0")
    #expect(ValueFormat.year.string(2025) == "2025")
    #expect(ValueFormat.financialYear.string(2025) == "2024-25")
    #expect(ValueFormat.financialYear.string(2000) == "1999-00")
    #expect(ValueFormat.number(decimals: 0).string(.nan) == "n/a")
  }

  @Test("axis labels get enough decimals to tell ticks apart")
  func axisDecimals() {
    #expect(ValueFormat.percent(decimals: 0).axisDecimals(step: 0.05) == 0)
    #expect(ValueFormat.percent(decimals: 0).axisDecimals(step: 0.025) == 1)
    #expect(ValueFormat.poundsMillions(decimals: 1).axisDecimals(step: 2_000_000) == 0)
    #expect(ValueFormat.poundsMillions(decimals: 1).axisDecimals(step: 500_000) == 1)
    #expect(ValueFormat.number(decimals: 0).axisDecimals(step: 0.25) == 2)
  }
}

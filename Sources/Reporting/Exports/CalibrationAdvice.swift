/// The note `backtest` and `forecast` print when a small panel of councils calibrates its own ranges: one region's
/// councils share one shock a year, so their own past errors have understated the spread (their 80 % ranges held
/// 71–79 % of outcomes on the North East, 77–78 % on the other regions), and the England panel's errors, centred on
/// the panel's own, held 80–82 % on the other regions and 76–81 % on the North East (docs/forecast-validation.md).
public enum CalibrationAdvice {
  /// The England panel (its path in the bundled data), whose councils' errors calibrate a small panel's ranges well.
  public static let englandPanel = "Data/cla-panel/la_cla_panel_england_2010_2024.csv"

  /// Panels with fewer series than this (and more than one) get the note.
  public static let smallPanel = 50

  /// What `backtest` and `forecast` print about where the ranges come from: the calibration panel named with
  /// `--calibrate-on` (with `when`, such as "known at each origin"), then the note for a small panel calibrated
  /// on itself, if any, naming the England panel at `englandPanelPath`.
  public static func lines(
    seriesCount: Int, calibrateOn: String?, calibrationSeries: Int?, when: String, englandPanelPath: String
  ) -> [String] {
    var lines: [String] = []
    if let calibrateOn, let calibrationSeries {
      lines.append(
        "ranges calibrated on the backtest errors of \(calibrationSeries) series in \(calibrateOn), \(when), moved"
          + " to centre on this panel's own typical error at each horizon, widened by that centre's uncertainty")
    }
    if let note = note(
      seriesCount: seriesCount, calibratedElsewhere: calibrateOn != nil, englandPanelPath: englandPanelPath)
    {
      lines.append(note)
    }
    return lines
  }

  /// The note for a panel of `seriesCount` series calibrated on itself, or `nil` when it needs none (a single
  /// series, a large panel, or ranges already calibrated elsewhere); it names the England panel at
  /// `englandPanelPath`.
  public static func note(seriesCount: Int, calibratedElsewhere: Bool, englandPanelPath: String) -> String? {
    guard !calibratedElsewhere, (2..<smallPanel).contains(seriesCount) else { return nil }
    return "note: the ranges are calibrated on these \(seriesCount) series' own past errors; councils of one region "
      + "share one shock a year, so such ranges have held too few outcomes (docs/forecast-validation.md). "
      + "--calibrate-on \(englandPanelPath) takes them from the England panel's 145 councils instead."
  }
}

/// One rolling-origin split: train on `trainingYears`, forecast the years after `origin`.
public struct BacktestWindow: Sendable, Equatable {
  /// The years the model may see (expanding: always from the first year).
  public let trainingYears: ClosedRange<Int>
  /// The years forecast and scored (at most `horizons` of them, only those observed).
  public let testYears: ClosedRange<Int>

  /// The forecast origin: the last training year.
  public var origin: Int { trainingYears.upperBound }

  /// Makes a window.
  public init(trainingYears: ClosedRange<Int>, testYears: ClosedRange<Int>) {
    self.trainingYears = trainingYears
    self.testYears = testYears
  }

  /// The expanding windows of a series observed over `years`, like R's `tsCV(window = NULL, initial =)`.
  ///
  /// Origins run from `first + minimumHistory − 1` to `last − 1`; each window forecasts up to `horizons` years, cut
  /// at the last observed year.
  public static func expanding(years: ClosedRange<Int>, minimumHistory: Int, horizons: Int) -> [BacktestWindow] {
    let firstOrigin = years.lowerBound + max(1, minimumHistory) - 1
    guard horizons >= 1, firstOrigin < years.upperBound else { return [] }
    return (firstOrigin..<years.upperBound).map { origin in
      BacktestWindow(
        trainingYears: years.lowerBound...origin,
        testYears: (origin + 1)...min(origin + horizons, years.upperBound))
    }
  }
}

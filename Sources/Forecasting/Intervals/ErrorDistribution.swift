import Foundation
import Statistics

/// The empirical distribution of a method's h-step forecast errors, on the log scale: log(actual / forecast).
///
/// Built only from forecasts whose outcomes were known at the origin being calibrated (see
/// ``RollingOriginBacktest``), so intervals are empirical (conformal-style) and never use the future. Quantiles are
/// linear interpolations of the sorted errors (R type 7). A horizon with fewer than ``minimumErrors`` errors borrows
/// the longest shorter horizon that has enough, scaled by √(h / k) (random-walk growth of the spread). Finally the
/// quantiles are made monotone in the horizon: lower quantiles never rise and upper quantiles never fall as the
/// horizon grows, so intervals never narrow.
///
/// Type 7 (``SampleQuantile/type7(_:_:)``) slightly under-covers in small samples (the (n + 1)p position of type 6
/// is unbiased, and the split-conformal ⌈(n + 1)p⌉ rule over-covers); it was fixed before the North East backtest
/// was run, and on the 133 English councils outside the North East it came closer to nominal coverage than either
/// alternative (docs/forecast-validation.md).
public struct ErrorDistribution: Sendable, Equatable {
  /// Sorted log errors for each horizon (index 0 is one step ahead).
  public let logErrorsByHorizon: [[Double]]
  /// The fewest errors a horizon needs to stand on its own.
  public let minimumErrors: Int

  /// The default of ``minimumErrors``.
  public static let defaultMinimumErrors = 10

  /// Makes a distribution from unsorted log errors per horizon.
  public init(logErrorsByHorizon: [[Double]], minimumErrors: Int = defaultMinimumErrors) {
    self.logErrorsByHorizon = logErrorsByHorizon.map { $0.filter(\.isFinite).sorted() }
    self.minimumErrors = max(1, minimumErrors)
  }

  /// True when at least one horizon has enough errors to give intervals.
  public var isCalibrated: Bool { logErrorsByHorizon.contains { $0.count >= minimumErrors } }

  /// The number of errors behind each horizon.
  public var errorCounts: [Int] { logErrorsByHorizon.map(\.count) }

  /// These errors moved, horizon by horizon, around each of `centres`: another panel's spread around this panel's
  /// own uncertain centre (candidate I, `docs/forecast-validation-log.md`, ninth registration). A horizon with
  /// centres c₁ … c_B becomes every e − median + c_b (the errors' type-7 median; B times as many errors: the
  /// convolution of the spread with the centre's sampling distribution). A horizon whose centres are `nil` or
  /// missing, or with no errors, is left as it is.
  public func recentred(onCentres centres: [[Double]?]) -> ErrorDistribution {
    let moved = logErrorsByHorizon.enumerated().map { horizon, errors -> [Double] in
      guard !errors.isEmpty, centres.indices.contains(horizon), let draws = centres[horizon], !draws.isEmpty
      else { return errors }
      let median = SampleQuantile.type7(errors, 0.5)
      return draws.flatMap { centre in errors.map { $0 - median + centre } }
    }
    return ErrorDistribution(logErrorsByHorizon: moved, minimumErrors: minimumErrors)
  }

  /// The p-quantile of the log error at horizons 1 … `horizon`, or `nil` when not calibrated.
  public func logQuantiles(_ probability: Double, horizon: Int) -> [Double]? {
    guard isCalibrated, horizon >= 1 else { return nil }
    let p = min(max(probability, 0), 1)
    var result: [Double] = []
    for step in 1...horizon {
      var raw = 0.0
      var found = false
      for source in stride(from: min(step, logErrorsByHorizon.count), through: 1, by: -1) {
        let sample = logErrorsByHorizon[source - 1]
        if sample.count >= minimumErrors {
          raw = SampleQuantile.type7(sample, p) * (Double(step) / Double(source)).squareRoot()
          found = true
          break
        }
      }
      if !found {
        // Only longer horizons have data: shrink the first calibrated one.
        if let source = logErrorsByHorizon.indices.first(where: { logErrorsByHorizon[$0].count >= minimumErrors }) {
          raw =
            SampleQuantile.type7(logErrorsByHorizon[source], p)
            * (Double(step) / Double(source + 1)).squareRoot()
        }
      }
      if let previous = result.last {
        raw = p < 0.5 ? min(raw, previous) : (p > 0.5 ? max(raw, previous) : raw)
      }
      result.append(raw)
    }
    return result
  }
}

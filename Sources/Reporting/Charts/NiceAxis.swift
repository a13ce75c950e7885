import Foundation

/// A value axis with "nice" round ticks (1, 2, 2.5 or 5 times a power of ten) that cover the data.
///
/// The first tick is at or below the smallest value and the last at or above the largest, so every value can be
/// drawn inside the axis. The step is the data range over the target number of intervals, rounded to a nice
/// number (after Heckbert's "nice numbers", Graphics Gems, 1990).
public struct NiceAxis: Sendable, Equatable {
  /// The tick values, ascending, evenly spaced by ``step``.
  public let ticks: [Double]
  /// The distance between neighbouring ticks.
  public let step: Double

  /// The lowest tick (the axis starts here).
  public var lower: Double { ticks.first ?? 0 }
  /// The highest tick (the axis ends here).
  public var upper: Double { ticks.last ?? 1 }

  /// An axis covering `values` (non-finite values are ignored).
  ///
  /// - Parameters:
  ///   - includeZero: make the axis reach 0 (bar charts must start at zero).
  ///   - targetTickCount: roughly how many ticks to aim for (at least 2).
  ///   - minimumStep: the smallest allowed step (1 for years, so ticks are whole years).
  public init(covering values: [Double], includeZero: Bool, targetTickCount: Int = 6, minimumStep: Double = 0) {
    let finite = values.filter(\.isFinite)
    var low = finite.min() ?? 0
    var high = finite.max() ?? 1
    if includeZero {
      low = min(low, 0)
      high = max(high, 0)
    }
    if high - low <= 0 {
      let pad = low == 0 ? 1 : abs(low) * 0.1
      low = includeZero && low >= 0 ? low : low - pad
      high = high + pad
      if includeZero, low > 0 { low = 0 }
    }
    let intervals = Double(max(1, targetTickCount - 1))
    let step = Self.bestStep(low: low, high: high, intervals: intervals, minimumStep: minimumStep)
    var first = (low / step).rounded(.down)
    var last = (high / step - 1e-9).rounded(.up)
    if first * step > low { first -= 1 }
    if last * step < high { last += 1 }
    let count = Int(max(1, min(last - first, 1000)))
    let decimals = Self.decimalPlaces(of: step)
    self.step = step
    var ticks = (0...count).map { Self.roundTo((first + Double($0)) * step, decimals: decimals) }
    if let top = ticks.last, top < high { ticks.append(Self.roundTo(top + step, decimals: decimals)) }
    if let bottom = ticks.first, bottom > low { ticks.insert(Self.roundTo(bottom - step, decimals: decimals), at: 0) }
    self.ticks = ticks
  }

  /// The nice step that wastes least of the axis on empty space while giving between 4 and 10 ticks (or, failing
  /// that, the step nearest `(high - low) / intervals`). With a `minimumStep` of 1 the step is a whole number.
  static func bestStep(low: Double, high: Double, intervals: Double, minimumStep: Double) -> Double {
    let guess = niceNumber((high - low) / intervals)
    let power = pow(10, log10(guess).rounded(.down))
    var best = max(guess, minimumStep)
    var bestSpan = Double.infinity
    // Largest steps first, so that of two equally tight axes the one with fewer ticks wins.
    for exponent in [1.0, 0, -1] {
      for mantissa in [5.0, 2.5, 2, 1] {
        let step = mantissa * power * pow(10, exponent)
        guard step >= minimumStep, minimumStep < 1 || step.rounded() == step else { continue }
        let first = (low / step).rounded(.down)
        let last = (high / step - 1e-9).rounded(.up)
        let ticks = last - first + 1
        guard ticks >= 4, ticks <= 10 else { continue }
        let span = (last - first) * step
        if span < bestSpan * (1 - 1e-9) {
          best = step
          bestSpan = span
        }
      }
    }
    return best
  }

  /// The number of the form 1, 2, 2.5, 5 or 10 times a power of ten nearest to `value` (1 when not positive).
  static func niceNumber(_ value: Double) -> Double {
    guard value.isFinite, value > 0 else { return 1 }
    let power = pow(10, log10(value).rounded(.down))
    let fraction = value / power
    let nice = fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7 ? 5 : 10
    return nice * power
  }

  private static func decimalPlaces(of step: Double) -> Int {
    var places = 0
    var scaled = step
    while places < 12, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
      scaled *= 10
      places += 1
    }
    return places
  }

  private static func roundTo(_ value: Double, decimals: Int) -> Double {
    let factor = pow(10, Double(decimals))
    let rounded = (value * factor).rounded() / factor
    return rounded == 0 ? 0 : rounded
  }
}

/// Point and interval accuracy measures over a set of forecasts. Percentages are in percent (6.5 means 6.5 %).
/// A measure that cannot be computed (no forecasts, zero actuals, zero scale) is `nil` rather than an error.
public enum AccuracyMeasures {
  /// Mean absolute percentage error, 100 · mean |actual − forecast| / actual, over pairs with a non-zero actual.
  public static func mape(actual: [Double], forecast: [Double]) -> Double? {
    let terms = zip(actual, forecast).compactMap { pair -> Double? in
      pair.0 != 0 ? abs(pair.0 - pair.1) / abs(pair.0) : nil
    }
    return terms.isEmpty ? nil : 100 * terms.reduce(0, +) / Double(terms.count)
  }

  /// Mean percentage bias, 100 · mean (forecast − actual) / actual: positive means over-forecasting.
  public static func bias(actual: [Double], forecast: [Double]) -> Double? {
    let terms = zip(actual, forecast).compactMap { pair -> Double? in
      pair.0 != 0 ? (pair.1 - pair.0) / abs(pair.0) : nil
    }
    return terms.isEmpty ? nil : 100 * terms.reduce(0, +) / Double(terms.count)
  }

  /// Mean absolute scaled error: mean of |actual − forecast| / scale, where each scale is the in-sample mean
  /// absolute one-step naive error of that forecast's training data (Hyndman and Koehler). Pairs with a `nil` or
  /// zero scale are left out.
  public static func mase(actual: [Double], forecast: [Double], scale: [Double?]) -> Double? {
    var terms: [Double] = []
    for index in actual.indices where index < forecast.count && index < scale.count {
      if let divisor = scale[index], divisor > 0 { terms.append(abs(actual[index] - forecast[index]) / divisor) }
    }
    return terms.isEmpty ? nil : terms.reduce(0, +) / Double(terms.count)
  }

  /// The in-sample mean absolute one-step naive error of `values`, or `nil` when it is zero or undefined.
  public static func naiveScale(_ values: [Double]) -> Double? {
    guard values.count >= 2 else { return nil }
    var total = 0.0
    for index in values.indices.dropFirst() { total += abs(values[index] - values[index - 1]) }
    let scale = total / Double(values.count - 1)
    return scale > 0 ? scale : nil
  }

  /// The percentage of outcomes inside their intervals (bounds inclusive), or `nil` for none.
  public static func coverage(actual: [Double], lower: [Double], upper: [Double]) -> Double? {
    let count = min(actual.count, lower.count, upper.count)
    guard count > 0 else { return nil }
    let inside = (0..<count).filter { lower[$0] <= actual[$0] && actual[$0] <= upper[$0] }.count
    return 100 * Double(inside) / Double(count)
  }
}

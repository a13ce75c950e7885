/// Quantiles of a sample.
public enum SampleQuantile {
  /// The p-quantile of sorted values, interpolating linearly between order statistics (Hyndman–Fan type 7, the
  /// default of R and NumPy); 0 for no values.
  public static func type7(_ sorted: [Double], _ probability: Double) -> Double {
    guard let first = sorted.first else { return 0 }
    guard sorted.count > 1 else { return first }
    let position = probability * Double(sorted.count - 1)
    let below = Int(position.rounded(.down))
    let above = min(below + 1, sorted.count - 1)
    return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
  }
}

extension Sequence where Element == Double {
  /// The sum of the values taken in sorted order, so the result does not depend on the order they come in.
  ///
  /// Floating-point addition is not associative, and a dictionary's iteration order changes from one process to
  /// the next, so summing a dictionary's values directly can differ in the last bit between runs, enough to flip a
  /// rounded figure. Use this wherever the values come from a dictionary or a set.
  public func sumInFixedOrder() -> Double { sorted().reduce(0, +) }
}

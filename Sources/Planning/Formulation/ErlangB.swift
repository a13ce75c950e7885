/// The Erlang B loss formula, for sizing emergency beds.
///
/// With arrivals at random (Poisson) and an offered load of `A = arrivals × mean stay` beds, `B(E, A)` is the share
/// of arrivals that find all `E` beds taken. It is computed with the stable recursion
/// `B(0, A) = 1`, `B(k, A) = A·B(k−1, A) / (k + A·B(k−1, A))`.
public enum ErlangB {
  /// The blocking probability with `beds` beds and `offeredLoad` Erlangs.
  public static func blockingProbability(beds: Int, offeredLoad: Double) -> Double {
    precondition(
      beds >= 0 && offeredLoad >= 0 && offeredLoad.isFinite, "Erlang B needs beds >= 0 and a finite load >= 0")
    var blocking = 1.0
    if beds == 0 { return blocking }
    for bed in 1...beds {
      blocking = offeredLoad * blocking / (Double(bed) + offeredLoad * blocking)
    }
    return blocking
  }

  /// The fewest beds whose blocking probability is at or below `target` (0 when there is no load).
  public static func bedsNeeded(offeredLoad: Double, blockingTarget target: Double) -> Int {
    precondition(target > 0 && target < 1, "the blocking target must be strictly between 0 and 1")
    guard offeredLoad > 0 else { return 0 }
    var beds = 0
    var blocking = 1.0
    while blocking > target {
      beds += 1
      blocking = offeredLoad * blocking / (Double(beds) + offeredLoad * blocking)
    }
    return beds
  }
}

/// Rounding that keeps totals: whole units shared in proportion to weights so that they sum to the total exactly.
enum Apportionment {
  /// `total` whole units split in proportion to `weights` by the largest-remainder method (ties to the earlier
  /// position). Negative or non-finite weights count as zero; with no positive weight, everything goes to the first.
  static func largestRemainder(_ total: Int, weights: [Double]) -> [Int] {
    guard !weights.isEmpty else { return [] }
    let clean = weights.map { $0.isFinite && $0 > 0 ? $0 : 0 }
    let sum = clean.reduce(0, +)
    guard sum > 0 else { return [total] + [Int](repeating: 0, count: weights.count - 1) }
    let exact = clean.map { Double(total) * $0 / sum }
    var shares = exact.map { Int($0.rounded(.down)) }
    var left = total - shares.reduce(0, +)
    let order = exact.indices.sorted {
      (exact[$0] - exact[$0].rounded(.down), -$0) > (exact[$1] - exact[$1].rounded(.down), -$1)
    }
    var position = 0
    while left > 0 && !order.isEmpty {
      shares[order[position % order.count]] += 1
      left -= 1
      position += 1
    }
    while left < 0 && !order.isEmpty {
      let index = order[order.count - 1 - (position % order.count)]
      if shares[index] > 0 {
        shares[index] -= 1
        left += 1
      }
      position += 1
    }
    return shares
  }
}

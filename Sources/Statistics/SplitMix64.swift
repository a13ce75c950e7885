import Foundation

/// A small seeded random number generator (SplitMix64, Steele, Lea and Flood 2014), so simulations repeat exactly for
/// the same seed on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator started from `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A uniform number in [0, 1) from the top 53 bits.
  public mutating func nextUnit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }

  /// A uniform number in (0, 1), never exactly 0 (safe for logarithms).
  public mutating func nextOpenUnit() -> Double {
    (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992.0
  }

  /// An exponential waiting time with the given rate.
  public mutating func nextExponential(rate: Double) -> Double { -log(nextOpenUnit()) / rate }

  /// A Poisson count with the given mean: Knuth's multiplication method on chunks of mean at most 20, which is exact
  /// because a sum of independent Poisson counts is Poisson.
  public mutating func nextPoisson(mean: Double) -> Int {
    guard mean > 0 else { return 0 }
    var remaining = mean
    var total = 0
    while remaining > 0 {
      let chunk = min(remaining, 20)
      remaining -= chunk
      let limit = exp(-chunk)
      var product = nextOpenUnit()
      while product > limit {
        total += 1
        product *= nextOpenUnit()
      }
    }
    return total
  }
}

extension SplitMix64 {
  /// A standard normal draw (Box–Muller).
  public mutating func nextNormal() -> Double {
    sqrt(-2 * log(nextOpenUnit())) * cos(2 * Double.pi * nextOpenUnit())
  }

  /// A Gamma draw with the given shape and scale 1 (Marsaglia and Tsang 2000; shapes below 1 use
  /// Gamma(shape + 1) × U^(1/shape)). 0 for a shape of 0 or less.
  public mutating func nextGamma(shape: Double) -> Double {
    guard shape > 0 else { return 0 }
    if shape < 1 { return nextGamma(shape: shape + 1) * pow(nextOpenUnit(), 1 / shape) }
    let d = shape - 1.0 / 3.0
    let c = 1 / sqrt(9 * d)
    while true {
      let normal = nextNormal()
      let base = 1 + c * normal
      guard base > 0 else { continue }
      let cube = base * base * base
      let uniform = nextOpenUnit()
      if log(uniform) < 0.5 * normal * normal + d - d * cube + d * log(cube) { return d * cube }
    }
  }
}

extension SplitMix64 {
  /// A binomial count: successes in `trials` independent trials of chance `probability`. Exact (inversion of the
  /// distribution function) while the variance is at most 30; beyond, the normal approximation rounded to a count.
  public mutating func nextBinomial(trials: Int, probability: Double) -> Int {
    let p = min(max(probability, 0), 1)
    guard trials > 0, p > 0 else { return 0 }
    if p >= 1 { return trials }
    if p > 0.5 { return trials - nextBinomial(trials: trials, probability: 1 - p) }
    let n = Double(trials)
    let variance = n * p * (1 - p)
    if variance > 30 {
      let draw = (n * p + variance.squareRoot() * nextNormal()).rounded()
      return Int(min(max(draw, 0), n))
    }
    return DistributionQuantile.binomialByInversion(trials: trials, probability: p, uniform: nextUnit())
  }
}

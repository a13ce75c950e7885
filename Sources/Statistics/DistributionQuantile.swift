import Foundation

/// Quantiles (inverse distribution functions) of the distributions the simulations draw from, for draws that must
/// keep one quantile across several years (a count that is high in one year of a simulated future stays high).
public enum DistributionQuantile {
  /// The standard normal quantile at `probability` in (0, 1) (Acklam's rational approximation, refined by one
  /// Halley step on the distribution function); −∞ and +∞ at 0 and 1.
  public static func standardNormal(_ probability: Double) -> Double {
    guard probability > 0 else { return -.infinity }
    guard probability < 1 else { return .infinity }
    let a = [
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
      -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    let b = [
      -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
      -1.328068155288572e+01,
    ]
    let c = [
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549671010224620e+00,
      4.374664141464968e+00, 2.938163982698783e+00,
    ]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    let tail = 0.02425
    func lowerTail(_ p: Double) -> Double {
      let q = (-2 * log(p)).squareRoot()
      return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    let x: Double
    if probability < tail {
      x = lowerTail(probability)
    } else if probability > 1 - tail {
      x = -lowerTail(1 - probability)
    } else {
      let q = probability - 0.5
      let r = q * q
      x =
        (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
    let error = 0.5 * erfc(-x / 2.0.squareRoot()) - probability
    let step = error * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    return x - step / (1 + x * step / 2)
  }

  /// The count of a binomial distribution (`trials` trials of chance `probability`) at quantile `uniform` in (0, 1):
  /// the same distribution as ``SplitMix64/nextBinomial(trials:probability:)`` gives (exact inversion while the
  /// variance is at most 30, beyond it the normal approximation rounded to a count), and never lower for a higher
  /// `uniform`.
  public static func binomial(trials: Int, probability: Double, at uniform: Double) -> Int {
    let p = min(max(probability, 0), 1)
    guard trials > 0, p > 0 else { return 0 }
    if p >= 1 { return trials }
    if p > 0.5 { return trials - binomial(trials: trials, probability: 1 - p, at: 1 - uniform) }
    let n = Double(trials)
    let variance = n * p * (1 - p)
    if variance > 30 {
      let draw = (n * p + variance.squareRoot() * standardNormal(min(max(uniform, 1e-300), 1 - 1e-16))).rounded()
      return Int(min(max(draw, 0), n))
    }
    return binomialByInversion(trials: trials, probability: p, uniform: uniform)
  }

  /// The smallest count whose binomial distribution function reaches `uniform` (`probability` in (0, 0.5]).
  static func binomialByInversion(trials: Int, probability p: Double, uniform: Double) -> Int {
    let ratio = p / (1 - p)
    var probabilityOfCount = pow(1 - p, Double(trials))
    var cumulative = probabilityOfCount
    var count = 0
    while uniform > cumulative, count < trials {
      probabilityOfCount *= Double(trials - count) / Double(count + 1) * ratio
      count += 1
      cumulative += probabilityOfCount
    }
    return count
  }
}

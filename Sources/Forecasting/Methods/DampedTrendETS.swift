import Foundation

/// Holt's damped additive trend, ETS(A,Ad,N), in the state-space form statsmodels' `ETSModel` uses:
///
///     ŷ_t = l_{t-1} + φ b_{t-1},   e_t = y_t − ŷ_t
///     l_t = l_{t-1} + φ b_{t-1} + α e_t
///     b_t = φ b_{t-1} + β e_t
///     ŷ_{T+h} = l_T + (φ + φ² + … + φ^h) b_T
///
/// ``fit(_:)`` estimates α, β, φ, l₀ and b₀ by least squares (the Gaussian likelihood with σ concentrated out)
/// with a deterministic Nelder–Mead search inside statsmodels' usual bounds: 0.0001 ≤ β ≤ α ≤ 0.9999 and
/// 0.8 ≤ φ ≤ 0.98.
public struct DampedTrendETS: Sendable, Equatable {
  /// Smoothing of the level, α.
  public let alpha: Double
  /// Smoothing of the trend, β (≤ α).
  public let beta: Double
  /// Damping of the trend, φ.
  public let phi: Double
  /// Level before the first observation, l₀.
  public let initialLevel: Double
  /// Trend before the first observation, b₀.
  public let initialTrend: Double

  /// The canonical short name.
  public static let shortName = "ETS(A,Ad,N)"
  /// The fewest observations ``fit(_:)`` accepts.
  public static let minimumObservations = 5

  /// Makes a model with known parameters and initial states.
  public init(alpha: Double, beta: Double, phi: Double, initialLevel: Double, initialTrend: Double) {
    self.alpha = alpha
    self.beta = beta
    self.phi = phi
    self.initialLevel = initialLevel
    self.initialTrend = initialTrend
  }

  /// Runs the recursions over `values`.
  ///
  /// - Returns: one-step fitted values, the final level and trend, and the sum of squared one-step errors.
  public func filter(_ values: [Double]) -> (fitted: [Double], level: Double, trend: Double, sse: Double) {
    var level = initialLevel
    var trend = initialTrend
    var fitted: [Double] = []
    fitted.reserveCapacity(values.count)
    var sse = 0.0
    for value in values {
      let prediction = level + phi * trend
      let error = value - prediction
      fitted.append(prediction)
      sse += error * error
      level = prediction + alpha * error
      trend = phi * trend + beta * error
    }
    return (fitted, level, trend, sse)
  }

  /// Point forecasts for the `horizon` years after `values` end.
  public func forecast(after values: [Double], horizon: Int) -> [Double] {
    let state = filter(values)
    var cumulative = 0.0
    var weight = 1.0
    return (1...horizon).map { _ in
      weight *= phi
      cumulative += weight
      return state.level + cumulative * state.trend
    }
  }

  /// Estimates all five parameters by least squares, or `nil` with fewer than ``minimumObservations`` values.
  public static func fit(_ values: [Double]) -> DampedTrendETS? {
    guard values.count >= minimumObservations else { return nil }
    let mean = values.reduce(0, +) / Double(values.count)
    let scale = mean > 0 ? mean : 1
    let scaled = values.map { $0 / scale }
    func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    func model(_ theta: [Double]) -> DampedTrendETS {
      let alpha = 0.0001 + 0.9998 * logistic(theta[0])
      let beta = 0.0001 + (alpha - 0.0001) * logistic(theta[1])
      let phi = 0.8 + 0.18 * logistic(theta[2])
      return DampedTrendETS(alpha: alpha, beta: beta, phi: phi, initialLevel: theta[3], initialTrend: theta[4])
    }
    let objective: ([Double]) -> Double = { model($0).filter(scaled).sse }
    let start = [0.0, 0.0, 0.0, scaled[0], scaled[1] - scaled[0]]
    let step = [1.0, 1.0, 1.0, 0.1, 0.05]
    let optimizer = NelderMead()
    var best = optimizer.minimize(objective, start: start, step: step)
    for _ in 0..<2 {
      let restart = optimizer.minimize(objective, start: best.point, step: step)
      if restart.value < best.value { best = restart } else { break }
    }
    let scaledModel = model(best.point)
    return DampedTrendETS(
      alpha: scaledModel.alpha, beta: scaledModel.beta, phi: scaledModel.phi,
      initialLevel: scaledModel.initialLevel * scale, initialTrend: scaledModel.initialTrend * scale)
  }
}

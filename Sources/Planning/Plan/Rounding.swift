import Foundation

/// Rounding used in plan outputs, so solver noise (1e-12) never reaches a file.
enum Rounding {
  /// Placements and households: 4 decimals; values within 1e-7 of zero become 0.
  static func count(_ value: Double) -> Double { round(value, decimals: 4) }
  /// Money: pence.
  static func money(_ value: Double) -> Double { round(value, decimals: 2) }
  /// Shares and probabilities: 6 decimals.
  static func share(_ value: Double) -> Double { round(value, decimals: 6) }

  private static func round(_ value: Double, decimals: Int) -> Double {
    guard value.isFinite else { return 0 }
    if abs(value) < 1e-7 { return 0 }
    let scale = pow(10, Double(decimals))
    let rounded = (value * scale).rounded() / scale
    return rounded == 0 ? 0 : rounded
  }
}

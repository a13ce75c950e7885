/// A deterministic Nelder–Mead simplex minimiser for a handful of unconstrained parameters.
///
/// Bounds are the caller's job (map bounded parameters through a logistic). Standard coefficients: reflection 1,
/// expansion 2, contraction 0.5, shrink 0.5. Stops when the spread of function values in the simplex falls below
/// `tolerance` or after `maximumEvaluations`.
public struct NelderMead: Sendable {
  /// Stop when max − min of the simplex values is below this.
  public var tolerance: Double
  /// Stop after this many function evaluations.
  public var maximumEvaluations: Int

  /// Makes a minimiser.
  public init(tolerance: Double = 1e-10, maximumEvaluations: Int = 4000) {
    self.tolerance = tolerance
    self.maximumEvaluations = maximumEvaluations
  }

  /// Minimises `objective` from `start`, with an initial simplex of steps `step` along each axis.
  ///
  /// - Returns: the best point found and its value. Non-finite objective values are treated as +infinity.
  public func minimize(
    _ objective: ([Double]) -> Double, start: [Double], step: [Double]
  ) -> (point: [Double], value: Double) {
    let dimension = start.count
    func evaluate(_ point: [Double]) -> Double {
      let value = objective(point)
      return value.isFinite ? value : .infinity
    }
    var simplex: [[Double]] = [start]
    for axis in 0..<dimension {
      var vertex = start
      vertex[axis] += step[axis]
      simplex.append(vertex)
    }
    var values = simplex.map(evaluate)
    var evaluations = values.count
    while evaluations < maximumEvaluations {
      let order = values.indices.sorted { values[$0] < values[$1] }
      simplex = order.map { simplex[$0] }
      values = order.map { values[$0] }
      guard let best = values.first, let worst = values.last else { break }
      if worst - best <= tolerance * (1 + abs(best)) { break }
      var centroid = Array(repeating: 0.0, count: dimension)
      for vertex in simplex.dropLast() {
        for axis in 0..<dimension { centroid[axis] += vertex[axis] / Double(dimension) }
      }
      func along(_ coefficient: Double) -> [Double] {
        (0..<dimension).map { centroid[$0] + coefficient * (simplex[dimension][$0] - centroid[$0]) }
      }
      let reflected = along(-1)
      let reflectedValue = evaluate(reflected)
      evaluations += 1
      if reflectedValue < values[0] {
        let expanded = along(-2)
        let expandedValue = evaluate(expanded)
        evaluations += 1
        if expandedValue < reflectedValue {
          simplex[dimension] = expanded
          values[dimension] = expandedValue
        } else {
          simplex[dimension] = reflected
          values[dimension] = reflectedValue
        }
      } else if reflectedValue < values[dimension - 1] {
        simplex[dimension] = reflected
        values[dimension] = reflectedValue
      } else {
        let outside = reflectedValue < values[dimension]
        let contracted = along(outside ? -0.5 : 0.5)
        let contractedValue = evaluate(contracted)
        evaluations += 1
        if contractedValue < min(reflectedValue, values[dimension]) {
          simplex[dimension] = contracted
          values[dimension] = contractedValue
        } else {
          for index in 1...dimension {
            simplex[index] = (0..<dimension).map { simplex[0][$0] + 0.5 * (simplex[index][$0] - simplex[0][$0]) }
            values[index] = evaluate(simplex[index])
          }
          evaluations += dimension
        }
      }
    }
    let bestIndex = values.indices.min { values[$0] < values[$1] } ?? 0
    return (simplex[bestIndex], values[bestIndex])
  }
}

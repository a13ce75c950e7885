/// How long one phase of a run took (diagnostics only; never written to output files).
public struct PhaseTiming: Sendable, Equatable {
  /// The phase, such as `build`, `solve` or `interpret`.
  public var phase: String
  /// Wall-clock seconds.
  public var seconds: Double

  /// Creates a timing.
  public init(phase: String, seconds: Double) {
    self.phase = phase
    self.seconds = seconds
  }

  /// Runs `body` and appends its wall-clock time under `phase`.
  public static func measure<T>(_ phase: String, into timings: inout [PhaseTiming], _ body: () throws -> T) rethrows
    -> T
  {
    let (result, seconds) = try timed(body)
    timings.append(PhaseTiming(phase: phase, seconds: seconds))
    return result
  }

  /// Runs `body` and returns its result with its wall-clock time in seconds.
  public static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
  }
}

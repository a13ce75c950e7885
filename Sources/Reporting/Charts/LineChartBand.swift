extension LineChart {
  /// A shaded range behind the lines with a middle line through it, such as the P10 to P90 of a sweep's futures with
  /// its P50: the range is filled, its ends and middle are labelled at the right-hand end, and the data table gives
  /// the three values for each x.
  public struct Band: Sendable, Hashable {
    /// The low, middle and high value at one x.
    public struct Step: Sendable, Hashable {
      /// The horizontal position, such as the year 2026.
      public var x: Double
      /// The range's low end.
      public var lower: Double
      /// The middle value, drawn as a line.
      public var middle: Double
      /// The range's high end.
      public var upper: Double

      /// The range at `x` from `lower` to `upper` with `middle`.
      public init(x: Double, lower: Double, middle: Double, upper: Double) {
        self.x = x
        self.lower = lower
        self.middle = middle
        self.upper = upper
      }
    }

    /// What the shaded range holds, in the legend ("8 in 10 futures, P10 to P90").
    public var name: String
    /// The low end's name, at its end and over its table column ("P10 (low)").
    public var lowerName: String
    /// The middle line's name ("P50 (middle)").
    public var middleName: String
    /// The high end's name ("P90 (high)").
    public var upperName: String
    /// The steps, in any order (drawn sorted by x; steps with a non-finite value are skipped).
    public var steps: [Step]

    /// A band.
    public init(name: String, lowerName: String, middleName: String, upperName: String, steps: [Step]) {
      self.name = name
      self.lowerName = lowerName
      self.middleName = middleName
      self.upperName = upperName
      self.steps = steps
    }

    /// The steps drawn: finite ones, sorted by x.
    var drawnSteps: [Step] {
      steps.filter { [$0.x, $0.lower, $0.middle, $0.upper].allSatisfy(\.isFinite) }.sorted { $0.x < $1.x }
    }
  }
}

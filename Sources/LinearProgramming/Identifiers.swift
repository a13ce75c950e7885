/// A variable (column) of one ``LinearProgram``: an opaque, model-scoped index.
///
/// IDs are handed out by ``LinearProgram/addVariable(name:lowerBound:upperBound:objective:kind:)`` and are only
/// meaningful for the program that made them. They never expose a solver's own row or column numbers.
public struct VariableID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Position of the variable in ``LinearProgram/variables`` (0-based).
  public let index: Int

  /// Wraps a 0-based position. Prefer the IDs returned by ``LinearProgram``.
  public init(index: Int) { self.index = index }

  public static func < (lhs: VariableID, rhs: VariableID) -> Bool { lhs.index < rhs.index }
  public var description: String { "x\(index)" }
}

/// A constraint (row) of one ``LinearProgram``: an opaque, model-scoped index.
public struct ConstraintID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Position of the constraint in ``LinearProgram/constraints`` (0-based).
  public let index: Int

  /// Wraps a 0-based position. Prefer the IDs returned by ``LinearProgram``.
  public init(index: Int) { self.index = index }

  public static func < (lhs: ConstraintID, rhs: ConstraintID) -> Bool { lhs.index < rhs.index }
  public var description: String { "c\(index)" }
}

/// The status of one row or column in a simplex basis.
public enum BasisStatus: Int, Sendable, Codable {
  case basic = 1
  case atLower = 2
  case atUpper = 3
  case free = 4
  case fixed = 5
}

/// A simplex basis, to warm-start a later solve of a programme with the same rows and columns.
public struct Basis: Sendable, Equatable {
  public var rows: [BasisStatus]
  public var columns: [BasisStatus]

  /// Creates a basis from per-row and per-column statuses.
  public init(rows: [BasisStatus], columns: [BasisStatus]) {
    self.rows = rows
    self.columns = columns
  }

  /// True when the basis has one status per row and column of `program`.
  public func fits(_ program: LinearProgram) -> Bool {
    rows.count == program.constraints.count && columns.count == program.variables.count
  }
}

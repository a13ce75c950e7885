/// A headline number shown as a tile: "Saving over five years / £4,210,000 / against the status-quo mix".
public struct KeyFigure: Sendable, Hashable {
  /// What the number is ("Saving over the horizon").
  public var label: String
  /// The number, already formatted (use ``ValueFormat/string(_:)``), such as `£4,210,000`.
  public var value: String
  /// A short qualification under the number ("against the status-quo mix"); empty for none.
  public var note: String

  /// A tile with a label, a formatted value and an optional note.
  public init(label: String, value: String, note: String = "") {
    self.label = label
    self.value = value
    self.note = note
  }

  /// A tile whose value is `number` written in `format`.
  public init(label: String, number: Double, format: ValueFormat, note: String = "") {
    self.init(label: label, value: format.string(number), note: note)
  }
}

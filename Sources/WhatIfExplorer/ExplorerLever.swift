/// One scenario value the explorer's page offers as a form field: its path (as `--set` takes it), words for a
/// commissioner, the unit, and the scenario's own value.
public struct ExplorerLever: Sendable, Equatable {
  /// The field path in the scenario, such as `in_house_fostering[east_cleveland].max_recruits_per_year`; also the
  /// form field's name.
  public var path: String
  /// The field's label.
  public var label: String
  /// The unit shown after the field, such as "households a year".
  public var unit: String
  /// One plain sentence on what the value means and what changing it does.
  public var help: String
  /// The fieldset the field is shown in.
  public var group: String
  /// The scenario's value as text (empty when the scenario leaves it out).
  public var baseline: String
}

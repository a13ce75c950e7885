/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: String, Sendable, Codable, CaseIterable {
  case minimize
  case maximize
}

/// A typed, string-backed identifier, so an area ID cannot be passed where a provider ID is expected.
public struct Identifier<Kind>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier as written in the scenario file.
  public let rawValue: String

  /// Wraps a raw identifier.
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { rawValue }
}

/// Tags for ``Identifier``.
public enum AuthorityTag {}
public enum AreaTag {}
public enum NeedGroupTag {}
public enum ProvisionTypeTag {}
public enum ProviderTag {}

/// A local authority (council) in the scenario.
public typealias AuthorityID = Identifier<AuthorityTag>
/// A home area: where demand originates and where in-house carers live.
public typealias AreaID = Identifier<AreaTag>
/// A group of children with similar placement needs.
public typealias NeedGroupID = Identifier<NeedGroupTag>
/// A kind of provision (in-house fostering, IFA, …).
public typealias ProvisionTypeID = Identifier<ProvisionTypeTag>
/// A provider or capacity pool.
public typealias ProviderID = Identifier<ProviderTag>

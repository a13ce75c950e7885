/// The planner's provision types: the kinds of placement a sufficiency plan counts, buys and recruits for.
public enum EpisodeProvisionType: String, CaseIterable, Sendable, Comparable, Codable {
  /// Fostering with the council's own approved carers (SSDA903 U4–U6 with provider PR1).
  case fosteringInHouse = "fostering_in_house"
  /// Fostering through an independent fostering agency (U4–U6 with PR4 private or PR5 voluntary).
  case fosteringAgency = "fostering_agency"
  /// Fostering with relatives or friends (U1–U3), whoever the provider.
  case kinship
  /// Children's homes (K2) and residential care homes (R1).
  case residential
  /// Supported or semi-independent accommodation and independent living (H5, K3, P2).
  case supported
  /// Placed with parents or others with parental responsibility (P1).
  case placedWithParents = "placed_with_parents"
  /// Placed for adoption (A3–A6).
  case adoption
  /// Everything else: secure units, hospitals, custody, residential schools, temporary placements, unknown codes.
  case other

  /// The identifier used in files and column names (`fostering_in_house`).
  public var identifier: String { rawValue }

  /// A short label for reports.
  public var label: String {
    switch self {
    case .fosteringInHouse: "Fostering (in-house)"
    case .fosteringAgency: "Fostering (agency)"
    case .kinship: "Kinship fostering"
    case .residential: "Residential"
    case .supported: "Supported accommodation"
    case .placedWithParents: "Placed with parents"
    case .adoption: "Placed for adoption"
    case .other: "Other"
    }
  }

  /// True for the three fostering types, which DfE counts together as foster placements.
  public var isFostering: Bool { self == .fosteringInHouse || self == .fosteringAgency || self == .kinship }

  /// The type whose identifier is `text` (case-insensitive), or `nil`.
  public init?(identifier text: String) {
    let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let match = Self.allCases.first(where: { $0.rawValue == wanted }) else { return nil }
    self = match
  }

  /// Declaration order.
  public static func < (lhs: EpisodeProvisionType, rhs: EpisodeProvisionType) -> Bool { lhs.order < rhs.order }

  private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

import Foundation
import TableIO

/// How SSDA903 placement codes (PLACE, PLACE_PROVIDER) map to the planner's provision types.
///
/// A rule matches a PLACE code and either one PLACE_PROVIDER code or any provider (`*`). The rule for the exact
/// provider wins over the `*` rule. A combination no rule matches maps to ``EpisodeProvisionType/other`` and is counted as
/// an unknown code. The default table (``standard``; also shipped as `Data/ssda903/placement-mapping.csv`):
///
/// | PLACE | PLACE_PROVIDER | provision type |
/// |---|---|---|
/// | U1, U2, U3 | * | kinship |
/// | U4, U5, U6 | PR1, PR2, PR3 | fostering_in_house |
/// | U4, U5, U6 | PR4, PR5 | fostering_agency |
/// | K2, R1 | * | residential |
/// | H5, K3, P2 | * | supported |
/// | P1 | * | placed_with_parents |
/// | A3, A4, A5, A6 | * | adoption |
/// | A1, A2, K1, P3, R2, R3, R5, S1, T0–T4, Z1 | * | other |
///
/// PR2 (another council's carers) and PR3 (other public provision) count as in-house, as many councils report
/// them. Override any row with a CSV of the same three columns (``overriding(with:)``).
public struct PlacementMapping: Sendable, Equatable {
  /// One row of the table.
  public struct Rule: Sendable, Equatable, Hashable, Comparable {
    /// The PLACE code, upper case.
    public let place: String
    /// The PLACE_PROVIDER code, upper case, or `nil` for any provider.
    public let provider: String?
    /// The provision type.
    public let provisionType: EpisodeProvisionType

    /// A rule; codes are trimmed and upper-cased.
    public init(place: String, provider: String?, provisionType: EpisodeProvisionType) {
      self.place = place.trimmingCharacters(in: .whitespaces).uppercased()
      let trimmed = provider?.trimmingCharacters(in: .whitespaces).uppercased()
      self.provider = (trimmed == nil || trimmed == "" || trimmed == "*") ? nil : trimmed
      self.provisionType = provisionType
    }

    public static func < (lhs: Rule, rhs: Rule) -> Bool {
      (lhs.place, lhs.provider ?? "*") < (rhs.place, rhs.provider ?? "*")
    }
  }

  /// The rules, sorted by PLACE then provider.
  public let rules: [Rule]
  private let exact: [String: EpisodeProvisionType]
  private let anyProvider: [String: EpisodeProvisionType]

  /// A mapping from rules; a later rule for the same PLACE and provider replaces an earlier one.
  public init(rules: [Rule]) {
    var byKey: [String: Rule] = [:]
    for rule in rules { byKey[Self.key(rule.place, rule.provider)] = rule }
    self.rules = byKey.values.sorted()
    var exact: [String: EpisodeProvisionType] = [:]
    var anyProvider: [String: EpisodeProvisionType] = [:]
    for rule in self.rules {
      if let provider = rule.provider {
        exact[Self.key(rule.place, provider)] = rule.provisionType
      } else {
        anyProvider[rule.place] = rule.provisionType
      }
    }
    self.exact = exact
    self.anyProvider = anyProvider
  }

  /// The provision type for a placement, or `nil` when no rule matches (the caller counts it and uses `other`).
  public func provisionType(place: String, provider: String) -> EpisodeProvisionType? {
    if let type = exact[Self.key(place, provider)] { return type }
    return anyProvider[place]
  }

  /// The standard table described above.
  public static let standard: PlacementMapping = {
    var rules: [Rule] = []
    for place in ["U1", "U2", "U3"] { rules.append(Rule(place: place, provider: nil, provisionType: .kinship)) }
    for place in ["U4", "U5", "U6"] {
      for provider in ["PR1", "PR2", "PR3"] {
        rules.append(Rule(place: place, provider: provider, provisionType: .fosteringInHouse))
      }
      for provider in ["PR4", "PR5"] {
        rules.append(Rule(place: place, provider: provider, provisionType: .fosteringAgency))
      }
    }
    for place in ["K2", "R1"] { rules.append(Rule(place: place, provider: nil, provisionType: .residential)) }
    for place in ["H5", "K3", "P2"] { rules.append(Rule(place: place, provider: nil, provisionType: .supported)) }
    rules.append(Rule(place: "P1", provider: nil, provisionType: .placedWithParents))
    for place in ["A3", "A4", "A5", "A6"] { rules.append(Rule(place: place, provider: nil, provisionType: .adoption)) }
    for place in ["A1", "A2", "K1", "P3", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "Z1"] {
      rules.append(Rule(place: place, provider: nil, provisionType: .other))
    }
    return PlacementMapping(rules: rules)
  }()

  /// This mapping with the rules of a user's CSV file added, replacing rules for the same PLACE and provider.
  ///
  /// The file has the columns `PLACE`, `PLACE_PROVIDER` (a code, `*` or blank for any provider) and
  /// `provision_type` (one of ``EpisodeProvisionType`` identifiers), in any order and case.
  /// - Throws: ``EpisodeIngestError/badMapping(path:problems:)`` listing every bad row.
  public func overriding(with url: URL) throws -> PlacementMapping {
    let table = try CSVTable(contentsOf: url)
    func column(_ name: String) -> Int? { table.header.firstIndex { $0.uppercased() == name.uppercased() } }
    guard let placeColumn = column("PLACE"), let typeColumn = column("provision_type") else {
      throw TableIOError.missingColumns(
        path: table.path,
        columns: ["PLACE", "PLACE_PROVIDER", "provision_type"].filter { column($0) == nil },
        found: table.header)
    }
    let providerColumn = column("PLACE_PROVIDER")
    var added: [Rule] = []
    var problems: [IngestProblem] = []
    for (index, row) in table.rows.enumerated() {
      let line = table.lineNumbers[index]
      let place = row[placeColumn].trimmingCharacters(in: .whitespaces)
      let typeText = row[typeColumn]
      guard !place.isEmpty else {
        problems.append(IngestProblem(file: table.path, line: line, column: "PLACE", message: "blank PLACE code"))
        continue
      }
      guard let type = EpisodeProvisionType(identifier: typeText) else {
        let known = EpisodeProvisionType.allCases.map(\.identifier).joined(separator: ", ")
        problems.append(
          IngestProblem(
            file: table.path, line: line, column: "provision_type",
            message: "'\(typeText)' is not a provision type (use one of \(known))"))
        continue
      }
      added.append(Rule(place: place, provider: providerColumn.map { row[$0] }, provisionType: type))
    }
    if !problems.isEmpty { throw EpisodeIngestError.badMapping(path: table.path, problems: problems) }
    return PlacementMapping(rules: rules + added)
  }

  /// The table as CSV (`PLACE,PLACE_PROVIDER,provision_type`), the format ``overriding(with:)`` reads.
  public var csvDocument: CSVDocument {
    var document = CSVDocument(header: ["PLACE", "PLACE_PROVIDER", "provision_type"])
    for rule in rules { document.append([rule.place, rule.provider ?? "*", rule.provisionType.identifier]) }
    return document
  }

  private static func key(_ place: String, _ provider: String?) -> String { place + "|" + (provider ?? "*") }

  public static func == (lhs: PlacementMapping, rhs: PlacementMapping) -> Bool { lhs.rules == rhs.rules }
}

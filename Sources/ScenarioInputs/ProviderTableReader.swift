import MessageFormat
import PlacementDomain
import TableIO

/// Reads providers from a CSV table (for long lists, such as a national market).
///
/// Columns: `id`, `provision`, `weekly_price` (required); `name`, `latitude`, `longitude`, `places` (the same every
/// year; `unlimited` written out for no limit: a blank cell is an error, since a forgotten figure must not become
/// unlimited capacity), `sibling_places` (places approved for sibling groups, every year; blank is none) and
/// `price_<need group>` for need-specific weekly prices (optional). Any other column is an error: a misspelt or
/// unsupported column must not be dropped unread.
struct ProviderTableReader {
  let table: CSVTable
  let planYears: [Int]

  /// The columns read, besides those starting `price_`.
  static let knownColumns: Set<String> = [
    "id", "provision", "weekly_price", "name", "latitude", "longitude", "places", "sibling_places",
  ]

  /// The providers read, each with its line, recording every problem.
  func read(_ issues: inout [ScenarioIssue]) -> [(provider: Provider, line: Int)] {
    let columns: [String: Int]
    let idColumn: Int
    let provisionColumn: Int
    do {
      columns = try table.requireColumns(["id", "provision", "weekly_price"])
      guard let id = columns["id"], let provision = columns["provision"] else { return [] }
      (idColumn, provisionColumn) = (id, provision)
    } catch {
      issues.append(
        ScenarioIssue(
          file: table.path, line: 1, path: "header", message: "\(error)",
          fix: "add the missing columns to the header row"))
      return []
    }
    let nameColumn = table.columnIndex("name")
    let latitudeColumn = table.columnIndex("latitude")
    let longitudeColumn = table.columnIndex("longitude")
    let placesColumn = table.columnIndex("places")
    let siblingPlacesColumn = table.columnIndex("sibling_places")
    headerIssues(&issues)
    let priceColumns = table.header.enumerated().filter { $0.element.hasPrefix("price_") }
    if placesColumn == nil {
      issues.append(
        ScenarioIssue(
          severity: .warning, file: table.path, line: 1, path: "header",
          message: "no places column: every provider in this table is taken to have unlimited places",
          fix: "add a places column (write 'unlimited' where there is no limit)"))
    }
    var providers: [(provider: Provider, line: Int)] = []
    for row in table.rows.indices {
      let line = table.lineNumbers[row]
      func problem(_ column: String, _ message: String, _ fix: String) {
        issues.append(ScenarioIssue(file: table.path, line: line, path: "\(column)", message: message, fix: fix))
      }
      func number(_ column: Int?, _ name: String, _ range: ClosedRange<Double>) -> Double?? {
        guard let column else { return .some(nil) }
        do {
          guard let value = try table.number(row: row, column: column) else { return .some(nil) }
          guard range.contains(value) else {
            problem(
              name, "\(NumberFormat.plain(value)) is out of range",
              "use a value between \(NumberFormat.plain(range.lowerBound)) and \(NumberFormat.plain(range.upperBound))")
            return nil
          }
          return .some(value)
        } catch TableIOError.badValue(_, _, _, let value, let expected) {
          problem(name, "'\(value)' is not \(expected)", "write a plain number such as 12 or 0.5")
          return nil
        } catch {
          problem(name, "\(error)", "write a plain number such as 12 or 0.5")
          return nil
        }
      }
      let id = String(PlainDecimal.trimmed(table.rows[row][idColumn]))
      let provision = String(PlainDecimal.trimmed(table.rows[row][provisionColumn]))
      if id.isEmpty {
        problem("id", "empty id", "give every provider an id")
        continue
      }
      if provision.isEmpty {
        problem("provision", "empty provision type", "name a provision type such as ifa")
        continue
      }
      guard let priceValue = number(columns["weekly_price"], "weekly_price", 0...1e6), let price = priceValue else {
        if case .some(.none) = number(columns["weekly_price"], "weekly_price", 0...1e6) {
          problem("weekly_price", "missing weekly price", "give a weekly price in £")
        }
        continue
      }
      let placesCell = placesColumn.map { String(PlainDecimal.trimmed(table.rows[row][$0])) } ?? "unlimited"
      let unlimited = placesCell.lowercased() == "unlimited"
      if placesCell.isEmpty || CSVTable.suppressionMarkers.contains(placesCell) {
        problem(
          "places", "provider '\(MessageText.shown(id))' has no places", "write its number of places, or 'unlimited'")
        continue
      }
      guard let latitude = number(latitudeColumn, "latitude", -90...90),
        let longitude = number(longitudeColumn, "longitude", -180...180),
        let places = unlimited ? .some(nil) : number(placesColumn, "places", 0...1e6),
        let siblingPlaces = number(siblingPlacesColumn, "sibling_places", 0...1e6)
      else { continue }
      var location: GeoPoint?
      if let latitude, let longitude { location = GeoPoint(latitude: latitude, longitude: longitude) }
      var byNeed: [NeedGroupID: Double] = [:]
      for (index, header) in priceColumns {
        if let value = number(index, header, 0...1e6), let value {
          byNeed[NeedGroupID(String(header.dropFirst(6)))] = value
        }
      }
      let name = nameColumn.map { table.rows[row][$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? id
      providers.append(
        (
          Provider(
            id: ProviderID(id), name: name, provisionType: ProvisionTypeID(provision), location: location,
            placesByYear: places.map { value in Dictionary(uniqueKeysWithValues: planYears.map { ($0, value) }) },
            weeklyPrice: price, weeklyPriceByNeed: byNeed, siblingPlaces: siblingPlaces ?? 0), line
        ))
    }
    return providers
  }

  /// An error for each header cell that is not a column read (with the nearest known name), for each column named
  /// twice (only the first would be read) and for an unnamed column holding values. Unnamed empty columns, as
  /// spreadsheets leave after the last, carry nothing and pass.
  private func headerIssues(_ issues: inout [ScenarioIssue]) {
    func error(_ column: String, _ message: String, _ fix: String) {
      issues.append(ScenarioIssue(file: table.path, line: 1, path: column, message: message, fix: fix))
    }
    let allowed = Self.knownColumns.sorted()
    var seen: Set<String> = []
    for (index, name) in table.header.enumerated() {
      if name.isEmpty {
        if table.rows.contains(where: { !PlainDecimal.trimmed($0[index]).isEmpty }) {
          error("header", "column \(index + 1) has no name but holds values", "name the column or delete it")
        }
        continue
      }
      let shown = MessageText.shown(name)
      if !seen.insert(name).inserted {
        error(shown, "column '\(shown)' appears more than once", "keep one column of that name")
      } else if !Self.knownColumns.contains(name) && !name.hasPrefix("price_") {
        let nearest = allowed.min { editDistance($0, name) < editDistance($1, name) } ?? "id"
        error(
          shown, "unknown column '\(shown)'",
          "did you mean '\(nearest)'? Columns read: \(allowed.joined(separator: ", ")), price_<need group>; "
            + "remove any other")
      }
    }
  }
}

import Foundation
import Geodesy
import TableIO

/// Centroids of UK postcode districts (outward codes such as `TS10`), for the distance from home to placement.
///
/// SSDA903 HOME_POST and PL_POST usually hold a district or sector (`TS10 1`) or a full postcode; ``district(of:)``
/// reduces any of these to the district.
public struct PostcodeDistricts: Sendable {
  /// A district's centroid in degrees (WGS84).
  public struct Centroid: Sendable, Equatable {
    /// Latitude in degrees.
    public let latitude: Double
    /// Longitude in degrees.
    public let longitude: Double
  }

  /// Centroids by district, upper case without spaces.
  public let centroids: [String: Centroid]

  /// Districts from a dictionary (district → centroid); keys are normalised.
  public init(centroids: [String: Centroid]) {
    var normalised: [String: Centroid] = [:]
    for (district, centroid) in centroids { normalised[Self.district(of: district) ?? district] = centroid }
    self.centroids = normalised
  }

  /// Reads a centroid CSV with columns `postcode` (the district; `district` or `outcode` also accepted), `latitude`
  /// and `longitude`, such as `Data/postcodes/uk_postcode_district_centroids.csv`.
  /// - Throws: a `TableIOError` when the file cannot be read, or ``EpisodeIngestError/badPostcodes(path:problems:)``.
  public init(contentsOf url: URL) throws {
    let table = try CSVTable(contentsOf: url)
    func column(_ names: [String]) -> Int? {
      table.header.firstIndex { names.contains($0.lowercased()) }
    }
    guard let codeColumn = column(["postcode", "district", "outcode", "postcode_district"]),
      let latitudeColumn = column(["latitude", "lat"]), let longitudeColumn = column(["longitude", "lon", "long"])
    else {
      throw EpisodeIngestError.badPostcodes(
        path: table.path,
        problems: [
          IngestProblem(
            file: table.path, line: 1, column: nil,
            message: "needs columns postcode, latitude, longitude; found \(table.header)")
        ])
    }
    var centroids: [String: Centroid] = [:]
    var problems: [IngestProblem] = []
    for (index, row) in table.rows.enumerated() {
      let line = table.lineNumbers[index]
      guard let district = Self.district(of: row[codeColumn]) else { continue }
      guard let latitude = Double(row[latitudeColumn].trimmingCharacters(in: .whitespaces)),
        let longitude = Double(row[longitudeColumn].trimmingCharacters(in: .whitespaces)),
        (-90...90).contains(latitude), (-180...180).contains(longitude)
      else {
        if row[latitudeColumn].trimmingCharacters(in: .whitespaces).isEmpty { continue }
        problems.append(
          IngestProblem(
            file: table.path, line: line, column: "latitude/longitude",
            message: "'\(row[latitudeColumn])', '\(row[longitudeColumn])' is not a position"))
        continue
      }
      centroids[district] = Centroid(latitude: latitude, longitude: longitude)
    }
    if !problems.isEmpty { throw EpisodeIngestError.badPostcodes(path: table.path, problems: problems) }
    self.centroids = centroids
  }

  /// The centroid of the district a postcode (full, sector or district) is in, or `nil` when it is blank or unknown.
  public func centroid(of postcode: String) -> Centroid? {
    guard let district = Self.district(of: postcode) else { return nil }
    return centroids[district]
  }

  /// Miles between the districts of two postcodes, or `nil` when either is blank or unknown.
  public func miles(from home: String, to placement: String) -> Double? {
    guard let from = centroid(of: home), let to = centroid(of: placement) else { return nil }
    return GreatCircle.miles(
      latitude1: from.latitude, longitude1: from.longitude,
      latitude2: to.latitude, longitude2: to.longitude)
  }

  /// The district (outward code) of a postcode: upper case, no spaces. `TS10 1AB`, `ts101ab`, `TS10 1` and `TS10`
  /// all give `TS10`. `nil` for a blank cell.
  public static func district(of postcode: String) -> String? {
    let upper = postcode.asciiTrimmedUppercased
    let bytes = Array(upper.utf8)
    if bytes.isEmpty { return nil }
    if let space = bytes.firstIndex(of: 32) { return String(decoding: bytes[..<space], as: UTF8.self) }
    // A full postcode written without its space ends with the inward code: a digit and two letters.
    let count = bytes.count
    func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    func isLetter(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    if count >= 5, isDigit(bytes[count - 3]), isLetter(bytes[count - 2]), isLetter(bytes[count - 1]) {
      return String(decoding: bytes[..<(count - 3)], as: UTF8.self)
    }
    return upper
  }
}

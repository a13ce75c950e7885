import Foundation
import Geodesy
import MessageFormat
import TableIO

/// The council boundaries drawn on the report's map: a GeoJSON file of England's upper-tier councils, simplified by
/// `Scripts/simplify_boundaries.py` (see `Data/boundaries/README.md` for its source and licence).
public enum CouncilBoundaryFile {
  /// The boundaries in the first of `candidates` that exists (the places the command line looks for the shipped
  /// file); `nil` when none does (the report's map then shows its points alone).
  public static func read(firstExistingOf candidates: [URL]) throws -> MapBoundaries? {
    guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return nil }
    return try read(url)
  }

  /// The boundaries in the GeoJSON file at `url`: a feature collection with a `source` member (the attribution
  /// printed under the map) whose features have `code` and `name` properties and `Polygon` or `MultiPolygon`
  /// geometry in longitude and latitude.
  public static func read(_ url: URL) throws -> MapBoundaries {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw InvalidInputError(
        message: "Could not read the council boundaries \(url.path): \(error.localizedDescription)")
    }
    return try parse(data, name: url.path)
  }

  /// The boundaries in GeoJSON `data` (see ``read(_:)``); `name` names the file in messages.
  public static func parse(_ data: Data, name: String) throws -> MapBoundaries {
    let collection: FeatureCollection
    do {
      collection = try JSONDecoder().decode(FeatureCollection.self, from: data)
    } catch {
      throw InvalidInputError(
        message: "The council boundaries \(name) are not a GeoJSON feature collection with a source, and code, name"
          + " and Polygon or MultiPolygon geometry for each feature: \(error)")
    }
    var areas: [MapBoundaries.Area] = []
    for feature in collection.features {
      let rings = feature.geometry.polygons.joined().map { ring in
        ring.compactMap { position in
          position.count >= 2 && position[0].isFinite && position[1].isFinite
            ? MapBoundaries.Vertex(longitude: position[0], latitude: position[1]) : nil
        }
      }
      areas.append(MapBoundaries.Area(code: feature.properties.code, name: feature.properties.name, rings: rings))
    }
    return MapBoundaries(areas: areas.sorted { ($0.code, $0.name) < ($1.code, $1.name) }, source: collection.source)
  }

  private struct FeatureCollection: Decodable {
    let source: String
    let features: [Feature]
  }

  private struct Feature: Decodable {
    struct Properties: Decodable {
      let code: String
      let name: String
    }
    let properties: Properties
    let geometry: Geometry
  }

  /// A `Polygon` (rings) or `MultiPolygon` (polygons of rings), held as polygons of rings of positions.
  private struct Geometry: Decodable {
    let polygons: [[[[Double]]]]

    enum CodingKeys: String, CodingKey { case type, coordinates }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      let type = try container.decode(String.self, forKey: .type)
      switch type {
      case "Polygon": polygons = [try container.decode([[[Double]]].self, forKey: .coordinates)]
      case "MultiPolygon": polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates)
      default:
        throw DecodingError.dataCorruptedError(
          forKey: .type, in: container, debugDescription: "geometry type \(type) is not Polygon or MultiPolygon")
      }
    }
  }
}

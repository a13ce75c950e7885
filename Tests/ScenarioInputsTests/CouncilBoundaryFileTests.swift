import Foundation
import MessageFormat
import ScenarioInputs
import TableIO
import Testing

/// Reading the council boundaries drawn on the report's map (GeoJSON, as Scripts/simplify_boundaries.py writes it).
@Suite("Council boundary file")
struct CouncilBoundaryFileTests {
  @Test("polygons and multipolygons become rings of vertices, sorted by code, with the file's source")
  func parsesPolygons() throws {
    let text = """
      {"type":"FeatureCollection","source":"Test, OGL v3.0","features":[
      {"type":"Feature","properties":{"code":"E06000002","name":"Second"},
       "geometry":{"type":"MultiPolygon","coordinates":[[[[0,50],[1,50],[1,51],[0,50]]],[[[2,50],[3,50],[3,51],[2,50]]]]}},
      {"type":"Feature","properties":{"code":"E06000001","name":"First"},
       "geometry":{"type":"Polygon","coordinates":[[[-1.5,54.5],[-1.0,54.5],[-1.0,54.7],[-1.5,54.5]]]}}]}
      """
    let boundaries = try CouncilBoundaryFile.parse(Data(text.utf8), name: "test.geojson")
    #expect(boundaries.source == "Test, OGL v3.0")
    #expect(boundaries.areas.map(\.code) == ["E06000001", "E06000002"])
    #expect(boundaries.areas.map(\.rings.count) == [1, 2])
    #expect(boundaries.areas[0].rings[0][1].longitude == -1.0 && boundaries.areas[0].rings[0][2].latitude == 54.7)
  }

  @Test("the first candidate that exists is read; none existing gives no boundaries")
  func readsFirstExistingCandidate() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boundaries-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = folder.appendingPathComponent("missing.geojson")
    let present = folder.appendingPathComponent("present.geojson")
    try Data(#"{"type":"FeatureCollection","source":"Present","features":[]}"#.utf8).write(to: present)
    #expect(try CouncilBoundaryFile.read(firstExistingOf: [missing, present])?.source == "Present")
    #expect(try CouncilBoundaryFile.read(firstExistingOf: [missing]) == nil)
  }

  @Test("a file that is not such GeoJSON is invalid input, naming the file")
  func rejectsBadFiles() {
    for text in [
      "not json", #"{"type":"FeatureCollection","features":[]}"#,
      #"{"source":"s","features":[{"properties":{"code":"E1","name":"n"},"geometry":{"type":"Point","coordinates":[0,0]}}]}"#,
    ] {
      #expect(throws: InvalidInputError.self) { try CouncilBoundaryFile.parse(Data(text.utf8), name: "bad.geojson") }
      do {
        _ = try CouncilBoundaryFile.parse(Data(text.utf8), name: "bad.geojson")
      } catch {
        #expect("\(error)".contains("bad.geojson"))
      }
    }
  }
}

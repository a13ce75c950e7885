import CareEpisodes
import Foundation
import PlacementDomain

/// The postcode locator scenarios use for `postcode:`: the bundled district-centroid table, read the first time a
/// scenario names a postcode.
public enum ScenarioPostcodes {
  /// A locator over the table at the first of `candidates` that exists (the places the command line looks for the
  /// shipped table), or `nil` when none does (the table is not installed).
  public static func locator(firstExistingOf candidates: [URL]) -> PostcodeLocator? {
    guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return nil }
    let table = LazyTable(url: url)
    return PostcodeLocator(source: url.lastPathComponent) { postcode in
      try table.districts().centroid(of: postcode).map { GeoPoint(latitude: $0.latitude, longitude: $0.longitude) }
    }
  }

  /// The table, read once on first use by whichever thread asks first.
  private final class LazyTable: @unchecked Sendable {
    let url: URL
    private let lock = NSLock()
    private var loaded: PostcodeDistricts?

    init(url: URL) { self.url = url }

    func districts() throws -> PostcodeDistricts {
      lock.lock()
      defer { lock.unlock() }
      if let loaded { return loaded }
      let table = try PostcodeDistricts(contentsOf: url)
      loaded = table
      return table
    }
  }
}

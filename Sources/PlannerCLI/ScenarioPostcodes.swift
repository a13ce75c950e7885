import CareEpisodes
import Foundation
import PlacementDomain
import ScenarioInputs

/// The postcode locator scenarios use for `postcode:`: the bundled district-centroid table, read the first time a
/// scenario names a postcode.
enum ScenarioPostcodes {
  /// A locator over the bundled table, or `nil` when the table is not installed.
  static func locator() -> PostcodeLocator? {
    guard
      let url = BundledData.candidates(BundledData.postcodeTable).first(where: {
        FileManager.default.fileExists(atPath: $0.path)
      })
    else { return nil }
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

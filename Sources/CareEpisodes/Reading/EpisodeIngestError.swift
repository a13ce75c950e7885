import MessageFormat
import TableIO

/// Why a folder of SSDA903 files could not be turned into a history.
public enum EpisodeIngestError: ReportableError, Equatable {
  /// The folder does not exist or cannot be listed.
  case folderNotFound(path: String, reason: String)
  /// The folder holds no episodes file (`YYYY-episodes.csv` or a name containing "episodes").
  case noEpisodeFiles(folder: String, found: [String])
  /// The files were read, but problems make them unusable (missing columns, no valid episode left).
  case unusable(problems: [IngestProblem])
  /// A placement-mapping file has bad rows.
  case badMapping(path: String, problems: [IngestProblem])
  /// A postcode centroid file has bad rows or columns.
  case badPostcodes(path: String, problems: [IngestProblem])
  /// An option has a value that cannot be used.
  case badOption(name: String, reason: String)

  public var isInvalidInput: Bool { true }

  public var description: String {
    switch self {
    case .folderNotFound(let path, let reason):
      return "\(path): cannot open the folder (\(reason)). Give the folder that holds the SSDA903 CSV files."
    case .noEpisodeFiles(let folder, let found):
      let listing = found.isEmpty ? "it is empty" : "found: " + found.joined(separator: ", ")
      return "\(folder): no SSDA903 episodes file (\(listing)). Put each year's return in the folder as "
        + "YYYY-episodes.csv and YYYY-header.csv."
    case .unusable(let problems):
      return "the SSDA903 files cannot be used:\n" + Self.listing(problems)
    case .badMapping(let path, let problems):
      return "\(path): the placement mapping has bad rows (columns PLACE, PLACE_PROVIDER, provision_type):\n"
        + Self.listing(problems)
    case .badPostcodes(let path, let problems):
      return "\(path): the postcode centroid file cannot be used (columns postcode, latitude, longitude):\n"
        + Self.listing(problems)
    case .badOption(let name, let reason):
      return "option \(name): \(reason)"
    }
  }

  private static func listing(_ problems: [IngestProblem]) -> String {
    let shown = problems.prefix(50).map { "  " + $0.description }
    let more = problems.count > 50 ? ["  … and \(problems.count - 50) more"] : []
    return (shown + more).joined(separator: "\n")
  }
}

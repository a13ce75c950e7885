/// One placement episode after reading and cleaning: a row of an SSDA903 Episodes file, joined to the child's date
/// of birth from a Header file.
public struct CareEpisode: Sendable, Equatable {
  /// The child's identifier (CHILD).
  public let child: String
  /// The start date (DECOM).
  public let start: CalendarDay
  /// The end date (DEC) after cleaning, or `nil` while the episode is open at the end of the data.
  public internal(set) var end: CalendarDay?
  /// Reason for new episode (RNE), upper case.
  public let reasonForNewEpisode: String
  /// Legal status (LS), upper case.
  public let legalStatus: String
  /// Category of need (CIN), upper case.
  public let categoryOfNeed: String
  /// Placement type (PLACE), upper case.
  public let place: String
  /// Placement provider (PLACE_PROVIDER), upper case.
  public let provider: String
  /// Reason the episode ceased (REC), upper case.
  public let reasonEnded: String
  /// The home postcode as recorded (HOME_POST).
  public let homePostcode: String
  /// The placement postcode as recorded (PL_POST).
  public let placementPostcode: String
  /// The planner's provision type for PLACE and PLACE_PROVIDER.
  public internal(set) var provisionType: EpisodeProvisionType
  /// The child's date of birth from the Header files, or `nil` when no header row has a valid one.
  public internal(set) var dateOfBirth: CalendarDay?
  /// The collection year (ending 31 March) of the return this row came from.
  public internal(set) var returnYear: Int
  /// The file this row came from.
  public let sourceFile: String
  /// The row's line in that file.
  public let sourceLine: Int
  /// True when this episode starts a period of care (no episode of the same child ends on its start day).
  public internal(set) var startsPeriodOfCare = true
  /// True when this episode ends a period of care (it is closed and no episode of the same child starts on its end
  /// day).
  public internal(set) var endsPeriodOfCare = false

  /// True when the child is looked after in this episode at the end of `day`: started on or before it and not ended
  /// on or before it (DfE's rule for the 31 March count).
  public func isOpen(atEndOf day: CalendarDay) -> Bool {
    start <= day && (end.map { $0 > day } ?? true)
  }

  /// The child's age in whole years on a day, or `nil` without a date of birth.
  public func age(on day: CalendarDay) -> Int? { dateOfBirth?.age(on: day) }

  /// True when everything but where the row came from is the same (an exact duplicate).
  func hasSameContent(as other: CareEpisode) -> Bool {
    child == other.child && start == other.start && end == other.end
      && reasonForNewEpisode == other.reasonForNewEpisode && legalStatus == other.legalStatus
      && categoryOfNeed == other.categoryOfNeed && place == other.place && provider == other.provider
      && reasonEnded == other.reasonEnded && homePostcode == other.homePostcode
      && placementPostcode == other.placementPostcode
  }

  /// Orders episodes by child, start, end (open last), then content, so exact duplicates sit together.
  static func cleaningOrder(_ lhs: CareEpisode, _ rhs: CareEpisode) -> Bool {
    if lhs.child != rhs.child { return lhs.child < rhs.child }
    if lhs.start != rhs.start { return lhs.start < rhs.start }
    let lhsEnd = lhs.end?.dayNumber ?? Int.max
    let rhsEnd = rhs.end?.dayNumber ?? Int.max
    if lhsEnd != rhsEnd { return lhsEnd < rhsEnd }
    let lhsCodes = (lhs.reasonForNewEpisode, lhs.legalStatus, lhs.categoryOfNeed, lhs.place, lhs.provider)
    let rhsCodes = (rhs.reasonForNewEpisode, rhs.legalStatus, rhs.categoryOfNeed, rhs.place, rhs.provider)
    if lhsCodes != rhsCodes { return lhsCodes < rhsCodes }
    let lhsRest = (lhs.reasonEnded, lhs.homePostcode, lhs.placementPostcode)
    let rhsRest = (rhs.reasonEnded, rhs.homePostcode, rhs.placementPostcode)
    if lhsRest != rhsRest { return lhsRest < rhsRest }
    return (lhs.returnYear, lhs.sourceFile, lhs.sourceLine) < (rhs.returnYear, rhs.sourceFile, rhs.sourceLine)
  }

  init(
    child: String, start: CalendarDay, end: CalendarDay?, reasonForNewEpisode: String, legalStatus: String,
    categoryOfNeed: String, place: String, provider: String, reasonEnded: String, homePostcode: String,
    placementPostcode: String, provisionType: EpisodeProvisionType, returnYear: Int, sourceFile: String, sourceLine: Int
  ) {
    self.child = child
    self.start = start
    self.end = end
    self.reasonForNewEpisode = reasonForNewEpisode
    self.legalStatus = legalStatus
    self.categoryOfNeed = categoryOfNeed
    self.place = place
    self.provider = provider
    self.reasonEnded = reasonEnded
    self.homePostcode = homePostcode
    self.placementPostcode = placementPostcode
    self.provisionType = provisionType
    self.returnYear = returnYear
    self.sourceFile = sourceFile
    self.sourceLine = sourceLine
  }
}

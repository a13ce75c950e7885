/// Cleans stitched episodes the way the public demand models do, counting every change in the quality report.
///
/// In order:
/// 1. Leave out short-break episodes (LS `V3`, `V4`) unless asked to keep them.
/// 2. Drop exact duplicates (the same episode repeated in consecutive returns).
/// 3. For episodes of one child with the same start, keep one version: the one with the latest end date, a closed
///    version over an open one, then the latest return.
/// 4. For episodes of one child with the same end, keep the longest.
/// 5. An episode open in one return whose child appears in no later return (when later returns exist) ends on
///    1 April after that return's year: the child was looked after on 31 March but not in the next year.
/// 6. An episode that is open or ends after the start of the child's next episode ends on that start.
/// 7. Join dates of birth; drop episodes without one, drop episodes starting at 18 or over, and end episodes on the
///    18th birthday.
/// 8. Mark where periods of care start and end (a period is a run of episodes each starting the day the last ended).
enum EpisodeCleaner {
  /// The cleaned episodes, sorted by child and start.
  static func clean(
    _ raw: [CareEpisode], datesOfBirth: [String: CalendarDay], includeShortBreaks: Bool,
    report: inout DataQualityReport
  ) -> [CareEpisode] {
    var episodes = raw
    if !includeShortBreaks {
      let before = episodes.count
      episodes.removeAll { $0.legalStatus == "V3" || $0.legalStatus == "V4" }
      report.shortBreakEpisodesExcluded = before - episodes.count
    }
    episodes.sort(by: CareEpisode.cleaningOrder)

    // 2. Exact duplicates: adjacent after sorting; keep the latest return's row (the last).
    var unique: [CareEpisode] = []
    unique.reserveCapacity(episodes.count)
    for episode in episodes {
      if let last = unique.last, last.hasSameContent(as: episode) {
        unique[unique.count - 1] = episode
        report.exactDuplicatesDropped += 1
      } else {
        unique.append(episode)
      }
    }

    // 3. One version per child and start.
    var byStart: [CareEpisode] = []
    byStart.reserveCapacity(unique.count)
    for episode in unique {
      if let last = byStart.last, last.child == episode.child, last.start == episode.start {
        if Self.preferred(episode, over: last) { byStart[byStart.count - 1] = episode }
        report.supersededVersionsDropped += 1
      } else {
        byStart.append(episode)
      }
    }

    // 4. One episode per child and (closed) end: keep the earliest start.
    var seenEnds: Set<Int> = []
    var currentChild = ""
    var byEnd: [CareEpisode] = []
    byEnd.reserveCapacity(byStart.count)
    for episode in byStart {
      if episode.child != currentChild {
        currentChild = episode.child
        seenEnds.removeAll(keepingCapacity: true)
      }
      if let end = episode.end {
        if seenEnds.contains(end.dayNumber) {
          report.sameEndDropped += 1
          continue
        }
        seenEnds.insert(end.dayNumber)
      }
      byEnd.append(episode)
    }

    // 5. Open episodes of children missing from every later return.
    var lastReturnOfChild: [String: Int] = [:]
    for episode in byEnd { lastReturnOfChild[episode.child] = max(lastReturnOfChild[episode.child] ?? 0, episode.returnYear) }
    let latestReturn = byEnd.map(\.returnYear).max() ?? 0
    for index in byEnd.indices where byEnd[index].end == nil {
      let returnYear = byEnd[index].returnYear
      if returnYear < latestReturn, (lastReturnOfChild[byEnd[index].child] ?? 0) <= returnYear {
        byEnd[index].end = CalendarDay.thirtyFirstMarch(returnYear).adding(days: 1)
        report.openEpisodesMissingFromLaterReturns += 1
      }
    }

    // 6. Close at the next start.
    for index in byEnd.indices.dropLast() where byEnd[index].child == byEnd[index + 1].child {
      let nextStart = byEnd[index + 1].start
      if let end = byEnd[index].end {
        if end > nextStart {
          byEnd[index].end = nextStart
          report.overlapsShortened += 1
        }
      } else {
        byEnd[index].end = nextStart
        report.openEpisodesClosedAtNextStart += 1
      }
    }

    // 7. Dates of birth and leaving care at 18.
    var cleaned: [CareEpisode] = []
    cleaned.reserveCapacity(byEnd.count)
    for var episode in byEnd {
      guard let birth = datesOfBirth[episode.child] else {
        report.episodesWithoutDateOfBirth += 1
        continue
      }
      episode.dateOfBirth = birth
      let eighteenth = birth.birthday(years: 18)
      if episode.start >= eighteenth {
        report.episodesStartingAfter18Dropped += 1
        continue
      }
      if episode.end.map({ $0 > eighteenth }) ?? true {
        episode.end = eighteenth
        report.episodesClosedAt18 += 1
      }
      cleaned.append(episode)
    }

    // 8. Periods of care.
    for index in cleaned.indices {
      let previous = index > cleaned.startIndex ? cleaned[index - 1] : nil
      let next = index + 1 < cleaned.endIndex ? cleaned[index + 1] : nil
      cleaned[index].startsPeriodOfCare =
        !(previous.map { $0.child == cleaned[index].child && $0.end == cleaned[index].start } ?? false)
      let continues = next.map { $0.child == cleaned[index].child && cleaned[index].end == $0.start } ?? false
      cleaned[index].endsPeriodOfCare = cleaned[index].end != nil && !continues
    }
    report.episodesKept = cleaned.count
    report.childrenKept = Set(cleaned.map(\.child)).count
    return cleaned
  }

  /// Whether `candidate` should replace `current` as the version of an episode (same child and start).
  private static func preferred(_ candidate: CareEpisode, over current: CareEpisode) -> Bool {
    switch (candidate.end, current.end) {
    case (nil, nil): return candidate.returnYear >= current.returnYear
    case (nil, _?): return false
    case (_?, nil): return true
    case (let candidateEnd?, let currentEnd?):
      if candidateEnd != currentEnd { return candidateEnd > currentEnd }
      return candidate.returnYear >= current.returnYear
    }
  }
}

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
/// 7. Join dates of birth; drop episodes without one or starting before it, drop episodes starting at 18 or over,
///    and end episodes on the 18th birthday (an open episode only when the birthday falls on or before the end of
///    the data).
/// 8. Mark where periods of care start and end (a period is a run of episodes each starting the day the last ended).
enum EpisodeCleaner {
  /// The cleaned episodes, sorted by child and start.
  static func clean(
    _ raw: [CareEpisode], datesOfBirth: [String: CalendarDay], includeShortBreaks: Bool, dataEnd: CalendarDay,
    report: inout DataQualityReport
  ) -> [CareEpisode] {
    // Sort positions rather than the (large) episodes themselves, then copy once.
    var positions = Array(raw.indices)
    if !includeShortBreaks {
      positions.removeAll { raw[$0].legalStatus == "V3" || raw[$0].legalStatus == "V4" }
      report.shortBreakEpisodesExcluded = raw.count - positions.count
    }
    // Compact keys (child's rank, start, end) decide almost every comparison without touching the episodes.
    let childRank = Dictionary(
      uniqueKeysWithValues: Set(raw.map(\.child)).sorted().enumerated().map { ($0.element, $0.offset) })
    let keys = raw.map { episode in
      (childRank[episode.child] ?? 0, episode.start.dayNumber, episode.end?.dayNumber ?? Int.max)
    }
    positions.sort { lhs, rhs in
      let (left, right) = (keys[lhs], keys[rhs])
      if left != right { return left < right }
      return CareEpisode.cleaningOrder(raw[lhs], raw[rhs])
    }
    var episodes = positions.map { raw[$0] }

    // 2. Exact duplicates: adjacent after sorting; keep the latest return's row (the last). Passes 2–4 compact the
    // array in place.
    var kept = 0
    for index in episodes.indices {
      if kept > 0, episodes[kept - 1].hasSameContent(as: episodes[index]) {
        episodes[kept - 1] = episodes[index]
        report.exactDuplicatesDropped += 1
      } else {
        if kept != index { episodes[kept] = episodes[index] }
        kept += 1
      }
    }
    episodes.removeLast(episodes.count - kept)

    // 3. One version per child and start.
    kept = 0
    for index in episodes.indices {
      if kept > 0, episodes[kept - 1].child == episodes[index].child, episodes[kept - 1].start == episodes[index].start
      {
        if Self.preferred(episodes[index], over: episodes[kept - 1]) { episodes[kept - 1] = episodes[index] }
        report.supersededVersionsDropped += 1
      } else {
        if kept != index { episodes[kept] = episodes[index] }
        kept += 1
      }
    }
    episodes.removeLast(episodes.count - kept)

    // 4. One episode per child and (closed) end: keep the earliest start.
    var seenEnds: Set<Int> = []
    var currentChild = ""
    kept = 0
    for index in episodes.indices {
      if episodes[index].child != currentChild {
        currentChild = episodes[index].child
        seenEnds.removeAll(keepingCapacity: true)
      }
      if let end = episodes[index].end {
        if seenEnds.contains(end.dayNumber) {
          report.sameEndDropped += 1
          continue
        }
        seenEnds.insert(end.dayNumber)
      }
      if kept != index { episodes[kept] = episodes[index] }
      kept += 1
    }
    episodes.removeLast(episodes.count - kept)

    // 5. Open episodes of children missing from every later return.
    var lastReturnOfChild: [String: Int] = [:]
    for episode in episodes {
      lastReturnOfChild[episode.child] = max(lastReturnOfChild[episode.child] ?? 0, episode.returnYear)
    }
    let latestReturn = episodes.map(\.returnYear).max() ?? 0
    for index in episodes.indices where episodes[index].end == nil {
      let returnYear = episodes[index].returnYear
      if returnYear < latestReturn, (lastReturnOfChild[episodes[index].child] ?? 0) <= returnYear {
        episodes[index].end = CalendarDay.thirtyFirstMarch(returnYear).adding(days: 1)
        report.openEpisodesMissingFromLaterReturns += 1
      }
    }

    // 6. Close at the next start.
    for index in episodes.indices.dropLast() where episodes[index].child == episodes[index + 1].child {
      let nextStart = episodes[index + 1].start
      if let end = episodes[index].end {
        if end > nextStart {
          episodes[index].end = nextStart
          report.overlapsShortened += 1
        }
      } else {
        episodes[index].end = nextStart
        report.openEpisodesClosedAtNextStart += 1
      }
    }

    // 7. Dates of birth and leaving care at 18.
    var cleaned = episodes
    episodes = []
    kept = 0
    for index in cleaned.indices {
      guard let birth = datesOfBirth[cleaned[index].child] else {
        report.episodesWithoutDateOfBirth += 1
        continue
      }
      if cleaned[index].start < birth {
        report.episodesStartingBeforeBirthDropped += 1
        report.problems.append(
          IngestProblem(
            file: cleaned[index].sourceFile, line: cleaned[index].sourceLine, column: "DECOM",
            message: "episode starts on \(cleaned[index].start), before child \(cleaned[index].child)'s date of birth "
              + "\(birth); dropped (correct the start date or the date of birth)"))
        continue
      }
      let eighteenth = birth.birthday(years: 18)
      if cleaned[index].start >= eighteenth {
        report.episodesStartingAfter18Dropped += 1
        continue
      }
      if kept != index { cleaned[kept] = cleaned[index] }
      cleaned[kept].dateOfBirth = birth
      if cleaned[kept].end.map({ $0 > eighteenth }) ?? (eighteenth <= dataEnd) {
        cleaned[kept].end = eighteenth
        report.episodesClosedAt18 += 1
      }
      kept += 1
    }
    cleaned.removeLast(cleaned.count - kept)

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

import MessageFormat

/// What `ingest-903` prints of the stability inputs, and the what-if file it writes with `--authority`.
extension SSDA903StabilityInputs {
  /// The lines `ingest-903` prints.
  public var summary: String {
    var text = [
      "placement stability (placed_at_base at 31 March \(year); stability.continuation, the share of placements"
        + " still the same a year later, pooled over the years):"
    ]
    for line in lines {
      let share = line.continuation.map { NumberFormat.fixed($0, decimals: 2) } ?? "-"
      let sources = line.sources.map(\.identifier).joined(separator: " + ")
      text.append("  \(line.provisionType) (\(sources)): placed \(line.placed), continuation \(share)")
    }
    if let turning16Share {
      text.append("  turning 16 in the year: \(NumberFormat.fixed(turning16Share, decimals: 3)) of the under-16s")
    }
    return text.joined(separator: "\n")
  }

  /// A what-if file setting the scenario's `placed_at_base` for `authority` and `stability.continuation` (types
  /// with no placements over the years keep the scenario's own or default rate).
  public func whatIf(authority: String, folder: String) -> String {
    let placed = lines.map { "\($0.provisionType): \($0.placed)" }.joined(separator: ", ")
    let rates = lines.compactMap { line in
      line.continuation.map { "\(line.provisionType): \(NumberFormat.fixed($0, decimals: 2))" }
    }.joined(separator: ", ")
    var text = [
      "# Placement stability measured from the SSDA903 returns in \(folder) by `sufficiency ingest-903`.",
      "# Apply it to a scenario with: sufficiency plan SCENARIO --what-if THIS_FILE",
      "# Children's homes of any provider are counted as external_residential: move those in the council's own",
      "# homes to in_house_residential. Kinship carers are counted as in-house fostering.",
      "demand[\(authority)].placed_at_base: {\(placed)}",
    ]
    if !rates.isEmpty { text.append("stability.continuation: {\(rates)}") }
    if let turning16Share {
      text.append("# A sixth of the 10-15-year-olds (an even spread over the band) over all under-16s:")
      text.append("demand[\(authority)].ages.turning_16_share: \(NumberFormat.fixed(turning16Share, decimals: 3))")
    }
    return text.joined(separator: "\n") + "\n"
  }
}

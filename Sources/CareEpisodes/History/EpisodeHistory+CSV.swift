import MessageFormat
import TableIO

extension EpisodeHistory {
  /// The columns of ``historyDocument(laCode:laName:)``: the DfE panel's names where the panel has the figure
  /// (`time_period`, `new_la_code`, `la_code_harmonised` (both the `laCode` given), `la_name`, `cla_31mar`,
  /// `starts`, `ceased`, `pl_foster` (all three fostering types), `pl_adoption`, `pl_parents`, `pl_foster_share`,
  /// `dist_le20mi`, `dist_gt20mi`, `dist_unknown`), then stock by provision type (`stock_<type>`), by
  /// age band (`age_under_1` … `age_16_plus`), emergency arrivals and mean stay in days, and the share placed more
  /// than 20 miles from home overall (`pct_gt20mi`, a fraction) and by provision type (`pct_gt20mi_<type>`).
  public static var historyColumns: [String] {
    [
      "time_period", "new_la_code", "la_code_harmonised", "la_name", "cla_31mar", "starts", "ceased", "pl_foster",
      "pl_adoption", "pl_parents", "pl_foster_share",
    ]
      + EpisodeProvisionType.allCases.map { "stock_" + $0.identifier }
      + AgeBand.allCases.map(\.identifier)
      + ["emergency_arrivals", "emergency_mean_stay_days", "dist_le20mi", "dist_gt20mi", "dist_unknown", "pct_gt20mi"]
      + EpisodeProvisionType.allCases.map { "pct_gt20mi_" + $0.identifier }
  }

  /// The annual history as CSV, one row per year, in the DfE panel's layout (see ``historyColumns``). Shares are
  /// fractions with four decimals; a blank share means no child had a known distance.
  public func historyDocument(laCode: String, laName: String) -> CSVDocument {
    var document = CSVDocument(header: Self.historyColumns)
    func share(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, decimals: 4) } ?? "" }
    for year in years {
      let fostering = EpisodeProvisionType.allCases.filter(\.isFostering).reduce(0) { $0 + year.stock(of: $1) }
      var row = [
        String(year.year), laCode, laCode, laName, String(year.lookedAfter), String(year.starts),
        String(year.ceased), String(fostering), String(year.stock(of: .adoption)),
        String(year.stock(of: .placedWithParents)),
        share(year.lookedAfter > 0 ? Double(fostering) / Double(year.lookedAfter) : nil),
      ]
      row += EpisodeProvisionType.allCases.map { String(year.stock(of: $0)) }
      row += AgeBand.allCases.map { String(year.stock(in: $0)) }
      let distance = year.distance
      row += [
        String(year.emergencyArrivals),
        year.emergencyMeanStayDays.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
        String(distance.withinLimit), String(distance.beyondLimit), String(distance.unknown),
        share(distance.shareBeyondLimit),
      ]
      row += EpisodeProvisionType.allCases.map { share(year.distanceByProvision[$0]?.shareBeyondLimit) }
      document.append(row)
    }
    return document
  }

  /// Lengths of the periods of care ending each year as CSV: `time_period`, `periods`, `mean_days`, then one
  /// column of counts per band.
  public func lengthOfStayDocument() -> CSVDocument {
    var document = CSVDocument(header: ["time_period", "periods", "mean_days"] + LengthOfStay.bands.map(\.label))
    for year in lengthOfStay {
      document.append(
        [
          String(year.year), String(year.periods),
          year.meanDays.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
        ]
          + year.counts.map(String.init))
    }
    return document
  }
}

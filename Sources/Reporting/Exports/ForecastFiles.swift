import Forecasting
import MessageFormat
import TableIO

/// The files `forecast` writes: `forecast.csv` (each year's total and groups with their 80 % and 95 % ranges),
/// `flows.csv` (entrants and endings consistent with the central forecast) and `paths.csv` (simulated paths).
/// Children to one decimal.
public enum ForecastFiles {
  /// The columns of `forecast.csv`.
  public static let forecastHeader = [
    "year", "series", "need_group", "point", "lower_80", "upper_80", "lower_95", "upper_95", "method",
  ]

  /// The files of one series' forecast: `forecast.csv` from `rows`, `flows.csv` when the history gives `flows`, and
  /// `paths.csv` when there are simulated `paths`.
  public static func files(
    rows: [ForecastTableRow], forecast: Forecast, series: String, flows: ForecastFlows?, paths: [[Double]]
  ) -> [(name: String, text: String)] {
    var files = [(name: "forecast.csv", text: forecastDocument(rows).render())]
    if let flows {
      let document = flowsDocument(years: forecast.years, series: series, stock: forecast.point, flows: flows)
      files.append((name: "flows.csv", text: document.render()))
    }
    if !paths.isEmpty {
      files.append((name: "paths.csv", text: pathsDocument(years: forecast.years, paths: paths).render()))
    }
    return files
  }

  /// `forecast.csv`: one row per row of the forecast table, in its order.
  public static func forecastDocument(_ rows: [ForecastTableRow]) -> CSVDocument {
    var document = CSVDocument(header: forecastHeader)
    for row in rows {
      document.append(
        [String(row.year), row.series, row.group] + row.values.map { NumberFormat.fixed($0, decimals: 1) }
          + [row.method])
    }
    return document
  }

  /// `flows.csv`: per forecast year of `series`, the central stock and the entrants and endings that give it.
  public static func flowsDocument(years: [Int], series: String, stock: [Double], flows: ForecastFlows)
    -> CSVDocument
  {
    var document = CSVDocument(header: ["year", "series", "stock", "entrants", "endings"])
    for (index, year) in years.enumerated() {
      document.append(
        [String(year), series]
          + [stock[index], flows.entrants[index], flows.endings[index]].map { NumberFormat.fixed($0, decimals: 1) })
    }
    return document
  }

  /// `paths.csv`: each simulated path (numbered from 1), one row per year.
  public static func pathsDocument(years: [Int], paths: [[Double]]) -> CSVDocument {
    var document = CSVDocument(header: ["path", "year", "value"])
    for (pathIndex, path) in paths.enumerated() {
      for (index, year) in years.enumerated() {
        document.append([String(pathIndex + 1), String(year), NumberFormat.fixed(path[index], decimals: 1)])
      }
    }
    return document
  }
}

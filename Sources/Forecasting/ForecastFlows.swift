/// Children entering and leaving care in each forecast year, consistent with a forecast of the stock: for every
/// year, stock(t) = stock(t − 1) + entrants(t) − endings(t) holds exactly.
///
/// The flows start from the stock-flow model (``StockFlowModel/flows(_:horizon:)``: entrants as a rate of the
/// projected population, endings as the recent share of the opening stock leaving). Where the forecast stock is
/// higher than that model gives, the difference is booked as extra entrants; where it is lower, as extra endings; so
/// neither flow is ever negative.
public struct ForecastFlows: Sendable, Equatable {
  /// Children entering care in each forecast year.
  public let entrants: [Double]
  /// Children leaving care in each forecast year.
  public let endings: [Double]

  /// Makes flows.
  public init(entrants: [Double], endings: [Double]) {
    self.entrants = entrants
    self.endings = endings
  }

  /// The flows consistent with `stock` (one value per year after the series' last year), or `nil` when the series
  /// has no starts and ceased to model them from.
  public static func consistent(with stock: [Double], history series: AnnualSeries) -> ForecastFlows? {
    guard !stock.isEmpty, let last = series.values.last,
      let model = StockFlowModel.flows(series, horizon: stock.count)
    else { return nil }
    var entrants: [Double] = []
    var endings: [Double] = []
    var opening = last
    for (index, closing) in stock.enumerated() {
      let modelEntrants = model.startsPerYear[index]
      let modelEndings = opening * model.exitFraction
      let residual = closing - (opening + modelEntrants - modelEndings)
      entrants.append(modelEntrants + max(0, residual))
      endings.append(modelEndings + max(0, -residual))
      opening = closing
    }
    return ForecastFlows(entrants: entrants, endings: endings)
  }
}

import MessageFormat
import TableIO

/// A coordinate written into SVG: fixed two decimals, no locale, so output is byte-identical.
func svgNumber(_ value: Double) -> String {
  NumberFormat.fixed(value.isFinite ? value : 0, decimals: 2)
}

/// An approximate rendered width of `text` in pixels at `fontSize`, for layout (legends, margins, wrapping).
func estimatedTextWidth(_ text: String, fontSize: Double) -> Double {
  var units = 0.0
  for character in text {
    if "ijl.,:;'|!()".contains(character) {
      units += 0.28
    } else if "mwMW%@".contains(character) {
      units += 0.85
    } else if character.isUppercase {
      units += 0.66
    } else if character == " " {
      units += 0.28
    } else {
      units += 0.53
    }
  }
  return units * fontSize
}

/// A linear map from data values to pixels.
struct LinearScale: Sendable {
  /// The data value at ``rangeStart``.
  let domainStart: Double
  /// The data value at ``rangeEnd``.
  let domainEnd: Double
  /// The pixel position of ``domainStart``.
  let rangeStart: Double
  /// The pixel position of ``domainEnd``.
  let rangeEnd: Double

  /// The pixel position of `value` (values outside the domain map outside the range).
  func position(_ value: Double) -> Double {
    let span = domainEnd - domainStart
    guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
    return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
  }
}

/// The drawing area of a chart: the whole SVG size and the plot rectangle inside the margins.
struct PlotArea: Sendable {
  /// The SVG width in pixels.
  let width: Double
  /// The SVG height in pixels.
  let height: Double
  /// The plot rectangle's left edge.
  let left: Double
  /// The plot rectangle's top edge.
  let top: Double
  /// The plot rectangle's right edge.
  let right: Double
  /// The plot rectangle's bottom edge.
  let bottom: Double

  /// The plot rectangle's width.
  var plotWidth: Double { right - left }
  /// The plot rectangle's height.
  var plotHeight: Double { bottom - top }

  /// The vertical scale from `axis` (its lowest tick at the bottom, highest at the top).
  func valueScale(_ axis: NiceAxis) -> LinearScale {
    LinearScale(domainStart: axis.lower, domainEnd: axis.upper, rangeStart: bottom, rangeEnd: top)
  }

  /// An invisible rectangle marking the plot area (tests and readers of the SVG use it).
  var boundaryNode: MarkupNode {
    .el(
      "rect",
      [
        ("class", "plot-area"), ("x", svgNumber(left)), ("y", svgNumber(top)),
        ("width", svgNumber(plotWidth)), ("height", svgNumber(plotHeight)), ("fill", "none"),
      ])
  }
}

// `plot METRIC for A, B, …`: several clusters or scenarios on one chart, a mark each, a
// legend, a y axis with round ticks in the metric's unit, years on the x axis.

import ClusterModel
import ClusterWorkspace

/// A chart of several series over the same years, drawn in text that any terminal shows.
/// The scale is kept with the drawing so that a test can check every mark against the data.
struct SeriesChart {
  /// The marks, in the order of the series; a ninth series reuses the first mark.
  static let marks: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]
  /// The marks on a UTF-8 terminal: filled and hollow shapes, told apart in grey too.
  static let unicodeMarks: [Character] = ["●", "○", "■", "□", "▲", "△", "◆", "◇"]

  let metric: String
  let names: [String]
  let years: [Int]
  let series: [[Double?]]
  /// The value of the bottom and the top row, and the rows of the grid.
  let bottom: Double
  let top: Double
  let height: Int
  /// The value between two ticks; the ticks are `bottom`, `bottom + tick` … `top`.
  let tick: Double
  /// The years drawn (indices into `years`), each in the column `index × step`.
  let picked: [Int]
  let step: Int
  /// The grid, row 0 the bottom.
  let grid: [[Character]]
  let labelWidth: Int
  let labels: [String]
  /// What the tick labels count in: the metric's unit (`musd`), or nothing.
  let unit: String
  let divisor: Double

  static func mark(_ series: Int, unicode: Bool = false) -> Character {
    unicode ? unicodeMarks[series % unicodeMarks.count] : marks[series % marks.count]
  }
  /// Whether the chart draws in Unicode (the screen's choice).
  let unicode: Bool

  /// The row of a value on the chart's scale (0 the bottom).
  func row(_ v: Double) -> Int {
    let r = Int(((v - bottom) / (top - bottom) * Double(height - 1)).rounded())
    return min(height - 1, max(0, r))
  }

  /// A round tick for a span split in about `parts`: 1, 2, 2.5 or 5 times a power of ten.
  static func niceStep(_ span: Double, parts: Int) -> Double {
    guard span > 0, span.isFinite else { return 1 }
    let raw = span / Double(max(parts, 1))
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    while power > raw { power /= 10 }
    for f in [1.0, 2.0, 2.5, 5.0, 10.0] where f * power >= raw { return f * power }
    return 10 * power
  }

  init(metric: String, names: [String], years: [Int], series: [[Double?]], screen: Screen) {
    self.metric = metric
    self.names = names
    self.years = years
    self.series = series
    unicode = screen.unicode
    let values = series.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
    let high = max(values.max() ?? 0, 0)
    let low = min(values.min() ?? 0, 0)
    // Money counts in the unit of the largest value (`musd`), so the ticks are short numbers.
    let money = Metric(rawValue: metric)?.dimension == .money
    let largest = max(abs(high), abs(low))
    (divisor, unit) =
      !money ? (1, "")
      : largest >= 1e9 ? (1e9, "busd") : largest >= 1e6 ? (1e6, "musd") : largest >= 1e3 ? (1e3, "kusd") : (1, "usd")
    // Ticks every `tick` rows apart, the grid's rows a whole number of rows between them.
    let most = Chart.height(screen)
    var tick = SeriesChart.niceStep(high - low, parts: 4)
    var bottom = (low / tick).rounded(.down) * tick
    var top = (high / tick).rounded(.up) * tick
    if top <= bottom { top = bottom + tick }
    var ticks = Int(((top - bottom) / tick).rounded())
    if ticks > most - 1 {
      tick = SeriesChart.niceStep(top - bottom, parts: most - 1)
      bottom = (low / tick).rounded(.down) * tick
      top = max((high / tick).rounded(.up) * tick, bottom + tick)
      ticks = Int(((top - bottom) / tick).rounded())
    }
    let perTick = max(1, (most - 1) / ticks)
    self.tick = tick
    self.bottom = bottom
    self.top = top
    self.height = ticks * perTick + 1
    let divisor = self.divisor
    labels = (0..<height).map { r in
      guard r % perTick == 0 else { return "" }
      return Value.decimal((bottom + tick * Double(r / perTick)) / divisor)
    }
    labelWidth = labels.map(\.displayWidth).max() ?? 0
    // A column for each year while they fit, spread over the room; more years than columns
    // show evenly spaced years, the first and the last always.
    let room = max(screen.width - labelWidth - 2, 1)
    let shown = min(years.count, room)
    picked =
      shown <= 1 ? Array(years.indices.prefix(1))
      : (0..<shown).map { c in Int((Double(c) * Double(years.count - 1) / Double(shown - 1)).rounded()) }
    step = shown > 1 ? max(1, (room - 1) / (shown - 1)) : 1
    let gridWidth = shown > 1 ? (shown - 1) * step + 1 : 1
    var grid = Array(repeating: Array(repeating: Character(" "), count: gridWidth), count: height)
    // The first series is drawn last, so that it shows where two meet.
    let scale = (bottom: bottom, top: top, height: height)
    func row(_ v: Double) -> Int {
      min(scale.height - 1, max(0, Int(((v - scale.bottom) / (scale.top - scale.bottom) * Double(scale.height - 1)).rounded())))
    }
    for s in series.indices.reversed() {
      for (c, i) in picked.enumerated() {
        guard let v = series[s][i], v.isFinite else { continue }
        grid[row(v)][c * step] = SeriesChart.mark(s, unicode: screen.unicode)
      }
    }
    self.grid = grid
  }

  /// The lines of the chart: the title with the unit, the legend, the grid with its ticks, the
  /// axis and the years.
  func render(width: Int) -> String {
    let title = "\(metric)" + (unit.isEmpty ? "" : " (\(unit))") + ", simulated (deterministic)"
    var out = Layout.paragraph(title, width: width)
    // The legend: a mark and a name each, two spaces apart, on as many lines as it takes.
    var line = ""
    for (i, name) in names.enumerated() {
      let entry = "\(SeriesChart.mark(i, unicode: unicode)) \(name)"
      if !line.isEmpty, line.displayWidth + 2 + entry.displayWidth > width {
        out += line + "\n"
        line = ""
      }
      line += (line.isEmpty ? "" : "  ") + entry
    }
    out += line + "\n"
    for r in stride(from: height - 1, through: 0, by: -1) {
      let label = String(repeating: " ", count: max(0, labelWidth - labels[r].displayWidth)) + labels[r]
      let axis = unicode ? (labels[r].isEmpty ? " │" : " ┤") : (labels[r].isEmpty ? " |" : " +")
      out += (label + axis + String(grid[r])).trimmingTrailingSpaces() + "\n"
    }
    let gridWidth = grid.first?.count ?? 1
    out += String(repeating: " ", count: labelWidth) + (unicode ? " └" : " +") + String(repeating: unicode ? "─" : "-", count: gridWidth) + "\n"
    if !picked.isEmpty {
      let room = max(width - labelWidth - 2, 1)
      out += Chart.axis(picked.map { years[$0] }, step: step, width: min(gridWidth + 3, room), indent: labelWidth + 2)
    }
    return out
  }

  /// `plot METRIC for A, B … as json`: the series drawn, a value a year (null where none).
  static func json(_ metric: String, _ names: [String], _ years: [Int], _ series: [[Double?]]) -> JSON {
    .object([
      ("metric", .string(metric)),
      ("years", .array(years.map { .number(Double($0)) })),
      ("series", .array(zip(names, series).map { name, values in
        .object([("cluster", .string(name)), ("values", .array(values.map { .number($0) }))])
      })),
    ])
  }
}

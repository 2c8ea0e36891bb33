// Every `plot` of simulated series: one or several clusters, scenarios or metrics on one chart,
// a mark each, the Monte Carlo P10–P90 band under its marks, a legend, a y axis with round ticks
// in the metrics' unit (or an index when their units differ), years on the x axis.

import ClusterModel
import ClusterWorkspace

/// A chart of several series over the same years, drawn in text that any terminal shows.
/// The scale is kept with the drawing so that a test can check every mark and band against the
/// data.
struct SeriesChart {
  /// One line of the chart: a value a year (nil where the run has none), and the P10–P90
  /// band of the Monte Carlo runs when there were some.
  struct Series {
    let name: String
    let values: [Double?]
    let band: [Band?]?
  }

  /// The Monte Carlo runs' P10 and P90 in one year.
  struct Band: Equatable {
    let p10: Double
    let p90: Double
  }

  /// The bands of a metric over `years` from the runs, if there were any.
  static func bands(_ runs: MonteCarloResult?, _ metric: String, _ years: [Int]) -> [Band?]? {
    runs.map { mc in years.map { y in mc.percentiles(metric, in: y).map { Band(p10: $0.p10, p90: $0.p90) } } }
  }

  /// What the y axis counts: the metrics' own values (money in the unit of the largest), or
  /// each series as an index of its first positive value (= 100), for metrics in other units.
  enum Scale: Equatable {
    case values(Metric.Dimension?)
    case index
  }

  /// The marks, in the order of the series (`SeriesChart.most` series at most).
  static let marks: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]
  /// The marks on a UTF-8 terminal: filled and hollow shapes, told apart in grey too.
  static let unicodeMarks: [Character] = ["●", "○", "■", "□", "▲", "△", "◆", "◇"]
  /// What fills each series' band, in the same order: light glyphs that marks stand out on.
  static let bandGlyphs: [Character] = [":", ".", ";", "'", ",", "`", "~", "^"]
  static let unicodeBandGlyphs: [Character] = ["┊", "░", "╎", "▒", "┆", "▓", "╏", "▚"]
  /// More series than marks cannot be told apart.
  static let most = 8

  let title: String
  let names: [String]
  let years: [Int]
  let series: [[Double?]]
  let bands: [[Band?]?]
  /// The value of the bottom and the top row, and the rows of the grid.
  let bottom: Double
  let top: Double
  let height: Int
  /// The value between two ticks; the ticks are `bottom`, `bottom + tick` … `top`.
  let tick: Double
  /// The years drawn (indices into `years`), each in the column `index × step`.
  let picked: [Int]
  let step: Int
  /// The column of each series' marks and band right of its year's column: side by side, the
  /// first series' in the year's own column.
  let offsets: [Int]
  /// The grid, row 0 the bottom.
  let grid: [[Character]]
  let labelWidth: Int
  let labels: [String]
  /// What the tick labels count in: the metric's unit (`musd`), `index`, or nothing.
  let unit: String
  let divisor: Double
  /// The legend, already broken into lines of the screen's width.
  let legend: [String]
  /// Whether the chart draws in Unicode (the screen's choice).
  let unicode: Bool

  static func mark(_ series: Int, unicode: Bool = false) -> Character {
    unicode ? unicodeMarks[series % unicodeMarks.count] : marks[series % marks.count]
  }

  static func bandGlyph(_ series: Int, unicode: Bool = false) -> Character {
    unicode ? unicodeBandGlyphs[series % unicodeBandGlyphs.count] : bandGlyphs[series % bandGlyphs.count]
  }

  /// Money in the unit of the largest figure (`musd`), so that ticks and figures are short
  /// numbers: the divisor and the unit's name.
  static func moneyUnit(_ largest: Double) -> (divisor: Double, unit: String) {
    largest >= 1e9 ? (1e9, "busd") : largest >= 1e6 ? (1e6, "musd") : largest >= 1e3 ? (1e3, "kusd") : (1, "usd")
  }

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

  /// Each series as an index of its first positive value (= 100), so that metrics in other
  /// units share one axis; the band is indexed by the same base. Also the year of each base
  /// (nil for a series with no positive value, drawn as none).
  static func indexed(_ series: [Series], years: [Int]) -> (series: [Series], bases: [Int?]) {
    var out: [Series] = []
    var bases: [Int?] = []
    for s in series {
      guard let i = s.values.firstIndex(where: { ($0 ?? 0) > 0 }), let base = s.values[i] else {
        out.append(Series(name: s.name, values: s.values.map { _ in nil }, band: nil))
        bases.append(nil)
        continue
      }
      let band = s.band?.map { p in p.map { Band(p10: $0.p10 / base * 100, p90: $0.p90 / base * 100) } }
      out.append(Series(name: s.name, values: s.values.map { $0.map { $0 / base * 100 } }, band: band))
      bases.append(years[i])
    }
    return (out, bases)
  }

  /// A chart of `series` over `years`, scaled by `scale`, fitted to `screen`, titled
  /// "`subject` (unit), `context`"; `runs` names the Monte Carlo runs behind the bands in the
  /// legend.
  init(subject: String, context: String, years: [Int], series input: [Series], scale: Scale, runs: Int? = nil, screen: Screen) {
    self.years = years
    names = input.map(\.name)
    series = input.map(\.values)
    bands = input.map(\.band)
    unicode = screen.unicode
    let bandValues = bands.flatMap { $0?.flatMap { $0.map { [$0.p10, $0.p90] } ?? [] } ?? [] }
    let values = (series.flatMap { $0.compactMap { $0 } } + bandValues).filter(\.isFinite)
    let high = max(values.max() ?? 0, 0)
    let low = min(values.min() ?? 0, 0)
    // Money counts in the unit of the largest value (`musd`), so the ticks are short numbers.
    let largest = max(abs(high), abs(low))
    switch scale {
    case .index: (divisor, unit) = (1, "index")
    case .values(.money?): (divisor, unit) = SeriesChart.moneyUnit(largest)
    case .values: (divisor, unit) = (1, "")
    }
    let unitText = unit.isEmpty ? "" : unit == "index" ? " (index, first year = 100)" : " (\(unit))"
    title = subject + unitText + ", " + context
    // The legend: a mark and a name each (and the band's glyph), two spaces apart, on as many
    // lines as it takes.
    let dash = screen.unicode ? "–" : "-"
    var legend: [String] = []
    var line = ""
    var entries = input.enumerated().map { i, s in
      "\(SeriesChart.mark(i, unicode: screen.unicode)) \(s.name)"
        + (s.band == nil ? "" : " (\(SeriesChart.bandGlyph(i, unicode: screen.unicode)) P10\(dash)P90)")
    }
    if let runs, input.contains(where: { $0.band != nil }) { entries.append("bands: P10\(dash)P90 of \(runs) Monte Carlo runs") }
    for entry in entries {
      if !line.isEmpty, line.displayWidth + 2 + entry.displayWidth > screen.width {
        legend.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : "  ") + entry
    }
    legend.append(line)
    // One series without a band is named by the title.
    self.legend = input.count == 1 && input[0].band == nil ? [] : legend
    // Ticks every `tick` rows apart, the grid's rows a whole number of rows between them; a
    // legend of several lines takes rows from the grid.
    let most = max(Chart.lowest, Chart.height(screen) - (self.legend.count - 1))
    // Of the round ticks for three to six parts, the one whose axis wastes least room above
    // and below the data (more ticks, more labels to read values by, on a tie), with at least
    // two rows a tick.
    var best: (tick: Double, bottom: Double, top: Double, ticks: Int)?
    for parts in 3...6 {
      let tick = SeriesChart.niceStep(high - low, parts: parts)
      let bottom = (low / tick).rounded(.down) * tick
      let top = max((high / tick).rounded(.up) * tick, bottom + tick)
      let ticks = Int(((top - bottom) / tick).rounded())
      guard ticks * 2 <= most - 1 else { continue }
      if best.map({ top - bottom < $0.top - $0.bottom + 1e-9 * tick }) ?? true { best = (tick, bottom, top, ticks) }
    }
    if best == nil {
      let tick = SeriesChart.niceStep(high - low, parts: most - 1)
      let bottom = (low / tick).rounded(.down) * tick
      let top = max((high / tick).rounded(.up) * tick, bottom + tick)
      best = (tick, bottom, top, Int(((top - bottom) / tick).rounded()))
    }
    let (tick, bottom, top, ticks) = best ?? (1, 0, 1, 1)
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
    // Each year shown gets a slot of a column per series (so that no series hides another's
    // marks or band), with a blank column between slots. Every year while they fit; else every
    // d-th year, the first and the last included, for the smallest d that divides the span and
    // fits; else evenly spaced years, the first and the last always.
    let lanes = max(input.count, 1)
    let room = max(screen.width - labelWidth - 2, lanes)
    func fits(_ shown: Int) -> Bool { shown <= 1 || (shown - 1) * (lanes + 1) + lanes <= room }
    let n = years.count
    if fits(n) {
      picked = Array(years.indices)
    } else if let d = (2..<max(n, 2)).first(where: { (n - 1) % $0 == 0 && fits((n - 1) / $0 + 1) }) {
      picked = Array(stride(from: 0, through: n - 1, by: d))
    } else {
      let shown = max(2, min(n, (room - lanes) / (lanes + 1) + 1))
      picked = (0..<shown).map { c in Int((Double(c) * Double(n - 1) / Double(shown - 1)).rounded()) }
    }
    let shown = picked.count
    step = shown > 1 ? max(lanes + 1, (room - lanes) / (shown - 1)) : 1
    let gridWidth = shown > 1 ? (shown - 1) * step + lanes : lanes
    var grid = Array(repeating: Array(repeating: Character(" "), count: gridWidth), count: height)
    let scale = (bottom: bottom, top: top, height: height)
    func row(_ v: Double) -> Int {
      min(scale.height - 1, max(0, Int(((v - scale.bottom) / (scale.top - scale.bottom) * Double(scale.height - 1)).rounded())))
    }
    // Bands first, marks over them; the first series is drawn last, so that it shows where two
    // meet.
    let offsets = Array(input.indices)
    self.offsets = offsets
    for s in series.indices.reversed() {
      guard let band = bands[s] else { continue }
      for (c, i) in picked.enumerated() {
        guard let p = band[i], p.p10.isFinite, p.p90.isFinite else { continue }
        for r in row(min(p.p10, p.p90))...row(max(p.p10, p.p90)) {
          grid[r][c * step + offsets[s]] = SeriesChart.bandGlyph(s, unicode: screen.unicode)
        }
      }
    }
    for s in series.indices.reversed() {
      for (c, i) in picked.enumerated() {
        guard let v = series[s][i], v.isFinite else { continue }
        grid[row(v)][c * step + offsets[s]] = SeriesChart.mark(s, unicode: screen.unicode)
      }
    }
    self.grid = grid
  }

  /// The lines of the chart: the title with the unit, the legend, the grid with its ticks, the
  /// axis and the years.
  func render(width: Int) -> String {
    var out = Layout.paragraph(title, width: width)
    for line in legend { out += line + "\n" }
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

  /// `plot … for … as json` and `plot M1, M2 as json`: the series drawn, a value a year (null
  /// where none), each with its cluster, metric and band (null without Monte Carlo runs).
  static func json(metrics: [String], years: [Int], series: [Plotted.Line]) -> JSON {
    .object([
      ("metric", metrics.count == 1 ? .string(metrics[0]) : .null),
      ("metrics", .strings(metrics)),
      ("years", .array(years.map { .number(Double($0)) })),
      ("series", .array(series.map { s in
        .object([
          ("cluster", .string(s.cluster)), ("metric", .string(s.metric)),
          ("values", .array(s.values.map { .number($0) })),
          ("p10", s.band.map { .array($0.map { .number($0?.p10) }) } ?? .null),
          ("p90", s.band.map { .array($0.map { .number($0?.p90) }) } ?? .null),
        ])
      })),
    ])
  }
}

/// The series one `plot` of simulated metrics draws, before they are fitted to a screen.
struct Plotted {
  typealias Line = (cluster: String, metric: String, values: [Double?], band: [SeriesChart.Band?]?)

  let years: [Int]
  /// A line per cluster and metric, clusters first.
  let series: [Line]
  /// The title's parts: what is drawn, and how it was simulated.
  let subject: String
  let context: String
  /// The Monte Carlo runs behind the bands, if any.
  let runs: Int?
  /// A line saying the simulation predates a change, or nothing.
  let notice: String

  var metrics: [String] {
    var seen: [String] = []
    for line in series where !seen.contains(line.metric) { seen.append(line.metric) }
    return seen
  }

  /// Their own values when the metrics share a unit, else an index of each series.
  var scale: SeriesChart.Scale {
    let dimensions = metrics.map { Metric(rawValue: $0)?.dimension }
    return Set(dimensions.map { "\(String(describing: $0))" }).count == 1 ? .values(dimensions.first ?? nil) : .index
  }

  /// The chart on `screen`: a series is named by its cluster when one metric is drawn, by its
  /// metric for one cluster, else by both; on an index, with the year of its base when that is
  /// not the first year.
  func chart(on screen: Screen) -> SeriesChart {
    let clusters = Set(series.map(\.cluster)).count
    var lines = series.map { s in
      SeriesChart.Series(
        name: metrics.count == 1 ? s.cluster : clusters == 1 ? s.metric : "\(s.cluster) \(s.metric)", values: s.values, band: s.band)
    }
    if scale == .index {
      let (indexed, bases) = SeriesChart.indexed(lines, years: years)
      lines = zip(indexed, bases).map { s, base in
        let note = base == nil ? " (no value above 0)" : base == years.first ? "" : " (= 100 in \(base ?? 0))"
        return SeriesChart.Series(name: s.name + note, values: s.values, band: s.band)
      }
    }
    return SeriesChart(subject: subject, context: context, years: years, series: lines, scale: scale, runs: runs, screen: screen)
  }
}

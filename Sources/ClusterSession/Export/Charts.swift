// SVG charts for export and the HTML report: trajectories (with Monte Carlo bands) of the
// clusters and scenarios compared, the four gears as bars, Porter's diamond as a radar. They
// draw figures the model computed; the only arithmetic here is placing them on the page.

import ClusterModel
import ClusterWorkspace

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The look every picture shares.
enum ChartStyle {
  /// Okabe & Ito's palette, safe for colour-blind readers; each series also has its own dash
  /// and marker, so a grey print tells them apart.
  static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
  static let dashes = ["", "10 5", "3 5", "14 5 3 5", "6 3", "2 2", "18 6"]
  static let font = "DejaVu Sans, Verdana, Arial, sans-serif"
  static let ink = "#222222"
  static let muted = "#555555"
  static let grid = "#dddddd"
  /// Text sizes in pixels at the chart's own width (960): readable on a projector.
  static let titleSize = 22.0
  static let labelSize = 16.0
  static let smallSize = 14.0

  static func colour(_ i: Int) -> String { colours[i % colours.count] }
  static func dash(_ i: Int) -> String { dashes[i % dashes.count] }

  /// About how wide `text` is at `size` pixels (DejaVu Sans averages 0.6 em a character).
  static func width(_ text: String, _ size: Double) -> Double { Double(text.count) * size * 0.6 }

  /// The root of a chart: a white page of `width` × `height` with a title for screen readers.
  static func open(_ m: inout Markup, width: Double, height: Double, label: String) {
    m.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Markup.number(width)) \(Markup.number(height))",
        "width": Markup.number(width), "height": Markup.number(height), "role": "img", "aria-label": label,
        "font-family": font, "class": "chart",
      ])
    m.fixed("\n")
    m.element("title", label)
    m.empty("rect", ["x": "0", "y": "0", "width": Markup.number(width), "height": Markup.number(height), "fill": "#ffffff"])
  }

  static func text(
    _ m: inout Markup, _ s: String, x: Double, y: Double, size: Double = labelSize, anchor: String = "start",
    weight: String = "normal", fill: String = ink
  ) {
    m.element(
      "text",
      [
        "x": Markup.number(x), "y": Markup.number(y), "font-size": Markup.number(size), "text-anchor": anchor,
        "font-weight": weight, "fill": fill,
      ], s)
  }

  /// A marker of series `i` (circle, square, triangle, diamond …), white-edged so it stands
  /// out on its line.
  static func marker(_ m: inout Markup, _ i: Int, x: Double, y: Double, size: Double = 5) {
    let colour = colour(i)
    let (cx, cy, r) = (Markup.number(x), Markup.number(y), size)
    switch i % 4 {
    case 0:
      m.empty("circle", ["cx": cx, "cy": cy, "r": Markup.number(r), "fill": colour, "stroke": "#ffffff", "stroke-width": "1.5"])
    case 1:
      m.empty(
        "rect",
        [
          "x": Markup.number(x - r), "y": Markup.number(y - r), "width": Markup.number(2 * r), "height": Markup.number(2 * r),
          "fill": colour, "stroke": "#ffffff", "stroke-width": "1.5",
        ])
    case 2:
      let points = [(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
      m.empty("polygon", ["points": pointList(points), "fill": colour, "stroke": "#ffffff", "stroke-width": "1.5"])
    default:
      let points = [(x, y - r * 1.3), (x + r * 1.3, y), (x, y + r * 1.3), (x - r * 1.3, y)]
      m.empty("polygon", ["points": pointList(points), "fill": colour, "stroke": "#ffffff", "stroke-width": "1.5"])
    }
  }

  static func pointList(_ points: [(Double, Double)]) -> String {
    points.map { Markup.number($0.0) + "," + Markup.number($0.1) }.joined(separator: " ")
  }

  /// A legend of series names in rows that wrap at `right`; returns the y below it.
  /// `banded` marks the series drawn with a P10–P90 band: their legend line sits on a swatch
  /// of the band's shading, so the legend says what the shading is.
  static func legend(_ m: inout Markup, _ names: [String], x: Double, y: Double, right: Double, lines: Bool = true, banded: [Bool] = []) -> Double {
    var cx = x
    var cy = y
    for (i, name) in names.enumerated() {
      let itemWidth = 46 + width(name, labelSize) + 28
      if cx > x, cx + itemWidth > right {
        cx = x
        cy += 26
      }
      if lines {
        if i < banded.count, banded[i] {
          m.empty(
            "rect",
            attributes: [
              ("x", Markup.number(cx)), ("y", Markup.number(cy - 13)), ("width", "36"), ("height", "16"), ("fill", colour(i)),
              ("fill-opacity", "0.18"),
            ])
        }
        var attributes = [
          ("x1", Markup.number(cx)), ("y1", Markup.number(cy - 5)), ("x2", Markup.number(cx + 36)), ("y2", Markup.number(cy - 5)),
          ("stroke", colour(i)), ("stroke-width", "3"),
        ]
        if !dash(i).isEmpty { attributes.append(("stroke-dasharray", dash(i))) }
        m.empty("line", attributes: attributes)
        marker(&m, i, x: cx + 18, y: cy - 5)
      } else {
        m.empty("rect", ["x": Markup.number(cx + 8), "y": Markup.number(cy - 15), "width": "20", "height": "20", "fill": colour(i)])
      }
      text(&m, name, x: cx + 46, y: cy)
      cx += itemWidth
    }
    return cy + 12
  }

  // MARK: - axes

  /// Round steps from `low` to `high` (1, 2, 2.5 or 5 times a power of ten), about `count` of them.
  static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
    let lo = min(0, low)
    var hi = max(0, high)
    if hi - lo <= 0 { hi = lo + 1 }
    let raw = (hi - lo) / Double(count)
    let magnitude = pow(10, floor(log10(raw)))
    let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw * 0.999 } ?? 10 * magnitude
    let first = floor(lo / step + 1e-9)
    let last = ceil(hi / step - 1e-9)
    return stride(from: first, through: last, by: 1).map { $0 * step }
  }

  /// A tick's label in the metric's unit: money as the language writes it, counts with
  /// thousands separated, shares as per cent.
  static func tickLabel(_ x: Double, dimension: Metric.Dimension?) -> String {
    if x == 0 { return "0" }
    switch dimension {
    case .money?: return Value.shortMoney(x)
    case .share?: return Figure.approx(x * 100) + "%"
    default: return grouped(x)
    }
  }

  /// 25000 → "25,000"; fractions to two significant figures.
  static func grouped(_ x: Double) -> String {
    guard x.isFinite, abs(x) < 1e15 else { return Value.decimal(x) }
    if x != x.rounded() { return Figure.approx(x) }
    let digits = String(Int64(abs(x)))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out += "," }
      out.append(c)
    }
    return (x < 0 ? "-" : "") + out
  }

  /// What the y axis of a metric counts, in words.
  static func axisTitle(_ metric: String) -> String {
    let words = metric.split(separator: "_").joined(separator: " ")
    switch Metric(rawValue: metric) {
    case .exports?, .demand?, .market?, .sales?: return "\(words), US$ a year"
    case .capacity?: return "capacity, US$ of exports a year"
    case .infrastructure?: return "infrastructure, US$ of exports it can carry a year"
    case .firms?: return "firms in the cluster"
    case .exporters?: return "firms that export"
    case .employment?: return "people employed"
    case .infrastructureLoad?: return "infrastructure load, % of what it carries"
    case .marketShare?: return "share of the world market, %"
    case .labourLoad?: return "share of the region's labour, %"
    case .trust?, .socialCapital?, .valueRetention?: return "\(words), 0 to 100%"
    default: return words
    }
  }
}

/// A series of one cluster or scenario: a value a year (nil where its run has none), and the
/// Monte Carlo P10–P90 band when it made runs.
struct ChartSeries {
  let name: String
  let values: [Double?]
  let band: [Percentiles?]?
}

enum Charts {
  // MARK: - trajectories

  /// A line per cluster or scenario, years on x, with its P10–P90 band shaded.
  static func trajectories(
    metric: String, years: ClosedRange<Int>, series: [ChartSeries], title: String, subtitle: String?,
    width: Double = 960, height: Double = 540
  ) -> Markup {
    var m = Markup()
    let dimension = Metric(rawValue: metric)?.dimension
    ChartStyle.open(&m, width: width, height: height, label: title + (subtitle.map { ": " + $0 } ?? ""))
    ChartStyle.text(&m, title, x: 24, y: 34, size: ChartStyle.titleSize, weight: "bold")
    var top = 58.0
    if let subtitle {
      // As many lines as it needs at the chart's width.
      let lines = wrap(subtitle, Int((width - 48) / (ChartStyle.smallSize * 0.6)))
      for (i, line) in lines.enumerated() {
        ChartStyle.text(&m, line, x: 24, y: 60 + Double(i) * 20, size: ChartStyle.smallSize, fill: ChartStyle.muted)
      }
      top = 64 + Double(lines.count) * 20
    }
    top = ChartStyle.legend(&m, series.map(\.name), x: 24, y: top + 10, right: width - 24, banded: series.map { $0.band != nil }) + 20
    let values = series.flatMap { s in s.values.compactMap { $0 } + (s.band ?? []).flatMap { $0.map { [$0.p10, $0.p90] } ?? [] } }
    let ticks = ChartStyle.ticks(low: values.min() ?? 0, high: values.max() ?? 1)
    let labels = ticks.map { ChartStyle.tickLabel($0, dimension: dimension) }
    let left = 24 + 28 + (labels.map { ChartStyle.width($0, ChartStyle.labelSize) }.max() ?? 20) + 12
    let right = width - 28
    let bottom = height - 76
    let low = ticks.first ?? 0
    let high = ticks.last ?? 1
    func y(_ v: Double) -> Double { bottom - (v - low) / (high - low) * (bottom - top) }
    let yearCount = max(1, years.count - 1)
    func x(_ year: Int) -> Double { left + Double(year - years.lowerBound) / Double(yearCount) * (right - left) }

    // Grid and y ticks.
    for (tick, label) in zip(ticks, labels) {
      m.empty(
        "line",
        [
          "x1": Markup.number(left), "y1": Markup.number(y(tick)), "x2": Markup.number(right), "y2": Markup.number(y(tick)),
          "stroke": tick == 0 ? ChartStyle.ink : ChartStyle.grid, "stroke-width": "1",
        ])
      ChartStyle.text(&m, label, x: left - 10, y: y(tick) + 5, anchor: "end")
    }
    m.element(
      "text",
      [
        "x": "0", "y": "0", "font-size": Markup.number(ChartStyle.labelSize), "text-anchor": "middle", "fill": ChartStyle.ink,
        "transform": "translate(\(Markup.number(30)) \(Markup.number((top + bottom) / 2))) rotate(-90)",
      ], ChartStyle.axisTitle(metric))
    // Years on x: every year when they fit, else every second or fifth.
    let step = years.count <= 16 ? 1 : years.count <= 32 ? 2 : 5
    m.empty(
      "line",
      ["x1": Markup.number(left), "y1": Markup.number(bottom), "x2": Markup.number(right), "y2": Markup.number(bottom), "stroke": ChartStyle.ink])
    for year in years where (year - years.lowerBound) % step == 0 || year == years.upperBound {
      m.empty(
        "line",
        ["x1": Markup.number(x(year)), "y1": Markup.number(bottom), "x2": Markup.number(x(year)), "y2": Markup.number(bottom + 6), "stroke": ChartStyle.ink])
      if (year - years.lowerBound) % step == 0 {
        ChartStyle.text(&m, String(year), x: x(year), y: bottom + 26, anchor: "middle")
      }
    }
    ChartStyle.text(&m, "year", x: (left + right) / 2, y: bottom + 56, anchor: "middle")

    let list = Array(years)
    // Bands first, under every line.
    for (i, s) in series.enumerated() {
      guard let band = s.band else { continue }
      for run in runs(band.map { $0 != nil }) {
        let upper = run.map { (x(list[$0]), y(band[$0]?.p90 ?? 0)) }
        let lower = run.reversed().map { (x(list[$0]), y(band[$0]?.p10 ?? 0)) }
        m.empty(
          "polygon",
          [
            "points": ChartStyle.pointList(upper + lower), "fill": ChartStyle.colour(i), "fill-opacity": "0.18",
            "stroke": ChartStyle.colour(i), "stroke-opacity": "0.5", "stroke-width": "1",
          ])
      }
    }
    for (i, s) in series.enumerated() {
      for run in runs(s.values.map { $0 != nil }) {
        let points = run.map { (x(list[$0]), y(s.values[$0] ?? 0)) }
        if points.count > 1 {
          var attributes = [
            ("points", ChartStyle.pointList(points)), ("fill", "none"), ("stroke", ChartStyle.colour(i)), ("stroke-width", "3"),
            ("stroke-linejoin", "round"),
          ]
          if !ChartStyle.dash(i).isEmpty { attributes.append(("stroke-dasharray", ChartStyle.dash(i))) }
          m.empty("polyline", attributes: attributes)
        }
        for p in points { ChartStyle.marker(&m, i, x: p.0, y: p.1, size: 4) }
      }
    }
    m.close("svg")
    return m
  }

  /// The stretches of consecutive indices where `present` holds.
  static func runs(_ present: [Bool]) -> [[Int]] {
    var out: [[Int]] = []
    var current: [Int] = []
    for (i, p) in present.enumerated() {
      if p {
        current.append(i)
      } else if !current.isEmpty {
        out.append(current)
        current = []
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  // MARK: - gears

  /// Two panels of bars by gear: projects under way, and their budget; a bar per cluster.
  static func gears(_ cases: [(name: String, gears: [GearCoverage])], width: Double = 960, height: Double = 500) -> Markup {
    var m = Markup()
    let title = "The four gears of export strategy"
    ChartStyle.open(&m, width: width, height: height, label: title + ": projects under way and their budget, by gear")
    ChartStyle.text(&m, title, x: 24, y: 34, size: ChartStyle.titleSize, weight: "bold")
    ChartStyle.text(
      &m, "projects by gear (insight 4): solid under way, outlined planned (+N); the cost of those under way", x: 24, y: 60,
      size: ChartStyle.smallSize, fill: ChartStyle.muted)
    var top = 84.0
    if cases.count > 1 { top = ChartStyle.legend(&m, cases.map(\.name), x: 24, y: top + 10, right: width - 24, lines: false) + 8 }
    let panelWidth = (width - 48) / 2
    panel(
      &m, "projects", cases.map { c in c.gears.map { Double($0.projects.count) } }, dimension: .count,
      x: 24, y: top, width: panelWidth - 16, height: height - top - 20, planned: cases.map { c in c.gears.map { Double($0.planned.count) } })
    panel(
      &m, "budget, US$", cases.map { c in c.gears.map { $0.budget } }, dimension: .money,
      x: 24 + panelWidth + 16, y: top, width: panelWidth - 16, height: height - top - 20)
    m.close("svg")
    return m
  }

  /// One panel of grouped bars: a group per gear, a bar per case; "—" where no figure is known.
  private static func panel(
    _ m: inout Markup, _ title: String, _ values: [[Double?]], dimension: Metric.Dimension, x: Double, y: Double, width: Double,
    height: Double, planned: [[Double]]? = nil
  ) {
    ChartStyle.text(&m, title, x: x, y: y + 18, weight: "bold")
    let all = values.flatMap { $0.compactMap { $0 } }
    guard !all.isEmpty else {
      ChartStyle.text(&m, "no project under way declares a cost", x: x, y: y + 60, size: ChartStyle.smallSize, fill: ChartStyle.muted)
      return
    }
    let totals = values.enumerated().flatMap { c, row in row.enumerated().map { g, v in (v ?? 0) + (planned?[c][g] ?? 0) } }
    let ticks = ChartStyle.ticks(low: 0, high: max(all.max() ?? 1, totals.max() ?? 0, dimension == .count ? 4 : 1), count: 4)
    let labels = ticks.map { ChartStyle.tickLabel($0, dimension: dimension) }
    let left = x + (labels.map { ChartStyle.width($0, ChartStyle.smallSize) }.max() ?? 20) + 10
    let right = x + width
    let top = y + 40
    let bottom = y + height - 52
    let high = ticks.last ?? 1
    func yOf(_ v: Double) -> Double { bottom - v / high * (bottom - top) }
    for (tick, label) in zip(ticks, labels) {
      m.empty(
        "line",
        [
          "x1": Markup.number(left), "y1": Markup.number(yOf(tick)), "x2": Markup.number(right), "y2": Markup.number(yOf(tick)),
          "stroke": tick == 0 ? ChartStyle.ink : ChartStyle.grid,
        ])
      ChartStyle.text(&m, label, x: left - 6, y: yOf(tick) + 5, size: ChartStyle.smallSize, anchor: "end")
    }
    let gears = Gear.allCases
    let group = (right - left) / Double(gears.count)
    let barWidth = min(60, group * 0.76 / Double(max(1, values.count)))
    for (g, gear) in gears.enumerated() {
      let start = left + group * Double(g) + (group - barWidth * Double(values.count)) / 2
      for (c, row) in values.enumerated() {
        let bx = start + barWidth * Double(c)
        let value = g < row.count ? row[g] : nil
        if let value, value > 0 {
          m.empty(
            "rect",
            [
              "x": Markup.number(bx + 1), "y": Markup.number(yOf(value)), "width": Markup.number(barWidth - 2),
              "height": Markup.number(bottom - yOf(value)), "fill": ChartStyle.colour(c),
            ])
        }
        var label = value.map { ChartStyle.tickLabel($0, dimension: dimension) } ?? "—"
        var labelTop = value ?? 0
        if let later = planned?[c][g], later > 0 {
          // Planned projects stack above, outlined: the plan, not yet turning the gear.
          let base = value ?? 0
          m.empty(
            "rect",
            [
              "x": Markup.number(bx + 2.5), "y": Markup.number(yOf(base + later)), "width": Markup.number(barWidth - 5),
              "height": Markup.number(yOf(base) - yOf(base + later) - 1.5), "fill": "#ffffff", "stroke": ChartStyle.colour(c),
              "stroke-width": "3", "stroke-dasharray": "6 3",
            ])
          label = (value ?? 0) == 0 ? "+" + ChartStyle.grouped(later) : label + " +" + ChartStyle.grouped(later)
          labelTop = base + later
        }
        ChartStyle.text(
          &m, label, x: bx + barWidth / 2, y: yOf(labelTop) - 6, size: ChartStyle.smallSize,
          anchor: "middle")
      }
      ChartStyle.text(&m, gear.title, x: left + group * (Double(g) + 0.5), y: bottom + 24, size: ChartStyle.smallSize, anchor: "middle")
    }
  }

  // MARK: - diamond

  /// Porter's diamond as a radar: a spoke per corner, 0 at the centre and 1 at the rim; a
  /// polygon per cluster. A corner not assessed (no input declared) is marked "n/k".
  static func diamond(_ cases: [(name: String, corners: [DiamondCorner])], width: Double = 960, height: Double = 620) -> Markup {
    var m = Markup()
    let title = "Porter's diamond"
    ChartStyle.open(&m, width: width, height: height, label: title + ": each corner scored from 0 to 1")
    ChartStyle.text(&m, title, x: 24, y: 34, size: ChartStyle.titleSize, weight: "bold")
    ChartStyle.text(&m, "each corner scored from 0 (centre) to 1 (rim) from the inputs declared; n/k: not assessed", x: 24, y: 60, size: ChartStyle.smallSize, fill: ChartStyle.muted)
    var top = 84.0
    if cases.count > 1 { top = ChartStyle.legend(&m, cases.map(\.name), x: 24, y: top + 10, right: width - 24) }
    guard let corners = cases.first?.corners, !corners.isEmpty else {
      m.close("svg")
      return m
    }
    let cx = width / 2
    let cy = (top + height) / 2 - 6
    let radius = min(width / 2 - 230, (height - top) / 2 - 80)
    func point(_ i: Int, _ r: Double) -> (Double, Double) {
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(corners.count)
      return (cx + cos(angle) * r * radius, cy + sin(angle) * r * radius)
    }
    for ring in [0.25, 0.5, 0.75, 1.0] {
      m.empty(
        "polygon",
        ["points": ChartStyle.pointList((0..<corners.count).map { point($0, ring) }), "fill": "none", "stroke": ChartStyle.grid, "stroke-width": ring == 1 ? "2" : "1"])
      let p = point(0, ring)
      ChartStyle.text(&m, Figure.approx(ring), x: p.0 + 6, y: p.1 + 14, size: ChartStyle.smallSize, fill: ChartStyle.muted)
    }
    for (i, corner) in corners.enumerated() {
      let rim = point(i, 1)
      m.empty("line", ["x1": Markup.number(cx), "y1": Markup.number(cy), "x2": Markup.number(rim.0), "y2": Markup.number(rim.1), "stroke": "#bbbbbb"])
      let label = point(i, 1.12)
      let anchor = abs(label.0 - cx) < 8 ? "middle" : label.0 > cx ? "start" : "end"
      var lines = wrap(corner.name, 22)
      if cases.count == 1 {
        lines.append(corner.score.map { Figure.score($0) } ?? "n/k")
      } else if cases.allSatisfy({ i < $0.corners.count && $0.corners[i].score == nil }) {
        lines.append("n/k")
      }
      let dy = label.1 < cy - 8 ? -Double(lines.count - 1) * 20 : label.1 > cy + 8 ? 12 : -Double(lines.count - 1) * 10 + 5
      for (l, line) in lines.enumerated() {
        let isScore = cases.count == 1 && l == lines.count - 1
        ChartStyle.text(
          &m, line, x: label.0, y: label.1 + dy + Double(l) * 20, anchor: anchor, weight: isScore ? "bold" : "normal",
          fill: isScore ? ChartStyle.colour(0) : ChartStyle.ink)
      }
    }
    for (c, item) in cases.enumerated() {
      let points = item.corners.enumerated().map { point($0.offset, $0.element.score ?? 0) }
      var attributes = [
        ("points", ChartStyle.pointList(points)), ("fill", ChartStyle.colour(c)), ("fill-opacity", "0.12"),
        ("stroke", ChartStyle.colour(c)), ("stroke-width", "3"),
      ]
      if !ChartStyle.dash(c).isEmpty { attributes.append(("stroke-dasharray", ChartStyle.dash(c))) }
      m.empty("polygon", attributes: attributes)
      for (i, corner) in item.corners.enumerated() where corner.score != nil {
        let p = point(i, corner.score ?? 0)
        ChartStyle.marker(&m, c, x: p.0, y: p.1)
      }
    }
    m.close("svg")
    return m
  }

  /// Words in lines of at most `width` characters.
  static func wrap(_ text: String, _ width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

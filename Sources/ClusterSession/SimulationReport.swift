// Simulation results as text and JSON, and terminal charts of a simulated series.

import ClusterModel
import ClusterWorkspace

enum SimulationReport {
  static func money(_ x: Double) -> String { Value.shortMoney(x) }

  static func cell(_ metric: String, _ x: Double?) -> String {
    guard let x else { return "—" }
    switch Metric(rawValue: metric)?.dimension {
    case .money: return money(x)
    case .count: return x.isFinite && abs(x) < 1e15 ? String(Int64(x.rounded())) : Value.decimal(x)
    default: return Value.decimal(x)
    }
  }

  static func text(
    _ name: String, _ r: SimulationRecord, seed: UInt64?, parameters: ParameterSet = ParameterSet(), screen: Screen
  ) -> String {
    let t = r.trajectory
    let w = screen.width
    var head = "\(name): simulated \(t.years.first?.year ?? 0)–\(t.years.last?.year ?? 0)"
    // The trajectory is the deterministic run unless a seed was set; Monte Carlo runs always
    // draw (seed 0 when none is set), and the header says so.
    head += seed.map { ", seed \($0)" } ?? (r.monteCarlo.map { " (deterministic; Monte Carlo seed \($0.seed))" } ?? " (deterministic)")
    var out = Layout.paragraph(head, width: w)
    if !t.assumed.isEmpty {
      out += "not declared, so assumed:\n" + t.assumed.map { Layout.paragraph($0, width: w, first: "  ", rest: "    ") }.joined()
    }
    out += "\n"
    var table = TextTable(["year", "exports", "firms", "exporters", "employment", "infra load", "trust", "stage"])
    table.rightAligned = [1, 2, 3, 4, 5, 6]
    for y in t.years {
      table.add([
        String(y.year), money(y.exports), cell("firms", y.firms), cell("exporters", y.exporters), cell("employment", y.employment),
        Value.decimal(y.infrastructureLoad), Value.decimal(y.trust), y.stage.rawValue,
      ])
    }
    out += table.render(on: screen)
    if !t.events.isEmpty { out += "\nevents:\n" + t.events.map { Layout.paragraph($0, width: w, first: "  ", rest: "    ") }.joined() }
    if let mc = r.monteCarlo {
      out += "\n" + Layout.paragraph("Monte Carlo: \(mc.runs) runs, seed \(mc.seed); exports by year", width: w)
      var band = TextTable(["year", "P10", "P50", "P90"])
      band.rightAligned = [1, 2, 3]
      for (i, year) in mc.years.enumerated() {
        if let p = mc.percentiles["exports"]?[i] { band.add([String(year), money(p.p10), money(p.p50), money(p.p90)]) }
      }
      out += band.render(on: screen)
      out += Layout.paragraph(
        "took off \(share(mc.outcomes.tookOff)) · stagnated \(share(mc.outcomes.stagnated)) · failed \(share(mc.outcomes.failed))",
        width: w, first: "outcomes: ")
      out += Layout.paragraph(
        "(took off: final exports at least \(Figure.approx(parameters[.tookOffMultiple])) × the start; failed: below \(Figure.approx(parameters[.failedMultiple])) ×)",
        width: w, rest: " ")
    }
    return out
  }

  static func share(_ x: Double) -> String { Value.decimal(x * 100) + "%" }

  static func json(_ name: String, _ r: SimulationRecord) -> JSON {
    var entries: [(String, JSON)] = [
      ("cluster", .string(name)),
      ("years", .array(r.trajectory.years.map { y in
        .object([("year", .number(Double(y.year)))] + Trajectory.metrics.map { ($0, .number(Trajectory.value($0, of: y))) } + [("stage", .string(y.stage.rawValue))])
      })),
      ("events", .strings(r.trajectory.events)),
      ("assumed", .strings(r.trajectory.assumed)),
    ]
    if let mc = r.monteCarlo {
      entries.append(("monte_carlo", .object([
        ("runs", .number(Double(mc.runs))), ("seed", .number(Double(mc.seed))),
        ("percentiles", .object(Trajectory.metrics.map { metric in
          (metric, .array(zip(mc.years, mc.percentiles[metric] ?? []).map { year, p in
            .object([("year", .number(Double(year))), ("p10", .number(p.p10)), ("p50", .number(p.p50)), ("p90", .number(p.p90))])
          }))
        })),
        ("outcomes", .object([("took_off", .number(mc.outcomes.tookOff)), ("stagnated", .number(mc.outcomes.stagnated)), ("failed", .number(mc.outcomes.failed))])),
      ])))
    }
    return .object(entries)
  }

  static func compare(_ names: [String], _ metric: String, _ years: [Int], _ rows: [[Double?]], _ screen: Screen) -> String {
    var headers = ["year"] + names
    if names.count > 1 { headers += names.dropFirst().map { "\($0) − \(names[0])" } }
    var table = TextTable(headers)
    table.rightAligned = Set(0..<headers.count)
    for (i, year) in years.enumerated() {
      var row = [String(year)] + rows.map { cell(metric, $0[i]) }
      for other in rows.dropFirst() {
        if let a = other[i], let b = rows[0][i] { row.append(signed(metric, a - b)) } else { row.append("—") }
      }
      table.add(row)
    }
    // A sparkline under each cluster's column: its years on one scale shared by all, so that
    // the lines compare (three years at least, twenty marks at most).
    if years.count >= 3 {
      table.add(["trend"] + sparklines(rows, unicode: screen.unicode) + rows.dropFirst().map { _ in "" })
    }
    return "\(metric), simulated (deterministic)\n\n" + table.render(on: screen)
  }

  /// The sparkline levels, lowest first: block elements, or ASCII that rises the same way.
  static let sparkLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let asciiSparkLevels: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

  /// One sparkline per series, every value on the scale from the lowest to the highest of all
  /// (a space where a series has no value); more than twenty years show twenty, evenly spaced.
  static func sparklines(_ rows: [[Double?]], unicode: Bool) -> [String] {
    let levels = unicode ? sparkLevels : asciiSparkLevels
    let values = rows.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
    let low = values.min() ?? 0
    let high = values.max() ?? 0
    return rows.map { row in
      let count = row.count
      let shown = min(count, 20)
      let picked = shown <= 1 ? Array(row.indices.prefix(1)) : (0..<shown).map { Int((Double($0) * Double(count - 1) / Double(shown - 1)).rounded()) }
      return String(picked.map { i -> Character in
        guard let v = row[i], v.isFinite else { return " " }
        guard high > low else { return levels[0] }
        return levels[min(levels.count - 1, Int((v - low) / (high - low) * Double(levels.count - 1) + 0.5))]
      })
    }
  }

  /// A difference: `+` or `−` (the minus sign of the headers) before its size, and a bare `0`
  /// for none (a unit on nothing reads as a figure).
  static func signed(_ metric: String, _ x: Double) -> String {
    x == 0 ? "0" : (x > 0 ? "+" : "−") + cell(metric, abs(x))
  }

  static func compareJSON(_ names: [String], _ metric: String, _ years: [Int], _ rows: [[Double?]], difference: [(String, Double)]? = nil)
    -> JSON
  {
    var entries: [(String, JSON)] = [
      ("metric", .string(metric)), ("clusters", .strings(names)),
      ("years", .array(years.enumerated().map { i, year in
        .object([("year", .number(Double(year))), ("values", .array(rows.map { .number($0[i]) }))])
      })),
    ]
    if let difference {
      entries.append(("difference", .array(difference.map { .object([("part", .string($0.0)), ("contribution", .number($0.1))]) })))
    }
    return .object(entries)
  }

  /// B − A by part: the case as declared, its own growth, then every intervention and event
  /// of either (in the order of A's, then B's own): the parts add up to the difference.
  static func difference(_ a: SimulatedBreakdown, _ b: SimulatedBreakdown) -> [(String, Double)] {
    var out: [(String, Double)] = [("the case as declared", b.start - a.start), ("its own growth", b.ownGrowth - a.ownGrowth)]
    let aParts = a.interventions + a.events
    let bParts = b.interventions + b.events
    var names: [String] = []
    for p in aParts + bParts where !names.contains(p.name) { names.append(p.name) }
    for name in names {
      let x = aParts.first { $0.name == name }?.contribution ?? 0
      let y = bParts.first { $0.name == name }?.contribution ?? 0
      out.append((name, y - x))
    }
    return out
  }

  static func differenceText(_ b: String, _ a: String, _ metric: String, _ parts: [(String, Double)], _ screen: Screen) -> String {
    var table = TextTable(["part", "\(b) − \(a)"])
    table.rightAligned = [1]
    for (name, x) in parts where abs(x) > 0 { table.add([name, signed(metric, x)]) }
    table.add(["= the difference", signed(metric, parts.reduce(0) { $0 + $1.1 })])
    return "\n" + Layout.paragraph("the difference by part (what each adds on either side, as `why` gives it):", width: screen.width)
      + table.render(on: screen)
      + Layout.paragraph("Parts that interact would share the difference otherwise in another order.", width: screen.width)
  }

  /// What the second cluster declares otherwise than the first (its own attributes, and which
  /// actors, interventions and events only one has): the changes behind "its own growth".
  static func declaredDifferences(_ a: Cluster, _ b: Cluster, _ screen: Screen) -> String {
    var lines: [String] = []
    let keys = Set(a.attributes.keys).union(b.attributes.keys).subtracting(["name", "notes"]).sorted()
    for key in keys {
      let x = a.attributes[key]?.display ?? "—"
      let y = b.attributes[key]?.display ?? "—"
      if x != y { lines.append("  \(key): \(x) → \(y)") }
    }
    let onlyA = a.entities.map(\.name).filter { b.entity(named: $0) == nil }
    let onlyB = b.entities.map(\.name).filter { a.entity(named: $0) == nil }
    if !onlyA.isEmpty { lines.append("  only in \(a.name): " + onlyA.joined(separator: ", ")) }
    if !onlyB.isEmpty { lines.append("  only in \(b.name): " + onlyB.joined(separator: ", ")) }
    let changed = a.entities.filter { e in b.entity(named: e.name).map { $0.attributes.mapValues(\.display) != e.attributes.mapValues(\.display) } ?? false }
    if !changed.isEmpty { lines.append("  declared otherwise: " + changed.map(\.name).joined(separator: ", ")) }
    guard !lines.isEmpty else { return "" }
    return Layout.paragraph("what \(b.name) declares otherwise than \(a.name):", width: screen.width)
      + Layout.fit(lines.joined(separator: "\n") + "\n", width: screen.width)
  }

  static func sensitivity(
    _ cluster: String, _ metric: String, _ year: Int, _ reference: Double, _ bars: [SensitivityBar], _ screen: Screen
  ) -> String {
    var out = Layout.paragraph("\(cluster): what moves \(metric) in \(year) (\(cell(metric, reference)) as declared)", width: screen.width) + "\n"
    let widest = bars.map(\.swing).max() ?? 0
    // The bars are 20 columns long, shorter on a narrow screen (figures come first).
    let barWidth = min(20, max(5, screen.width - 60))
    var table = TextTable(["", "varied", "low", "high", "swing", ""])
    table.rightAligned = [2, 3, 4]
    table.unbroken = [5]
    for bar in bars.prefix(15) {
      let length = widest > 0 ? Int((bar.swing / widest * Double(barWidth)).rounded()) : 0
      table.add([bar.name, bar.kind, cell(metric, bar.low), cell(metric, bar.high), cell(metric, bar.swing), String(repeating: "#", count: length)])
    }
    out += table.render(on: screen)
    if bars.count > 15 { out += Layout.paragraph("… and \(bars.count - 15) more with smaller swings (`as json` lists all)", width: screen.width) }
    return out
  }

  static func sensitivityJSON(_ metric: String, _ year: Int, _ reference: Double, _ bars: [SensitivityBar]) -> JSON {
    .object([
      ("metric", .string(metric)), ("year", .number(Double(year))), ("reference", .number(reference)),
      ("bars", .array(bars.map { .object([("name", .string($0.name)), ("varied", .string($0.kind)), ("low", .number($0.low)), ("high", .number($0.high)), ("swing", .number($0.swing))]) })),
    ])
  }
}

extension SimulationReport {
  /// `plot … as json`: the series the chart draws, a value a year (null where the run has
  /// none), with the Monte Carlo band when the simulation made runs (else null), and whether
  /// the cluster or a parameter changed since.
  static func plotJSON(_ cluster: String, _ metric: String, _ years: [Int], _ record: SimulationRecord, stale: Bool) -> JSON {
    let band = record.monteCarlo.map { mc in years.map { mc.percentiles(metric, in: $0) } }
    return .object([
      ("cluster", .string(cluster)), ("metric", .string(metric)),
      ("years", .array(years.map { .number(Double($0)) })),
      ("values", .array(years.map { .number(record.trajectory.value(metric, in: $0)) })),
      ("p10", band.map { .array($0.map { .number($0?.p10) }) } ?? .null),
      ("p90", band.map { .array($0.map { .number($0?.p90) }) } ?? .null),
      ("stale", .bool(stale)),
    ])
  }
}

/// The room of a chart in the terminal (`SeriesChart`): as tall as the window allows, and the
/// years under its axis.
enum Chart {
  /// Rows of the grid at most, and at least.
  static let tallest = 16
  static let lowest = 6

  /// The rows of the grid on `screen`: up to 16, fewer in a short window, where the title, the
  /// axis, the years, the prompt and a line of room keep six rows.
  static func height(_ screen: Screen) -> Int {
    min(tallest, max(lowest, (screen.height ?? tallest + 6) - 6))
  }

  /// The years under the axis, each starting under its column (the last ending by the line's
  /// end `width` if it must): the first, the last, and between them the round years (every 1,
  /// 2, 5, 10, 20, 50 …) that keep two spaces apart.
  static func axis(_ years: [Int], step: Int, width: Int, indent: Int) -> String {
    let texts = years.map(String.init)
    let widest = texts.map(\.count).max() ?? 0
    let gridWidth = (years.count - 1) * step + 1
    var line = Array(repeating: Character(" "), count: max(width, widest))
    var taken: [Range<Int>] = []
    func place(_ i: Int) {
      let text = texts[i]
      let start = max(0, min(i * step, line.count - text.count))
      let range = start..<(start + text.count)
      guard !taken.contains(where: { $0.lowerBound < range.upperBound + 2 && range.lowerBound < $0.upperBound + 2 }) else { return }
      taken.append(range)
      for (k, ch) in text.enumerated() { line[start + k] = ch }
    }
    place(0)
    if years.count > 1 { place(years.count - 1) }
    if let first = years.first, let last = years.last, last > first {
      let columnsPerYear = Double(gridWidth - 1) / Double(last - first)
      var every = 1
      for nice in [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000] {
        every = nice
        if Double(nice) * columnsPerYear >= Double(widest + 2) { break }
      }
      for i in years.indices.dropFirst().dropLast() where years[i] % every == 0 { place(i) }
    }
    return (String(repeating: " ", count: indent) + String(line)).trimmingTrailingSpaces() + "\n"
  }
}

extension SimulationReport {
  /// `why METRIC in YEAR`: the figure, what bound exports, and parts that add up to it.
  static func breakdown(_ b: SimulatedBreakdown, _ screen: Screen) -> String {
    let w = screen.width
    let metric = b.metric.rawValue
    func amount(_ x: Double) -> String { cell(metric, x) }
    func signed(_ x: Double) -> String {
      let text = amount(abs(x))
      return (x < 0 ? "−" : "+") + text
    }
    var out = Layout.paragraph("\(metric) in \(b.year) (\(b.cluster), simulated): \(amount(b.value))", width: w)
    let bound: String
    switch b.binding {
    case .demand: bound = "demand: buyers wanted no more"
    case .capacity: bound = "capacity: the firms could make no more"
    case .infrastructure: bound = "infrastructure: it could carry no more [insight 8]"
    }
    out += Layout.paragraph("exports were bound by \(bound)", width: w, rest: "  ")
    out += Layout.paragraph(
      "(demand \(money(b.demand)), capacity \(money(b.capacity)), infrastructure \(money(b.infrastructure)))", width: w, first: "  ",
      rest: "   ") + "\n"
    var table = TextTable(["part", "contribution"])
    table.rightAligned = [1]
    table.add(["in \(b.startYear), the case as declared", amount(b.start)])
    table.add(["its own growth (without projects or events)", signed(b.ownGrowth)])
    for part in b.interventions {
      table.add(["  " + part.name + (part.year.map { " (\($0))" } ?? ""), signed(part.contribution)])
    }
    for part in b.events {
      table.add(["  event " + part.name + (part.year.map { " (\($0))" } ?? ""), signed(part.contribution)])
    }
    table.add(["= \(metric) in \(b.year)", amount(b.value)])
    out += table.render(on: screen)
    let total = b.interventions.reduce(0) { $0 + $1.contribution }
    if !b.interventions.isEmpty {
      out += "\n" + Layout.paragraph("the interventions' \(signed(total)) by channel:", width: w)
      var channels = TextTable(["channel", "contribution"])
      channels.rightAligned = [1]
      for part in b.channels where part.contribution != 0 {
        channels.add([part.name == "outcomes" ? "outcomes (trust won or lost)" : part.name, signed(part.contribution)])
      }
      out += channels.render(on: screen)
    }
    if b.partsOmitted > 0 {
      out += "\n" + Layout.paragraph(
        "\(b.partsOmitted) interventions and events are more than \(Simulation.maximumParts) to add one at a time: their total is one part.",
        width: w)
    }
    out += "\n" + Layout.paragraph(
      "Its own growth is the market's, its prerequisites', trust's, its buyers' and the firms arriving. Each part is what adding "
        + "it changed, in the order listed (interventions by start year, then events): the parts add up to the figure. Another "
        + "order gives other shares when parts interact.", width: w)
    return out
  }

  static func breakdownJSON(_ b: SimulatedBreakdown) -> JSON {
    func parts(_ list: [BreakdownPart]) -> JSON {
      .array(list.map { p in
        .object([("name", .string(p.name)), ("year", .number(p.year.map(Double.init))), ("contribution", .number(p.contribution))])
      })
    }
    return .object([
      ("cluster", .string(b.cluster)), ("metric", .string(b.metric.rawValue)), ("year", .number(Double(b.year))),
      ("value", .number(b.value)), ("binding", .string(b.binding.rawValue)), ("demand", .number(b.demand)),
      ("capacity", .number(b.capacity)), ("infrastructure", .number(b.infrastructure)),
      ("start_year", .number(Double(b.startYear))), ("start", .number(b.start)), ("own_growth", .number(b.ownGrowth)),
      ("interventions", parts(b.interventions)), ("events", parts(b.events)), ("channels", parts(b.channels)),
      ("parts_omitted", .number(Double(b.partsOmitted))),
    ])
  }
}

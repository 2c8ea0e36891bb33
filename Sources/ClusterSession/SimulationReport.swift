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

  static func text(_ name: String, _ r: SimulationRecord, seed: UInt64?, parameters: ParameterSet = ParameterSet()) -> String {
    let t = r.trajectory
    var out = "\(name): simulated \(t.years.first?.year ?? 0)–\(t.years.last?.year ?? 0)"
    // The trajectory is the deterministic run unless a seed was set; Monte Carlo runs always
    // draw (seed 0 when none is set), and the header says so.
    out += seed.map { ", seed \($0)" } ?? (r.monteCarlo.map { " (deterministic; Monte Carlo seed \($0.seed))" } ?? " (deterministic)")
    out += "\n"
    if !t.assumed.isEmpty {
      out += "not declared, so assumed:\n" + t.assumed.map { "  \($0)\n" }.joined()
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
    out += table.render()
    if !t.events.isEmpty { out += "\nevents:\n" + t.events.map { "  \($0)\n" }.joined() }
    if let mc = r.monteCarlo {
      out += "\nMonte Carlo: \(mc.runs) runs, seed \(mc.seed); exports by year\n"
      var band = TextTable(["year", "P10", "P50", "P90"])
      band.rightAligned = [1, 2, 3]
      for (i, year) in mc.years.enumerated() {
        if let p = mc.percentiles["exports"]?[i] { band.add([String(year), money(p.p10), money(p.p50), money(p.p90)]) }
      }
      out += band.render()
      out += "outcomes: took off \(share(mc.outcomes.tookOff)) · stagnated \(share(mc.outcomes.stagnated)) · failed \(share(mc.outcomes.failed))\n"
      out += "(took off: final exports at least \(Figure.approx(parameters[.tookOffMultiple])) × the start; failed: below \(Figure.approx(parameters[.failedMultiple])) ×)\n"
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

  static func compare(_ names: [String], _ metric: String, _ years: [Int], _ rows: [[Double?]]) -> String {
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
    return "\(metric), simulated (deterministic)\n\n" + table.render()
  }

  static func signed(_ metric: String, _ x: Double) -> String {
    (x > 0 ? "+" : "") + cell(metric, x)
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

  static func differenceText(_ b: String, _ a: String, _ metric: String, _ parts: [(String, Double)]) -> String {
    var table = TextTable(["part", "\(b) − \(a)"])
    table.rightAligned = [1]
    for (name, x) in parts where abs(x) > 0 { table.add([name, signed(metric, x)]) }
    table.add(["= the difference", signed(metric, parts.reduce(0) { $0 + $1.1 })])
    return "\nthe difference by part (what each adds on either side, as `why` gives it):\n" + table.render()
      + "Parts that interact would share the difference otherwise in another order.\n"
  }

  /// What the second cluster declares otherwise than the first (its own attributes, and which
  /// actors, interventions and events only one has): the changes behind "its own growth".
  static func declaredDifferences(_ a: Cluster, _ b: Cluster) -> String {
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
    return lines.isEmpty ? "" : "what \(b.name) declares otherwise than \(a.name):\n" + lines.joined(separator: "\n") + "\n"
  }

  static func sensitivity(_ cluster: String, _ metric: String, _ year: Int, _ reference: Double, _ bars: [SensitivityBar]) -> String {
    var out = "\(cluster): what moves \(metric) in \(year) (\(cell(metric, reference)) as declared)\n\n"
    let widest = bars.map(\.swing).max() ?? 0
    var table = TextTable(["", "varied", "low", "high", "swing", ""])
    table.rightAligned = [2, 3, 4]
    for bar in bars.prefix(15) {
      let length = widest > 0 ? Int((bar.swing / widest * 20).rounded()) : 0
      table.add([bar.name, bar.kind, cell(metric, bar.low), cell(metric, bar.high), cell(metric, bar.swing), String(repeating: "#", count: length)])
    }
    out += table.render()
    if bars.count > 15 { out += "… and \(bars.count - 15) more with smaller swings (`as json` lists all)\n" }
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

/// A chart of one simulated series that works in any terminal: rows of text, a column a year.
enum Chart {
  static let height = 12

  static func render(metric: String, cluster: String, years: [Int], record: SimulationRecord) -> String {
    let values = years.map { record.trajectory.value(metric, in: $0) ?? 0 }
    let band = record.monteCarlo.map { mc in years.map { mc.percentiles(metric, in: $0) } }
    let all = values + (band?.flatMap { $0.map { [$0.p10, $0.p90] } ?? [] } ?? [])
    let top = max(all.max() ?? 0, 0)
    let bottom = min(all.min() ?? 0, 0)
    let span = top - bottom > 0 ? top - bottom : 1
    func row(_ v: Double) -> Int { Int(((v - bottom) / span * Double(height - 1)).rounded()) }
    var grid = Array(repeating: Array(repeating: " ", count: years.count * 2), count: height)
    for (i, _) in years.enumerated() {
      if let p = band?[i] {
        for r in row(p.p10)...max(row(p.p10), row(p.p90)) { grid[r][i * 2] = ":" }
      }
      grid[row(values[i])][i * 2] = "*"
    }
    let labels = (0..<height).map { r -> String in
      guard r == height - 1 || r == 0 || r == height / 2 else { return "" }
      return SimulationReport.cell(metric, bottom + span * Double(r) / Double(height - 1))
    }
    let width = labels.map(\.displayWidth).max() ?? 0
    var out = "\(cluster): \(metric)" + (band == nil ? "" : " (* this run, : P10 to P90 of the Monte Carlo runs)") + "\n"
    for r in stride(from: height - 1, through: 0, by: -1) {
      let label = String(repeating: " ", count: max(0, width - labels[r].displayWidth)) + labels[r]
      var line = label + " |" + grid[r].joined()
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    out += String(repeating: " ", count: width) + " +" + String(repeating: "-", count: years.count * 2) + "\n"
    if let first = years.first, let last = years.last {
      let gap = max(1, years.count * 2 - String(first).count - String(last).count)
      out += String(repeating: " ", count: width + 2) + String(first) + String(repeating: " ", count: gap) + String(last) + "\n"
    }
    return out
  }
}

extension SimulationReport {
  /// `why METRIC in YEAR`: the figure, what bound exports, and parts that add up to it.
  static func breakdown(_ b: SimulatedBreakdown) -> String {
    let metric = b.metric.rawValue
    func amount(_ x: Double) -> String { cell(metric, x) }
    func signed(_ x: Double) -> String {
      let text = amount(abs(x))
      return (x < 0 ? "−" : "+") + text
    }
    var out = "\(metric) in \(b.year) (\(b.cluster), simulated): \(amount(b.value))\n"
    let bound: String
    switch b.binding {
    case .demand: bound = "demand: buyers wanted no more"
    case .capacity: bound = "capacity: the firms could make no more"
    case .infrastructure: bound = "infrastructure: it could carry no more [insight 8]"
    }
    out += "exports were bound by \(bound)\n"
    out += "  (demand \(money(b.demand)), capacity \(money(b.capacity)), infrastructure \(money(b.infrastructure)))\n\n"
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
    out += table.render()
    let total = b.interventions.reduce(0) { $0 + $1.contribution }
    if !b.interventions.isEmpty {
      out += "\nthe interventions' \(signed(total)) by channel:\n"
      var channels = TextTable(["channel", "contribution"])
      channels.rightAligned = [1]
      for part in b.channels where part.contribution != 0 {
        channels.add([part.name == "outcomes" ? "outcomes (trust won or lost)" : part.name, signed(part.contribution)])
      }
      out += channels.render()
    }
    if b.partsOmitted > 0 {
      out += "\n\(b.partsOmitted) interventions and events are more than \(Simulation.maximumParts) to add one at a\n"
      out += "time: their total is one part.\n"
    }
    out += "\nIts own growth is the market's, its prerequisites', trust's, its buyers' and the\n"
    out += "firms arriving. Each part is what adding it changed, in the order listed\n"
    out += "(interventions by start year, then events): the parts add up to the figure.\n"
    out += "Another order gives other shares when parts interact.\n"
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

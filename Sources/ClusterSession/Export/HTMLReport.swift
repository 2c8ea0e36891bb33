// The report a consultant hands over: one self-contained HTML file (no network, no script),
// written as well-formed XHTML so XML tools read it too: the case, the ten insights, gears,
// diamond, stage, network, trajectories and scenarios as inline SVG, the plan, and every
// figure's trail (`why`) in a <details> a click away; other cases' findings follow the first's.
// A print style sheet makes it a PDF with every trail open, since paper has no click.

import ClusterModel
import ClusterSyntax
import ClusterWorkspace

enum HTMLReport {
  static func render(_ b: ExportBundle) -> String {
    let c = b.main
    let e = c.evaluation
    var m = Markup()
    m.fixed("<!DOCTYPE html>\n")
    m.open("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en", "xml:lang": "en"])
    m.fixed("\n")
    m.open("head")
    m.empty("meta", ["charset": "utf-8"])
    m.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
    m.empty("meta", ["name": "generator", "content": "clusterlab export html"])
    m.element("title", "\(e.facts.name): cluster report")
    m.open("style")
    m.styleSheet(styleSheet)
    m.close("style")
    m.close("head")
    m.open("body")
    m.open("header")
    m.element("h1", "\(e.facts.name): cluster report")
    m.element(
      "p", ["class": "lead"],
      Report.heading(e) + " — evaluated against the ten insights of ITC's \"Innovations in Export Strategy: "
        + "Competitiveness through export clustering\" (2005)" + (b.cases.count > 1 ? ", compared with " + b.cases.dropFirst().map(\.name).joined(separator: ", ") : "") + ".")
    m.close("header")
    nav(&m, b)
    m.open("main")
    summary(&m, c, .main)
    insights(&m, c, .main, first: nil, others: Array(b.cases.dropFirst()))
    section(&m, .main, "gears")
    figure(
      &m, Charts.gears(b.cases.map { ($0.name, $0.evaluation.gears) }),
      caption: "Projects under way and their budget by gear of export strategy (insight 4)"
        + (b.cases.count > 1 ? ", for each cluster and scenario." : "."))
    gears(&m, c)
    m.close("section")
    section(&m, .main, "diamond")
    figure(
      &m, Charts.diamond(b.cases.map { ($0.name, $0.evaluation.diamond) }),
      caption: "Porter's diamond: each corner scored from 0 to 1 from the inputs the case declares.")
    diamond(&m, c)
    m.close("section")
    stage(&m, c, .main)
    network(&m, c, .main, drawn: true)
    trajectories(&m, b)
    plan(&m, c, .main)
    for (i, other) in b.cases.enumerated().dropFirst() { findings(&m, other, index: i, first: c) }
    indicators(&m, c)
    m.close("main")
    m.open("footer")
    m.element(
      "p",
      "Written by clusterlab's export html. Every figure comes from the model's evaluation and simulation; "
        + "its trail (inputs, rule, parameters, the paper's passage) is under \"why\". docs/model.md documents the model.")
    m.close("footer")
    m.close("body")
    m.close("html")
    return m.text
  }

  static let sections: [(id: String, title: String)] = [
    ("summary", "Case summary"), ("insights", "The ten insights"), ("gears", "The four gears"), ("diamond", "Porter's diamond"),
    ("stage", "Life-cycle stage"), ("network", "The network"), ("trajectories", "Trajectories and scenarios"),
    ("plan", "A plan following Part 3"), ("indicators", "Every figure"),
  ]

  /// Where a case's findings go: the first case's are the report's own sections (ids as they
  /// always were, for links into a report); each other case's are one section of their own,
  /// their ids prefixed and their headings a level down.
  struct Place {
    let prefix: String
    let level: Int

    static let main = Place(prefix: "", level: 2)
    /// The `index`th case (counted from 0) of the bundle.
    static func other(_ index: Int) -> Place { Place(prefix: caseID(index) + "-", level: 3) }

    /// The id of the whole section of the `index`th case: what the contents list links to.
    static func caseID(_ index: Int) -> String { "case-\(index + 1)" }

    func id(_ s: String) -> String { prefix + s }
    /// The heading `depth` levels below the section's own.
    func heading(_ depth: Int = 0) -> String { "h\(min(6, level + depth))" }
  }

  private static func nav(_ m: inout Markup, _ b: ExportBundle) {
    m.open("nav", ["aria-label": "contents"])
    m.open("ol")
    for s in sections {
      if s.id == "indicators" {
        // The other cases come after the first's plan, before the appendix of every figure.
        for (i, c) in b.cases.enumerated().dropFirst() {
          m.open("li")
          m.element("a", ["href": "#" + Place.caseID(i)], caseTitle(c))
          m.close("li")
        }
      }
      m.open("li")
      m.element("a", ["href": "#" + s.id], s.title)
      m.close("li")
    }
    m.close("ol")
    m.close("nav")
  }

  private static func section(_ m: inout Markup, _ place: Place, _ id: String) {
    m.open("section", ["id": place.id(id)])
    m.element(place.heading(), sections.first { $0.id == id }?.title ?? id)
  }

  /// The heading of another case's findings: "ParkFirst (a scenario of Knit): findings".
  static func caseTitle(_ c: ExportCase) -> String {
    c.name + (c.scenarioOf.map { " (a scenario of \($0))" } ?? "") + ": findings"
  }

  // MARK: - shared pieces

  /// A figure's trail, folded: what `why` prints.
  static func why(_ m: inout Markup, _ t: Trail, _ p: ParameterSet, title: String = "why") {
    m.open("details", ["class": "why"])
    m.element("summary", title)
    m.open("dl")
    m.element("dt", "rule")
    m.prose("dd", t.rule)
    if !t.inputs.isEmpty {
      m.element("dt", "inputs")
      m.open("dd")
      m.open("ul")
      for input in t.inputs { m.prose("li", "\(input.name): \(input.value)") }
      m.close("ul")
      m.close("dd")
    }
    if !t.parameters.isEmpty {
      m.element("dt", "parameters")
      m.element(
        "dd",
        t.parameters.map { name in
          "\(name) = " + (p.value(named: name).map { Value.decimal($0) } ?? "?")
            + ((ParameterKey(rawValue: name).map(p.isOverridden) ?? false) ? " (set)" : "")
        }.joined(separator: ", "))
    }
    m.element("dt", "passage")
    m.prose("dd", t.passage)
    m.close("dl")
    m.close("details")
  }

  /// The `why` of each indicator whose id passes `filter`, titled by the indicator.
  private static func whys(_ m: inout Markup, _ e: Evaluation, _ p: ParameterSet, _ filter: (String) -> Bool) {
    for i in e.indicators where filter(i.id) {
      why(&m, i.trail, p, title: "why: \(i.title) = \(i.text)")
    }
  }

  private static func table(_ m: inout Markup, _ header: [String], _ rows: [[String]], numeric: Set<Int> = [], caption: String? = nil) {
    m.open("table")
    if let caption { m.element("caption", caption) }
    if header.contains(where: { !$0.isEmpty }) {
      m.open("thead")
      m.open("tr")
      for (i, h) in header.enumerated() { m.element("th", numeric.contains(i) ? ["scope": "col", "class": "num"] : ["scope": "col"], h) }
      m.close("tr")
      m.close("thead")
    }
    m.open("tbody")
    for row in rows {
      m.open("tr")
      for (i, cell) in row.enumerated() {
        if i == 0 {
          m.element("th", ["scope": "row"], cell)
        } else {
          m.element("td", numeric.contains(i) ? ["class": "num"] : [:], cell)
        }
      }
      m.close("tr")
    }
    m.close("tbody")
    m.close("table")
  }

  private static func figure(_ m: inout Markup, _ chart: Markup, caption: String) {
    m.open("figure")
    m.add(chart)
    m.element("figcaption", caption)
    m.close("figure")
  }

  /// The case in a few lines, read from the declared cluster and its evaluation.
  static func summaryRows(_ c: ExportCase) -> [(String, String)] {
    let e = c.evaluation
    let cluster = c.cluster
    let counts = Listing.Counts(cluster)
    var rows: [(String, String)] = [("cluster", e.facts.name + (e.facts.name == cluster.name ? "" : " (\(cluster.name))"))]
    if let base = c.scenarioOf { rows.append(("scenario of", base)) }
    for attribute in ["region", "sector", "type", "year", "exports", "employment", "demand"] where !cluster[attribute].isNothing {
      rows.append((attribute, cluster[attribute].display))
    }
    rows.append(("firms", ChartStyle.grouped(Double(cluster.firmCount))))
    rows.append((
      "actors",
      [Listing.plural(counts.actors, "actor"), Listing.plural(cluster.links.count, "link"), Listing.plural(counts.interventions, "intervention")]
        .joined(separator: ", ")
    ))
    rows.append(("life-cycle stage", e.stage.text))
    rows.append(("data", "\(e.completeness.declared) of \(e.completeness.total) inputs the model reads are declared"))
    return rows
  }

  /// The tables the report and the Markdown document share.
  static let gearColumns = ["gear", "under way", "planned", "budget", "led by", "partnership"]
  static func gearRows(_ e: Evaluation) -> [[String]] {
    e.gears.map { g in
      [
        g.gear.title, Report.list(g.projects), Report.list(g.planned), g.budget.map(Report.money) ?? "—", Report.list(g.leads),
        g.partnership.map { $0 ? "yes" : "no (needed)" } ?? "",
      ]
    }
  }

  static let diamondColumns = ["corner", "score", "from", "what it reads"]
  static func diamondRows(_ e: Evaluation) -> [[String]] {
    e.diamond.map { [$0.name, $0.score.map { Figure.score($0) } ?? "n/k", $0.inputs.map { "\($0.name) \($0.value)" }.joined(separator: "; "), $0.note] }
  }

  static func signRows(_ e: Evaluation) -> [[String]] {
    e.stage.signs.map { [$0.sign, $0.holds.map { $0 ? "yes" : "no" } ?? "not declared"] }
  }

  // MARK: - sections

  private static func summary(_ m: inout Markup, _ c: ExportCase, _ place: Place) {
    let e = c.evaluation
    section(&m, place, "summary")
    table(&m, ["", ""], summaryRows(c).map { [$0.0, $0.1] })
    m.open("ul", ["class": "tally"])
    for status in InsightStatus.allCases {
      let n = e.insights.filter { $0.status == status }.count
      guard n > 0 else { continue }
      m.open("li", ["class": "badge " + statusClass(status)])
      m.add("\(symbol(status)) \(n) \(Report.mark(status))")
      m.close("li")
    }
    m.close("ul")
    if !e.completeness.missing.isEmpty {
      m.prose("p", "To sharpen the findings, declare next: " + e.completeness.missing.prefix(3).joined(separator: "; ") + ".")
    }
    m.close("section")
  }

  static func statusClass(_ s: InsightStatus) -> String {
    switch s {
    case .strength: return "strength"
    case .warning: return "warning"
    case .risk: return "risk"
    case .notAssessed: return "unassessed"
    case .notApplicable: return "na"
    }
  }

  /// A sign beside the word, so the status reads without colour.
  static func symbol(_ s: InsightStatus) -> String {
    switch s {
    case .strength: return "✓"
    case .warning: return "!"
    case .risk: return "✗"
    case .notAssessed: return "?"
    case .notApplicable: return "–"
    }
  }

  /// The ten insights of `c`. `first` is the case the report is about, when `c` is another:
  /// an insight whose status differs from the first case's says so. `others` are the cases
  /// whose findings follow, when `c` is the first.
  private static func insights(_ m: inout Markup, _ c: ExportCase, _ place: Place, first: ExportCase?, others: [ExportCase]) {
    let e = c.evaluation
    section(&m, place, "insights")
    if !others.isEmpty {
      m.element(
        "p", ["class": "note"],
        "The findings of \(c.name), the first case. Those of \(others.map(\.name).joined(separator: ", ")) follow the plan, each in its own section.")
    }
    let before = first.map { Dictionary($0.evaluation.insights.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a }) } ?? [:]
    if let first {
      let changed = e.insights.filter { f in before[f.number].map { $0.status != f.status } ?? false }
      m.element(
        "p", ["class": "note"],
        changed.isEmpty
          ? "Every insight has the status it has for \(first.name)."
          : "Status not as for \(first.name): " + changed.map { "insight \($0.number)" }.joined(separator: ", ") + " (marked ≠).")
    }
    for f in e.insights {
      let was = before[f.number].flatMap { $0.status == f.status ? nil : $0 }
      m.open("article", ["class": "insight " + statusClass(f.status) + (was == nil ? "" : " differs"), "id": place.id("insight-\(f.number)")])
      m.open(place.heading(1))
      m.element("span", ["class": "badge " + statusClass(f.status)], "\(symbol(f.status)) \(Report.statusText(f))")
      m.add(" \(f.number). \(f.title)")
      m.close(place.heading(1))
      if let was, let first {
        m.element("p", ["class": "differs"], "≠ for \(first.name): \(symbol(was.status)) \(Report.statusText(was))")
      }
      if !f.evidence.isEmpty || !f.borderline.isEmpty {
        m.open("ul", ["class": "evidence"])
        for line in f.evidence { m.prose("li", line) }
        for bl in f.borderline { m.element("li", "borderline: " + Report.borderlineText(bl)) }
        m.close("ul")
      }
      if !f.advice.isEmpty {
        m.element(place.heading(2), "Advice")
        m.open("ul", ["class": "advice"])
        for a in f.advice {
          m.open("li")
          m.addProse(a.text)
          if !a.change.isEmpty {
            m.add(" Try: ")
            for (i, change) in a.change.enumerated() {
              if i > 0 { m.add(", then ") }
              m.element("code", change)
            }
          }
          if let trade = a.tradeOff { m.addProse(" Trade-off: \(trade).") }
          if let see = a.see { m.addProse(" See: \(see).") }
          m.close("li")
        }
        m.close("ul")
      }
      if !f.toDeclare.isEmpty { m.prose("p", ["class": "declare"], "To assess it, declare " + f.toDeclare.joined(separator: "; ") + ".") }
      why(&m, f.trail, c.parameters)
      m.close("article")
    }
    m.close("section")
  }

  /// A case's gears and diamond in tables with their trails; the charts comparing every case
  /// are the first case's sections' own.
  private static func gears(_ m: inout Markup, _ c: ExportCase) {
    table(&m, gearColumns, gearRows(c.evaluation), numeric: [3], caption: "The gears of \(c.name)")
    whys(&m, c.evaluation, c.parameters) { $0.hasPrefix("gear_") }
  }

  private static func diamond(_ m: inout Markup, _ c: ExportCase) {
    table(&m, diamondColumns, diamondRows(c.evaluation), numeric: [1], caption: "The diamond of \(c.name)")
    whys(&m, c.evaluation, c.parameters) { $0.hasPrefix("diamond_") }
  }

  private static func stage(_ m: inout Markup, _ c: ExportCase, _ place: Place) {
    let e = c.evaluation
    section(&m, place, "stage")
    m.open("ol", ["class": "stages", "aria-label": "the life cycle"])
    for s in Stage.allCases {
      let isCandidate = e.stage.candidates.contains(s) || s == e.stage.stage
      m.element("li", isCandidate ? ["class": "now"] : [:], s.rawValue + (isCandidate ? " ◀" : ""))
    }
    m.close("ol")
    m.element("p", "\(c.name) is \(e.stage.text)" + (e.stage.declared.map { " (declared \($0.rawValue))" } ?? "") + ".")
    table(&m, ["sign", "holds"], signRows(e))
    if !e.stage.moves.isEmpty {
      m.element(place.heading(1), "Moves for this stage")
      m.open("ul")
      for move in e.stage.moves { m.prose("li", move) }
      m.close("ul")
    }
    if !e.stage.toDeclare.isEmpty { m.prose("p", "To settle the stage, declare " + e.stage.toDeclare.joined(separator: "; ") + ".") }
    whys(&m, e, c.parameters) { $0 == "stage" || $0 == "stage_fit" }
    m.close("section")
  }

  /// The network's measures in words.
  static func networkRows(_ e: Evaluation) -> [(String, String)] {
    let n = e.network
    guard n.withinEdgeLimit else {
      return [("nodes", ChartStyle.grouped(Double(n.nodes))), ("ties expected", Figure.approx(n.expectedEdges) + ": too many to measure")]
    }
    return [
      ("nodes (firms of cohorts counted one by one)", ChartStyle.grouped(Double(n.nodes))), ("ties", ChartStyle.grouped(Double(n.edges))),
      ("density", Report.approx(n.density)), ("mean degree", Report.approx(n.meanDegree)),
      ("components", "\(n.components) (largest \(Report.share(n.largestComponentShare)))"),
      ("clustering", Report.approx(n.clusteringCoefficient)),
      ("brokers", Report.list(n.brokers.map { "\($0.name) (\(Report.approx($0.betweenness)))" })),
    ]
  }

  /// `drawn`: whether to draw the network; another case whose network is drawn alike says so instead.
  private static func network(_ m: inout Markup, _ c: ExportCase, _ place: Place, drawn: Bool, like first: String? = nil) {
    let e = c.evaluation
    section(&m, place, "network")
    if drawn {
      figure(
        &m, NetworkPicture.svg([NetworkDrawing(e)]),
        caption: "The actors of \(c.name) and the links between them (insight 1: what happens between the boxes); laid out by a seeded force-directed algorithm.")
    } else if let first {
      m.element("p", "The same actors and links as \(first)'s: the picture of \(first)'s network above stands for it.")
    }
    table(&m, ["measure", "value"], networkRows(e).map { [$0.0, $0.1] })
    whys(&m, e, c.parameters) { ["network_density", "network_components", "network_clustering", "brokers", "vertical_links", "horizontal_links", "institution_reach"].contains($0) }
    m.close("section")
  }

  /// The metrics drawn in the report, the headline first.
  static let reportMetrics = ["exports", "firms", "employment", "trust"]

  private static func trajectories(_ m: inout Markup, _ b: ExportBundle) {
    section(&m, .main, "trajectories")
    for metric in reportMetrics {
      let series = b.series(metric).map { ChartSeries(name: $0.name, values: $0.values, band: $0.band) }
      let subtitle = sources(b)
      figure(
        &m, Charts.trajectories(metric: metric, years: b.years, series: series, title: "\(metric.split(separator: "_").joined(separator: " ")), simulated", subtitle: subtitle),
        caption: ChartStyle.axisTitle(metric) + ", \(b.years.lowerBound)–\(b.years.upperBound).")
    }
    if let hint = bandHint(b) { m.prose("p", ["class": "note"], hint) }
    let last = b.years.upperBound
    table(
      &m, ["in \(last)"] + b.cases.map(\.name),
      Metric.simulated.map(\.rawValue).map { metric in
        [metric.split(separator: "_").joined(separator: " ")] + b.cases.map { SimulationReport.cell(metric, $0.record.trajectory.value(metric, in: last)) }
      }, numeric: Set(1...b.cases.count), caption: "Where each run ends")
    if let rows = b.comparison {
      table(&m, [""] + b.cases.map(\.name), rows.map { [$0.label] + $0.cells }, caption: "Compared (the UNIDO table, as the compare command prints it)")
    }
    for c in b.cases {
      m.open("details", ["class": "why"])
      m.element("summary", "why: the run of \(c.name)")
      m.element("p", sourceText(c) + (c.sourceNote.map { ". " + $0 } ?? "") + ".")
      if !c.record.trajectory.assumed.isEmpty {
        m.element("p", "Not declared, so assumed:")
        m.open("ul")
        for a in c.record.trajectory.assumed { m.element("li", a) }
        m.close("ul")
      }
      if !c.record.trajectory.events.isEmpty {
        m.element("p", "What happened in the run:")
        m.open("ul")
        for ev in c.record.trajectory.events { m.element("li", ev) }
        m.close("ul")
      }
      if let mc = c.record.monteCarlo {
        m.element(
          "p",
          "Monte Carlo: \(mc.runs) runs, seed \(mc.seed); took off \(SimulationReport.share(mc.outcomes.tookOff)), stagnated \(SimulationReport.share(mc.outcomes.stagnated)), failed \(SimulationReport.share(mc.outcomes.failed)).")
      }
      m.close("details")
    }
    m.close("section")
  }

  /// A chart's subtitle, short enough for a slide: what the lines and the shading are ("lines:
  /// each one's simulated run; shaded: P10–P90 of 200 Monte Carlo runs"). Where each run came
  /// from is the report's own text (`sourceText`).
  static func sources(_ b: ExportBundle) -> String {
    let banded = b.cases.filter { $0.record.monteCarlo != nil }
    let runs = Set(banded.compactMap { $0.record.monteCarlo?.runs }).sorted()
    let line = b.cases.count == 1 ? "line: the simulated run" : "lines: each one's simulated run"
    guard !banded.isEmpty else { return line }
    let counts = runs.map(String.init).joined(separator: " or ")
    let shaded = "shaded: P10–P90 of \(counts) Monte Carlo runs"
    let without = b.cases.filter { $0.record.monteCarlo == nil }.map(\.name)
    return line + "; " + shaded + (without.isEmpty ? "" : " (none for " + without.joined(separator: ", ") + ")")
  }

  /// Where a case's trajectory comes from, in words.
  static func sourceText(_ c: ExportCase) -> String {
    let t = c.record.trajectory
    let span = "\(t.years.first?.year ?? 0)–\(t.years.last?.year ?? 0)"
    switch c.source {
    case .simulate:
      return "\(c.name): the session's last simulation, \(span)" + (c.record.monteCarlo.map { ", with \($0.runs) Monte Carlo runs" } ?? "")
    case .monteCarlo:
      return "\(c.name): \(c.record.monteCarlo?.runs ?? 0) Monte Carlo runs made for the export, \(span)"
    case .deterministic:
      return "\(c.name): a deterministic run, \(span)"
    }
  }

  /// How to get a P10–P90 band, said when no trajectory has one; nil when one does.
  static func bandHint(_ b: ExportBundle) -> String? {
    guard b.cases.allSatisfy({ $0.record.monteCarlo == nil }) else { return nil }
    return "No P10–P90 band: each trajectory is a single run, since the session's `runs` is 1. "
      + "For a band, write `runs 500` (and `seed N`, to draw the same runs again) before `export`."
  }

  private static func plan(_ m: inout Markup, _ c: ExportCase, _ place: Place) {
    section(&m, place, "plan")
    m.open("ol", ["class": "plan"])
    for step in c.evaluation.plan {
      m.open("li", step.isCurrent ? ["class": "now"] : [:])
      m.element(place.heading(1), step.title + (step.isCurrent ? " (the cluster is here)" : step.isBehind ? " (behind: revisit as requirements change)" : ""))
      m.open("ul")
      if step.advice.isEmpty { m.element("li", "nothing the findings call for") }
      for a in step.advice {
        m.open("li")
        m.addProse(a.text + " ")
        m.element("span", ["class": "because"], "(\(a.because))")
        m.close("li")
      }
      m.close("ul")
      m.close("li")
    }
    m.close("ol")
    m.close("section")
  }

  /// What a scenario changes from its base, in words and as the `scenario` statement that
  /// makes it (nil when it changes nothing); nil for a cluster.
  static func changeText(_ c: ExportCase) -> (lead: String, script: String?)? {
    guard let base = c.scenarioOf else { return nil }
    guard let changes = c.changes else {
      return ("What it changes from \(base) cannot be written as statements: compare the summaries.", nil)
    }
    if changes.isEmpty { return ("It changes nothing from \(base).", nil) }
    let body = changes.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }.map { "  " + $0 + "\n" }.joined()
    return ("What it changes from \(base):", "scenario \(Printer.name(c.name)) from \(Printer.name(base)) {\n" + body + "}")
  }

  /// Another case's findings in one section: what it changes, if a scenario, then the
  /// sections the first case has, its insights marked where their status differs.
  private static func findings(_ m: inout Markup, _ c: ExportCase, index: Int, first: ExportCase) {
    let place = Place.other(index)
    m.open("section", ["id": Place.caseID(index), "class": "case"])
    m.element("h2", caseTitle(c))
    if let (lead, script) = changeText(c) {
      m.element("p", lead)
      if let script { m.element("pre", script) }
    }
    summary(&m, c, place)
    insights(&m, c, place, first: first, others: [])
    section(&m, place, "gears")
    gears(&m, c)
    m.close("section")
    section(&m, place, "diamond")
    diamond(&m, c)
    m.close("section")
    stage(&m, c, place)
    let alike = NetworkDrawing(c.evaluation).drawsLike(NetworkDrawing(first.evaluation))
    network(&m, c, place, drawn: !alike, like: first.name)
    plan(&m, c, place)
    m.close("section")
  }

  private static func indicators(_ m: inout Markup, _ c: ExportCase) {
    section(&m, .main, "indicators")
    m.element("p", "Every figure of the model for \(c.name), with its trail.")
    for i in c.evaluation.indicators {
      why(&m, i.trail, c.parameters, title: "\(i.title) = \(i.text)")
    }
    m.close("section")
  }

  /// Readable on screen and on a projector (18 px text), printable to PDF. No `<` or `&`
  /// here: the sheet is written as it is.
  static let styleSheet: StaticString = """

    :root { --ink: #222; --muted: #555; --rule: #ccc; --strength: #009E73; --warning: #E69F00; --risk: #D55E00; --na: #777; }
    body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 18px; line-height: 1.5; color: var(--ink);
      max-width: 1000px; margin: 0 auto; padding: 24px; background: #fff; }
    h1 { font-size: 32px; margin: 0 0 8px; }
    h2 { font-size: 26px; margin: 40px 0 12px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
    h3 { font-size: 20px; margin: 20px 0 8px; }
    h4, h5 { font-size: 18px; margin: 12px 0 4px; }
    .lead { color: var(--muted); }
    nav ol { columns: 3; font-size: 16px; padding-left: 24px; }
    a { color: #0072B2; }
    table { border-collapse: collapse; margin: 12px 0; width: 100%; font-size: 16px; }
    caption { text-align: left; font-weight: bold; padding: 4px 0; }
    th, td { border-bottom: 1px solid var(--rule); padding: 6px 8px; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid var(--ink); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    figure { margin: 16px 0; }
    figure svg { width: 100%; height: auto; display: block; border: 1px solid var(--rule); }
    figcaption { font-size: 16px; color: var(--muted); margin-top: 4px; }
    .badge { display: inline-block; border-radius: 4px; padding: 0 8px; font-size: 16px; font-weight: bold; border: 2px solid; margin-right: 6px; }
    .badge.strength { color: #00684d; border-color: var(--strength); }
    .badge.warning { color: #7a5200; border-color: var(--warning); }
    .badge.risk { color: #a33f00; border-color: var(--risk); }
    .badge.unassessed, .badge.na { color: var(--na); border-color: var(--na); }
    ul.tally { list-style: none; padding: 0; display: flex; gap: 8px; flex-wrap: wrap; }
    article.insight { border-left: 6px solid var(--na); padding: 4px 16px; margin: 16px 0; break-inside: avoid; }
    article.strength { border-color: var(--strength); }
    article.warning { border-color: var(--warning); }
    article.risk { border-color: var(--risk); }
    code { font-family: "DejaVu Sans Mono", monospace; font-size: 15px; background: #f2f2f2; padding: 0 4px; }
    details.why { margin: 6px 0; font-size: 16px; }
    details.why summary { cursor: pointer; color: #0072B2; }
    details.why dl { margin: 6px 0 6px 16px; padding: 8px 12px; background: #f6f6f6; border-left: 3px solid var(--rule); }
    dt { font-weight: bold; }
    dd { margin: 0 0 6px 16px; }
    ol.stages { list-style: none; display: flex; padding: 0; gap: 4px; }
    ol.stages li { flex: 1; text-align: center; padding: 10px; border: 2px solid var(--rule); color: var(--muted); }
    ol.stages li.now { border-color: var(--ink); color: var(--ink); font-weight: bold; background: #eef5fb; }
    ol.plan li.now h3 { text-decoration: underline; }
    .because { color: var(--muted); font-size: 16px; }
    p.differs { font-weight: bold; margin: 0 0 6px; }
    section.case { border-top: 4px double var(--ink); margin-top: 48px; }
    pre { font-family: "DejaVu Sans Mono", monospace; font-size: 15px; background: #f2f2f2; padding: 8px 12px; overflow-x: auto; }
    p.note { color: var(--muted); font-size: 16px; }
    footer { margin-top: 40px; color: var(--muted); font-size: 15px; border-top: 1px solid var(--rule); }
    @media print {
      body { font-size: 11pt; max-width: none; padding: 0; }
      nav { display: none; }
      h2, h3, h4 { break-after: avoid; }
      figure, table, details.why { break-inside: avoid; }
      /* An insight with its trail open is often longer than a page. */
      article.insight { break-inside: auto; }
      figure svg { border: none; }
      a { color: inherit; text-decoration: none; }
      /* Paper has no click: a closed trail prints open, smaller, under a plain label. */
      details.why { font-size: 9pt; }
      details.why summary { color: var(--muted); list-style: none; font-style: italic; }
      details.why summary::-webkit-details-marker { display: none; }
      details.why::details-content { content-visibility: visible; display: block; }
    }

    """
}
